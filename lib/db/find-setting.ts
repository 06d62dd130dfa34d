import type { Db } from './client';

/** A setting's JSON value, or null when it was never set. */
export async function findSetting(db: Db, key: string): Promise<unknown> {
  const row = await db.setting.findUnique({ where: { key } });
  return row ? (row.value as unknown) : null;
}
