import type { ExecutionStatus } from './execution';
import type { HistoryEvent } from './history-event';

export type ExecutionOutcome = {
  status: ExecutionStatus;
  startDate: Date | null;
  stopDate: Date | null;
  input: string | null;
  output: string | null;
  error: string | null;
  cause: string | null;
  /** The state where the execution failed: the innermost state the failure came from. */
  failedStateName: string | null;
  redriveCount: number;
  redriveDate: Date | null;
};

const TERMINAL_STATUS: Record<string, ExecutionStatus> = {
  ExecutionSucceeded: 'SUCCEEDED',
  ExecutionFailed: 'FAILED',
  ExecutionTimedOut: 'TIMED_OUT',
  ExecutionAborted: 'ABORTED',
};

type ErrorDetails = { error?: string; cause?: string };

/**
 * What DescribeExecution would say, derived from the history alone (events sorted by id). A redrive
 * (ExecutionRedriven) reopens a closed execution, so the last terminal or redrive event decides.
 */
export function getExecutionOutcome(events: readonly HistoryEvent[]): ExecutionOutcome {
  const started = events.find((event) => event.type === 'ExecutionStarted');
  const outcome: ExecutionOutcome = {
    status: 'RUNNING',
    startDate: started?.timestamp ?? null,
    stopDate: null,
    input: started?.executionStartedEventDetails?.input ?? null,
    output: null,
    error: null,
    cause: null,
    failedStateName: null,
    redriveCount: 0,
    redriveDate: null,
  };
  const byId = new Map(events.map((event) => [event.id, event]));
  for (const event of events) {
    if (event.type === 'ExecutionRedriven') {
      Object.assign(outcome, { status: 'RUNNING', stopDate: null, error: null, cause: null, failedStateName: null });
      outcome.redriveCount = event.executionRedrivenEventDetails?.redriveCount ?? outcome.redriveCount + 1;
      outcome.redriveDate = event.timestamp;
      continue;
    }
    const status = TERMINAL_STATUS[event.type];
    if (!status) continue;
    outcome.status = status;
    outcome.stopDate = event.timestamp;
    if (status === 'SUCCEEDED') {
      outcome.output = event.executionSucceededEventDetails?.output ?? null;
      continue;
    }
    const details: ErrorDetails | undefined =
      event.executionFailedEventDetails ?? event.executionTimedOutEventDetails ?? event.executionAbortedEventDetails;
    outcome.error = details?.error ?? null;
    outcome.cause = details?.cause ?? null;
    outcome.failedStateName = findStateBefore(event, byId) ?? findUnfinishedState(events, event.id ?? 0);
  }
  return outcome;
}

/** Follows previousEventId back to the state the event belongs to. */
function findStateBefore(event: HistoryEvent, byId: Map<number | undefined, HistoryEvent>): string | null {
  let current = byId.get(event.previousEventId);
  for (let guard = 0; current && guard < byId.size; guard++) {
    const name = current.stateEnteredEventDetails?.name;
    if (name) return name;
    current = current.previousEventId ? byId.get(current.previousEventId) : undefined;
  }
  return null;
}

/** ExecutionAborted points at event 0 (history-events.md §2): take the last state entered and never exited. */
function findUnfinishedState(events: readonly HistoryEvent[], beforeId: number): string | null {
  const exited = new Set<string>();
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i];
    if ((event.id ?? 0) >= beforeId) continue;
    const exitedName = event.stateExitedEventDetails?.name;
    if (exitedName) exited.add(exitedName);
    const enteredName = event.stateEnteredEventDetails?.name;
    if (enteredName && !exited.has(enteredName)) return enteredName;
  }
  return null;
}
