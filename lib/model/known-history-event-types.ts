import type { KnownHistoryEventType } from './history-event';

/** The 62 event types of the SFN model `2016-11-23` (../shared/reference/history-events.md §3). */
export const KNOWN_HISTORY_EVENT_TYPES = [
  'ActivityFailed',
  'ActivityScheduleFailed',
  'ActivityScheduled',
  'ActivityStarted',
  'ActivitySucceeded',
  'ActivityTimedOut',
  'ChoiceStateEntered',
  'ChoiceStateExited',
  'EvaluationFailed',
  'ExecutionAborted',
  'ExecutionFailed',
  'ExecutionRedriven',
  'ExecutionStarted',
  'ExecutionSucceeded',
  'ExecutionTimedOut',
  'FailStateEntered',
  'LambdaFunctionFailed',
  'LambdaFunctionScheduleFailed',
  'LambdaFunctionScheduled',
  'LambdaFunctionStartFailed',
  'LambdaFunctionStarted',
  'LambdaFunctionSucceeded',
  'LambdaFunctionTimedOut',
  'MapIterationAborted',
  'MapIterationFailed',
  'MapIterationStarted',
  'MapIterationSucceeded',
  'MapRunAborted',
  'MapRunFailed',
  'MapRunRedriven',
  'MapRunStarted',
  'MapRunSucceeded',
  'MapStateAborted',
  'MapStateEntered',
  'MapStateExited',
  'MapStateFailed',
  'MapStateStarted',
  'MapStateSucceeded',
  'ParallelStateAborted',
  'ParallelStateEntered',
  'ParallelStateExited',
  'ParallelStateFailed',
  'ParallelStateStarted',
  'ParallelStateSucceeded',
  'PassStateEntered',
  'PassStateExited',
  'SucceedStateEntered',
  'SucceedStateExited',
  'TaskFailed',
  'TaskScheduled',
  'TaskStartFailed',
  'TaskStarted',
  'TaskStateAborted',
  'TaskStateEntered',
  'TaskStateExited',
  'TaskSubmitFailed',
  'TaskSubmitted',
  'TaskSucceeded',
  'TaskTimedOut',
  'WaitStateAborted',
  'WaitStateEntered',
  'WaitStateExited',
] as const satisfies readonly KnownHistoryEventType[];

// Fails to compile when the SDK learns an event type this list lacks.
type Missing = Exclude<KnownHistoryEventType, (typeof KNOWN_HISTORY_EVENT_TYPES)[number]>;
const exhaustive: [Missing] extends [never] ? true : Missing = true;
void exhaustive;

const known: ReadonlySet<string> = new Set(KNOWN_HISTORY_EVENT_TYPES);

/** False for event types AWS added after our SDK model: the UI shows those as "unknown". */
export function isKnownHistoryEventType(type: string): type is KnownHistoryEventType {
  return known.has(type);
}
