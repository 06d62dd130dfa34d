import type { Db } from './client';

export type StateMachineSyncPoint = {
  id: number;
  arn: string;
  name: string;
  type: string;
  logGroupArn: string | null;
  lastSyncedAt: Date | null;
  /** Newest execution start already stored: incremental sync lists down to here. */
  syncedUntil: Date | null;
};

/** A source's state machines with where their last sync got to. */
export async function listSourceStateMachines(db: Db, sourceId: number): Promise<StateMachineSyncPoint[]> {
  return db.stateMachine.findMany({
    where: { sourceId },
    select: { id: true, arn: true, name: true, type: true, logGroupArn: true, lastSyncedAt: true, syncedUntil: true },
    orderBy: { name: 'asc' },
  });
}

/** Records that every execution of the machine started at or after `syncedUntil`… is stored (only ever moves forward). */
export async function updateStateMachineSyncPoint(db: Db, id: number, point: { syncedUntil: Date | null; lastSyncedAt: Date }): Promise<void> {
  const current = await db.stateMachine.findUnique({ where: { id }, select: { syncedUntil: true } });
  const syncedUntil = point.syncedUntil && (!current?.syncedUntil || point.syncedUntil > current.syncedUntil) ? point.syncedUntil : current?.syncedUntil;
  await db.stateMachine.update({ where: { id }, data: { lastSyncedAt: point.lastSyncedAt, syncedUntil: syncedUntil ?? null } });
}
