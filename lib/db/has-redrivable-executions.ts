import { REDRIVE_WINDOW_MS } from '@/lib/model';
import type { Db } from './client';

/**
 * Whether a machine has a stored execution started before `startedBefore` that could have been redriven
 * since: failed, timed out or aborted, and stopped within the redrive window (quotas.md: 14 days).
 */
export async function hasRedrivableExecutions(db: Db, stateMachineId: number, options: { startedBefore: Date; now: Date }): Promise<boolean> {
  const found = await db.execution.findFirst({
    where: {
      stateMachineId,
      status: { in: ['FAILED', 'TIMED_OUT', 'ABORTED'] },
      startDate: { lt: options.startedBefore },
      stopDate: { gte: new Date(options.now.getTime() - REDRIVE_WINDOW_MS) },
    },
    select: { id: true },
  });
  return found !== null;
}
