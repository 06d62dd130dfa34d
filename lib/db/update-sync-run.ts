import type { SyncRunCounts, SyncRunStatus } from '@/lib/model';
import type { Db } from './client';

export type SyncRunPatch = Partial<SyncRunCounts> & {
  status?: SyncRunStatus;
  progress?: number;
  step?: string | null;
  error?: string | null;
  notes?: string[];
  finishedAt?: Date;
  /** Where an interrupted run got to (per state machine), for the next run and for support. */
  checkpoint?: Record<string, unknown>;
};

export async function updateSyncRun(db: Db, id: number, patch: SyncRunPatch): Promise<void> {
  const { checkpoint, notes, ...rest } = patch;
  await db.syncRun.update({
    where: { id },
    data: {
      ...rest,
      ...(notes ? { notes } : {}),
      ...(checkpoint ? { checkpoint: JSON.parse(JSON.stringify(checkpoint)) as object } : {}),
    },
  });
}
