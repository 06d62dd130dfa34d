import type { HistoryEvent } from '@/lib/model';
import type { Db } from './client';
import type { HistoryEvent as HistoryEventRow } from './generated/sqlite';

export type HistoryEventQuery = {
  /** Only these event types. */
  types?: readonly string[];
  /** Case-insensitive text anywhere in the event (type, ids, state name, details JSON). */
  search?: string;
};

/** An execution's events in id order (not timestamp: timestamps tie), rebuilt into the AWS shape. */
export async function listHistoryEvents(
  db: Db,
  executionId: number,
  query: HistoryEventQuery = {},
): Promise<HistoryEvent[]> {
  const rows = await db.historyEvent.findMany({
    where: { executionId, ...(query.types?.length ? { type: { in: [...query.types] } } : {}) },
    orderBy: { eventId: 'asc' },
  });
  const events = rows.map(toHistoryEvent);
  const search = query.search?.trim().toLowerCase();
  // Details are JSON whose text search differs per database; at most 25,000 events, so filter here.
  if (!search) return events;
  return events.filter((event) => JSON.stringify(event).toLowerCase().includes(search));
}

export function toHistoryEvent(row: HistoryEventRow): HistoryEvent {
  const details = isRecord(row.details) ? row.details : {};
  return {
    // Ingest stored these members from a validated AWS event, so they keep their AWS shapes.
    ...(details as Omit<HistoryEvent, 'id' | 'previousEventId' | 'type' | 'timestamp'>),
    timestamp: row.timestamp,
    type: row.type,
    id: row.eventId,
    ...(row.previousEventId === null ? {} : { previousEventId: row.previousEventId }),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
