import type { HistoryEvent } from '@/lib/model';
import { getDetails } from '../stuck/get-state-visits';

/** One payload in a history: which state it belongs to and its size in UTF-8 bytes (the quota's unit). */
export type PayloadSize = { stateName: string; eventId: number; eventType: string; field: 'input' | 'output' | 'parameters'; bytes: number };

const encoder = new TextEncoder();

/** Every input, output and parameters payload of a history, tied to its state through previousEventId. */
export function getPayloadSizes(events: readonly HistoryEvent[]): PayloadSize[] {
  const stateOf = new Map<number, string>();
  const sizes: PayloadSize[] = [];
  for (const event of events) {
    const id = event.id ?? 0;
    const named = event.stateEnteredEventDetails?.name ?? event.stateExitedEventDetails?.name;
    const stateName =
      named ?? (event.type.startsWith('Execution') ? '(execution)' : (stateOf.get(event.previousEventId ?? 0) ?? '(unknown state)'));
    stateOf.set(id, stateName);
    const details = getDetails(event);
    for (const field of ['input', 'output', 'parameters'] as const) {
      const text = details[field];
      if (typeof text === 'string' && text.length > 0) {
        sizes.push({ stateName, eventId: id, eventType: event.type, field, bytes: encoder.encode(text).length });
      }
    }
  }
  return sizes;
}

/** The largest payload of each state, largest first. */
export function getLargestStatePayloads(sizes: readonly PayloadSize[], count: number): PayloadSize[] {
  const best = new Map<string, PayloadSize>();
  for (const size of sizes) {
    const current = best.get(size.stateName);
    if (!current || size.bytes > current.bytes) best.set(size.stateName, size);
  }
  return [...best.values()].sort((a, b) => b.bytes - a.bytes).slice(0, count);
}
