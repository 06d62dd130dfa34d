import type { Db } from './client';

/**
 * Running executions of a source that scheduled an activity task at some point (they may still wait on
 * it): the executions a poll of that activity could take a task from. At most `limit`, oldest first.
 */
export async function listRunningWithActivities(db: Db, sourceId: number, limit = 500): Promise<{ id: number; arn: string; revisionId: number | null }[]> {
  return db.execution.findMany({
    where: { sourceId, status: 'RUNNING', events: { some: { type: 'ActivityScheduled' } } },
    orderBy: { startDate: 'asc' },
    take: limit,
    select: { id: true, arn: true, revisionId: true },
  });
}
