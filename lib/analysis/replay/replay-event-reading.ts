import type { HistoryEvent } from '@/lib/model';
import type {
  ExecutionReplay,
  ReplayError,
  ReplayStateType,
} from './replay-types';


// How a history event reads for the replay: its state type, task phase, details, error and time.

/** Max events in one Standard execution history: ../shared/reference/quotas.md §1 (25,000, hard). */
export const MAX_HISTORY_EVENTS = 25_000;

export type ReplayExecutionOptions = {
  /** The definition the execution ran (ASL text or parsed): places Parallel branches by state name. */
  definition?: unknown;
};

export const STATE_TYPES: Record<string, ReplayStateType> = {
  Task: 'Task',
  Pass: 'Pass',
  Choice: 'Choice',
  Wait: 'Wait',
  Parallel: 'Parallel',
  Map: 'Map',
  Succeed: 'Succeed',
  Fail: 'Fail',
};

export const TASK_SCHEDULED = new Set(['TaskScheduled', 'LambdaFunctionScheduled', 'ActivityScheduled']);
export const TASK_STARTED = new Set(['TaskStarted', 'LambdaFunctionStarted', 'ActivityStarted']);
export const TASK_SUCCEEDED = new Set(['TaskSucceeded', 'LambdaFunctionSucceeded', 'ActivitySucceeded']);
export const TASK_FAILED = new Set([
  'TaskFailed',
  'LambdaFunctionFailed',
  'ActivityFailed',
  'TaskStartFailed',
  'TaskSubmitFailed',
  'LambdaFunctionStartFailed',
  'LambdaFunctionScheduleFailed',
  'ActivityScheduleFailed',
]);
export const TASK_TIMED_OUT = new Set(['TaskTimedOut', 'LambdaFunctionTimedOut', 'ActivityTimedOut']);
export const EXECUTION_END: Record<string, ExecutionReplay['status']> = {
  ExecutionSucceeded: 'SUCCEEDED',
  ExecutionFailed: 'FAILED',
  ExecutionTimedOut: 'TIMED_OUT',
  ExecutionAborted: 'ABORTED',
};

export type Details = Record<string, unknown>;

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readDetails(event: HistoryEvent, key: string): Details | null {
  const value: unknown = (event as Record<string, unknown>)[key];
  return isObject(value) ? value : null;
}

/** The `error`/`cause` of whichever details member the event has. */
export function readError(event: HistoryEvent, eventId: number): ReplayError {
  for (const key in event) {
    if (!key.endsWith('EventDetails')) continue;
    const details: unknown = (event as Record<string, unknown>)[key];
    if (!isObject(details)) continue;
    return {
      error: typeof details.error === 'string' ? details.error : null,
      cause: typeof details.cause === 'string' ? details.cause : details.cause === undefined || details.cause === null ? null : JSON.stringify(details.cause),
      eventId,
    };
  }
  return { error: null, cause: null, eventId };
}

export function readResource(event: HistoryEvent): string | null {
  for (const key of ['taskScheduledEventDetails', 'lambdaFunctionScheduledEventDetails', 'activityScheduledEventDetails']) {
    const details = readDetails(event, key);
    if (!details) continue;
    const resource = typeof details.resource === 'string' ? details.resource : null;
    const resourceType = typeof details.resourceType === 'string' ? details.resourceType : null;
    return resourceType && resource ? `${resourceType}:${resource}` : resource;
  }
  return null;
}

export function stateTypeOf(eventType: string, suffix: string): ReplayStateType {
  return STATE_TYPES[eventType.slice(0, -suffix.length)] ?? 'Unknown';
}

/** Epoch ms from a Date (what the SDK gives), epoch seconds (the wire) or ISO text; null when none. */
export function toMs(timestamp: unknown): number | null {
  if (timestamp instanceof Date) {
    const ms = timestamp.getTime();
    return Number.isFinite(ms) ? ms : null;
  }
  if (typeof timestamp === 'number' && Number.isFinite(timestamp)) return timestamp < 1e11 ? Math.round(timestamp * 1000) : timestamp;
  if (typeof timestamp === 'string') {
    const ms = Date.parse(timestamp);
    return Number.isFinite(ms) ? ms : null;
  }
  return null;
}
