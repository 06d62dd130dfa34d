import type { ExecutionStatus } from '@/lib/model';
import { detailText, type StoredEvent } from './history';
import type { StoredExecution } from './storage';

const CLOSING_TYPES: Record<string, ExecutionStatus> = { ExecutionSucceeded: 'SUCCEEDED', ExecutionFailed: 'FAILED', ExecutionTimedOut: 'TIMED_OUT', ExecutionAborted: 'ABORTED' };

/** The event that closed the latest run of an execution (after its last ExecutionRedriven), if any. */
export function closingEvent(events: readonly StoredEvent[]): StoredEvent | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const type = events[i].type;
    if (type === 'ExecutionRedriven') return undefined;
    if (type in CLOSING_TYPES) return events[i];
  }
  return undefined;
}

/** An execution record completed from its closing event. */
export function closedFrom(e: StoredExecution, ending: StoredEvent, eventCount: number): StoredExecution {
  const d = (ending.details ?? {}) as { output?: unknown; error?: unknown; cause?: unknown };
  const status = CLOSING_TYPES[ending.type];
  return {
    ...e,
    status,
    stopDate: ending.timestamp,
    output: status === 'SUCCEEDED' ? detailText(d.output) : undefined,
    error: status === 'TIMED_OUT' ? undefined : detailText(d.error) || undefined,
    cause: status === 'TIMED_OUT' ? undefined : detailText(d.cause) || undefined,
    eventCount,
  };
}
