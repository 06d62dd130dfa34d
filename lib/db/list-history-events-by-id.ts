import type { HistoryEvent } from '@/lib/model';
import { chunkQueryList } from './chunk-query-list';
import type { Db } from './client';
import { toHistoryEvent } from './list-history-events';

/** Chosen events of an execution, whole (payloads included), in id order; ids it lacks are skipped. */
export async function listHistoryEventsById(db: Db, executionId: number, eventIds: readonly number[]): Promise<HistoryEvent[]> {
  const ids = [...new Set(eventIds.filter((id) => Number.isSafeInteger(id)))];
  const events: HistoryEvent[] = [];
  for (const chunk of chunkQueryList(ids)) {
    const rows = await db.historyEvent.findMany({ where: { executionId, eventId: { in: chunk } }, orderBy: { eventId: 'asc' } });
    events.push(...rows.map(toHistoryEvent));
  }
  return events.sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
}
