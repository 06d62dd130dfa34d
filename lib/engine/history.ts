import type { HistoryEvent } from '@/lib/model';
import { Payload } from './payload';

/**
 * A history event as the engine stores it: one fixed-shape object per event (cheap to create on the
 * hot path), `timestamp` in epoch ms, and payloads as the JSON text the wire carries, computed once
 * while the state ran. The SDK shape (`<name>EventDetails` member, Date timestamp) is built on read.
 */
export type StoredEvent = {
  id: number;
  previousEventId: number;
  type: string;
  timestamp: number;
  detailsKey: string | undefined;
  details: unknown;
  /** State entered/exited events keep their name and payload here; the details object is built on read. */
  stateName: string | undefined;
  payload: Payload | undefined;
  /**
   * The line of execution that wrote it (engine-internal, not on the wire): '' for the top level,
   * `<scope>.<branch>` for a Parallel branch, `<scope>:<index>` for a Map iteration. Replay and
   * redrive find a thread's events by it.
   */
  thread: string;
  /** On MapStateStarted/ParallelStateStarted: the scope its branches or iterations were recorded under, when not `<thread>/<id>`. */
  scope: string | undefined;
};

export function toHistoryEvent(event: StoredEvent): HistoryEvent {
  const out: Record<string, unknown> = {
    timestamp: new Date(event.timestamp),
    type: event.type,
    id: event.id,
    previousEventId: event.previousEventId,
  };
  if (event.detailsKey) out[event.detailsKey] = detailsOf(event);
  return out as HistoryEvent;
}

const NOT_TRUNCATED = Object.freeze({ truncated: false });

function detailsOf(event: StoredEvent): unknown {
  if (event.stateName === undefined) return materialise(event.details);
  const text = event.payload?.text ?? 'null';
  const extra = (event.details ?? {}) as Record<string, unknown>;
  return event.detailsKey === 'stateEnteredEventDetails'
    ? { name: event.stateName, input: text, inputDetails: NOT_TRUNCATED }
    : { name: event.stateName, output: text, outputDetails: NOT_TRUNCATED, ...extra };
}

/** The wire form: timestamp as epoch seconds with a fractional part. */
export function toWireHistoryEvent(event: StoredEvent): Record<string, unknown> {
  const out: Record<string, unknown> = { timestamp: event.timestamp / 1000, type: event.type, id: event.id, previousEventId: event.previousEventId };
  if (event.detailsKey) out[event.detailsKey] = detailsOf(event);
  return out;
}

/** A details member as the wire carries it: its text when kept lazily (a `Payload`), undefined when not text. */
export function detailText(v: unknown): string | undefined {
  return typeof v === 'string' ? v : v instanceof Payload ? v.text : undefined;
}

/** Details keep payloads lazily (a `Payload` object); readers get the JSON text the wire carries. */
export function materialise(details: unknown): unknown {
  if (details === null || typeof details !== 'object') return details;
  let out: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(details)) {
    if (v instanceof Payload) {
      out ??= { ...(details as Record<string, unknown>) };
      out[k] = v.text;
    }
  }
  return out ?? details;
}
