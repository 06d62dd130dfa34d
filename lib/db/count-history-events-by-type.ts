import type { Db } from './client';

export type HistoryEventTypeCount = { type: string; count: number };

/** Which event types an execution has and how many of each, for the event filter. */
export async function countHistoryEventsByType(db: Db, executionId: number): Promise<HistoryEventTypeCount[]> {
  const groups = await db.historyEvent.groupBy({
    by: ['type'],
    where: { executionId },
    _count: { _all: true },
    orderBy: { type: 'asc' },
  });
  return groups.map((group) => ({ type: group.type, count: group._count._all }));
}
