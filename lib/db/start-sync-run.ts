import type { Db } from './client';

/** Wording on a run that a killed process left RUNNING. */
export const INTERRUPTED_RUN_ERROR = 'Stopped before it finished (the process ended); the next sync covered what it missed.';

/**
 * Opens a RUNNING sync run. Call it holding the source's lease: any other run still RUNNING lost its process,
 * so it is closed as INTERRUPTED first. Returns the new run's id and how many runs were closed.
 */
export async function startSyncRun(db: Db, sourceId: number, kind: 'SYNC' | 'IMPORT' = 'SYNC', now = new Date()): Promise<{ id: number; interrupted: number }> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.syncRun.updateMany({
      where: { sourceId, status: 'RUNNING' },
      data: { status: 'INTERRUPTED', finishedAt: now, step: null, error: INTERRUPTED_RUN_ERROR },
    });
    const run = await tx.syncRun.create({ data: { sourceId, kind, status: 'RUNNING', startedAt: now, step: 'Starting' }, select: { id: true } });
    return { id: run.id, interrupted: count };
  });
}
