import type { Db } from './client';

/**
 * The stored value of a setting, storing `create()` first when there is none. Two processes racing here
 * both end up with the first value written: the loser's insert fails on the key and it reads the winner's.
 */
export async function ensureSetting(db: Db, key: string, create: () => unknown): Promise<unknown> {
  const existing = await db.setting.findUnique({ where: { key } });
  if (existing) return existing.value as unknown;
  try {
    const row = await db.setting.create({ data: { key, value: JSON.parse(JSON.stringify(create())) as object } });
    return row.value as unknown;
  } catch (error) {
    const raced = await db.setting.findUnique({ where: { key } });
    if (raced) return raced.value as unknown;
    throw error;
  }
}
