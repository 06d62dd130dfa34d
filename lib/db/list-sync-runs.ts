import type { SyncRunSummary } from '@/lib/model';
import type { Db } from './client';
import { toSyncRunSummary } from './to-source-settings';

/** A source's newest sync runs first. */
export async function listSyncRuns(db: Db, sourceId: number, take = 20): Promise<SyncRunSummary[]> {
  const rows = await db.syncRun.findMany({ where: { sourceId }, orderBy: [{ startedAt: 'desc' }, { id: 'desc' }], take });
  return rows.map(toSyncRunSummary);
}

export async function findSyncRun(db: Db, id: number): Promise<SyncRunSummary | null> {
  const row = await db.syncRun.findUnique({ where: { id } });
  return row ? toSyncRunSummary(row) : null;
}
