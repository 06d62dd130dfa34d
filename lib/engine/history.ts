import type { HistoryEvent } from '@/lib/model';

/**
 * A history event as the engine stores it: `timestamp` in epoch ms and payloads as the JSON text the
 * wire carries (computed once while the state ran), so recording costs one object per event.
 */
export type StoredEvent = {
  id: number;
  previousEventId: number;
  type: string;
  timestamp: number;
} & Record<string, unknown>;

export function toHistoryEvent(event: StoredEvent): HistoryEvent {
  const { timestamp, ...rest } = event;
  return { ...rest, timestamp: new Date(timestamp) } as HistoryEvent;
}

/** The wire form: timestamp as epoch seconds with a fractional part. */
export function toWireHistoryEvent(event: StoredEvent): Record<string, unknown> {
  return { ...event, timestamp: event.timestamp / 1000 };
}
