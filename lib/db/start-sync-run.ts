import type { Db } from './client';

/** Runs kept per source: a 30-second background sync would otherwise add 2,880 rows a day. */
export const SYNC_RUNS_KEPT = 500;

/** Wording on a run that a killed process left RUNNING. */
export const INTERRUPTED_RUN_ERROR = 'Stopped before it finished (the process ended); the next sync covered what it missed.';

/**
 * Opens a RUNNING sync run. Call it holding the source's lease: any other run still RUNNING lost its process,
 * so it is closed as INTERRUPTED first. Keeps the newest SYNC_RUNS_KEPT runs of the source. Returns the new
 * run's id and how many runs were closed.
 */
export async function startSyncRun(db: Db, sourceId: number, kind: 'SYNC' | 'IMPORT' = 'SYNC', now = new Date()): Promise<{ id: number; interrupted: number }> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.syncRun.updateMany({
      where: { sourceId, status: 'RUNNING' },
      data: { status: 'INTERRUPTED', finishedAt: now, step: null, error: INTERRUPTED_RUN_ERROR },
    });
    const run = await tx.syncRun.create({ data: { sourceId, kind, status: 'RUNNING', startedAt: now, step: 'Starting' }, select: { id: true } });
    const oldestKept = await tx.syncRun.findFirst({ where: { sourceId }, orderBy: { id: 'desc' }, skip: SYNC_RUNS_KEPT - 1, select: { id: true } });
    if (oldestKept) await tx.syncRun.deleteMany({ where: { sourceId, id: { lt: oldestKept.id } } });
    return { id: run.id, interrupted: count };
  });
}
