import type { Db } from './client';

/**
 * Takes the source's sync lease for `owner` unless someone else holds an unexpired one: one atomic update,
 * so two processes (the Sync now button and the background loop) cannot both win.
 */
export async function acquireSyncLease(db: Db, sourceId: number, owner: string, ttlMs: number, now = new Date()): Promise<boolean> {
  const { count } = await db.source.updateMany({
    where: { id: sourceId, OR: [{ syncLeaseOwner: null }, { syncLeaseOwner: owner }, { syncLeaseExpiresAt: null }, { syncLeaseExpiresAt: { lt: now } }] },
    data: { syncLeaseOwner: owner, syncLeaseExpiresAt: new Date(now.getTime() + ttlMs) },
  });
  return count === 1;
}

/** Extends a lease this owner still holds; false when it lapsed and someone else took it. */
export async function renewSyncLease(db: Db, sourceId: number, owner: string, ttlMs: number, now = new Date()): Promise<boolean> {
  const { count } = await db.source.updateMany({
    where: { id: sourceId, syncLeaseOwner: owner },
    data: { syncLeaseExpiresAt: new Date(now.getTime() + ttlMs) },
  });
  return count === 1;
}

export async function releaseSyncLease(db: Db, sourceId: number, owner: string): Promise<void> {
  await db.source.updateMany({ where: { id: sourceId, syncLeaseOwner: owner }, data: { syncLeaseOwner: null, syncLeaseExpiresAt: null } });
}

/** Who holds the source's lease now, if anyone (expired or not). */
export async function findSyncLeaseOwner(db: Db, sourceId: number): Promise<string | null> {
  const source = await db.source.findUnique({ where: { id: sourceId }, select: { syncLeaseOwner: true } });
  return source?.syncLeaseOwner ?? null;
}

/** Takes over a lease from an owner known to be dead, only if that owner still holds it. */
export async function takeOverSyncLease(db: Db, sourceId: number, deadOwner: string, owner: string, ttlMs: number, now = new Date()): Promise<boolean> {
  const { count } = await db.source.updateMany({
    where: { id: sourceId, syncLeaseOwner: deadOwner },
    data: { syncLeaseOwner: owner, syncLeaseExpiresAt: new Date(now.getTime() + ttlMs) },
  });
  return count === 1;
}
