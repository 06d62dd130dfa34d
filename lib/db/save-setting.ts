import type { Db } from './client';

/** Sets a setting to a JSON value (created or replaced). */
export async function saveSetting(db: Db, key: string, value: unknown): Promise<void> {
  const json = JSON.parse(JSON.stringify(value)) as object;
  await db.setting.upsert({ where: { key }, create: { key, value: json }, update: { value: json } });
}
