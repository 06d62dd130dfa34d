import type { HistoryEvent } from '@/lib/model';
import type { Db } from './client';
import { toHistoryEvent } from './list-history-events';

/** The first `limit` events of an execution (optionally of some types), whole, in id order. */
export async function listFirstHistoryEvents(db: Db, executionId: number, { types, limit }: { types?: readonly string[]; limit: number }): Promise<HistoryEvent[]> {
  const rows = await db.historyEvent.findMany({
    where: { executionId, ...(types?.length ? { type: { in: [...types] } } : {}) },
    orderBy: { eventId: 'asc' },
    take: limit,
  });
  return rows.map(toHistoryEvent);
}
