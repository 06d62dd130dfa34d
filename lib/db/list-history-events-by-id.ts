import type { HistoryEvent } from '@/lib/model';
import type { Db } from './client';
import { toHistoryEvent } from './list-history-events';

/** More ids than this are read in several queries (bound-variable limits). */
const IDS_PER_QUERY = 500;

/** Chosen events of an execution, whole (payloads included), in id order; ids it lacks are skipped. */
export async function listHistoryEventsById(db: Db, executionId: number, eventIds: readonly number[]): Promise<HistoryEvent[]> {
  const ids = [...new Set(eventIds.filter((id) => Number.isSafeInteger(id)))];
  const events: HistoryEvent[] = [];
  for (let start = 0; start < ids.length; start += IDS_PER_QUERY) {
    const rows = await db.historyEvent.findMany({ where: { executionId, eventId: { in: ids.slice(start, start + IDS_PER_QUERY) } }, orderBy: { eventId: 'asc' } });
    events.push(...rows.map(toHistoryEvent));
  }
  return events.sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
}
