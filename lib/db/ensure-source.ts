import type { Db } from './client';

export type SourceKey = { kind: 'AWS' | 'LOCAL' | 'IMPORT'; name: string; region?: string | null; accountId?: string | null };

/** The source of that name, created on first use. */
export async function ensureSource(db: Db, key: SourceKey): Promise<number> {
  const source = await db.source.upsert({
    where: { name: key.name },
    create: { kind: key.kind, name: key.name, region: key.region ?? null, accountId: key.accountId ?? null },
    update: {},
    select: { id: true },
  });
  return source.id;
}
