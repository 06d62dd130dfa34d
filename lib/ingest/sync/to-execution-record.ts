import { getExecutionOutcome, type ExecutionRecord, type ExecutionStatus, type HistoryEvent, type RedriveStatus } from '@/lib/model';

/** What ListExecutions or DescribeExecution told about an execution (the SDK's shapes, narrowed). */
export type ExecutionListing = {
  executionArn: string;
  stateMachineArn: string;
  name: string;
  status: ExecutionStatus;
  startDate: Date;
  stopDate?: Date | null;
  mapRunArn?: string | null;
  redriveCount?: number | null;
  redriveDate?: Date | null;
};

export type ExecutionDescription = ExecutionListing & {
  input?: string | null;
  output?: string | null;
  error?: string | null;
  cause?: string | null;
  redriveStatus?: RedriveStatus | null;
  redriveStatusReason?: string | null;
};

/**
 * An execution record from its listing or description and its whole history (events sorted by id). The
 * history was read last, so what it says about the outcome wins over an older listing.
 */
export function toExecutionRecord(listing: ExecutionListing | ExecutionDescription, events: HistoryEvent[]): ExecutionRecord {
  const description: Partial<ExecutionDescription> = listing;
  const outcome = getExecutionOutcome(events);
  const hasStart = events.some((event) => event.type === 'ExecutionStarted');
  // PENDING_REDRIVE (Map Run children) has no event of its own.
  const status: ExecutionStatus = hasStart && listing.status !== 'PENDING_REDRIVE' ? outcome.status : listing.status;
  const closed = status !== 'RUNNING' && status !== 'PENDING_REDRIVE';
  const failed = closed && status !== 'SUCCEEDED';
  return {
    arn: listing.executionArn,
    name: listing.name,
    stateMachineArn: listing.stateMachineArn,
    status,
    startDate: listing.startDate,
    stopDate: closed ? (outcome.stopDate ?? listing.stopDate ?? null) : null,
    input: description.input ?? outcome.input,
    output: status === 'SUCCEEDED' ? (outcome.output ?? description.output ?? null) : null,
    // DescribeExecution leaves error empty for TIMED_OUT; the closing event still names it.
    error: failed ? (outcome.error ?? description.error ?? null) : null,
    cause: failed ? (outcome.cause ?? description.cause ?? null) : null,
    failedStateName: failed ? outcome.failedStateName : null,
    redriveCount: Math.max(listing.redriveCount ?? 0, outcome.redriveCount),
    redriveDate: outcome.redriveDate ?? listing.redriveDate ?? null,
    redriveStatus: description.redriveStatus ?? null,
    redriveStatusReason: description.redriveStatusReason ?? null,
    mapRunArn: listing.mapRunArn ?? null,
    events,
    historyComplete: isContiguousFrom(events, 1),
  };
}

/** AWS numbers a history 1..n; anything else is a gap. */
export function isContiguousFrom(events: readonly HistoryEvent[], first: number): boolean {
  return events.length > 0 && events.every((event, index) => event.id === first + index);
}

/** Events that close or reopen an execution: after one of them the outcome must be derived again. */
export function hasOutcomeEvent(events: readonly HistoryEvent[]): boolean {
  return events.some((event) => /^Execution(Succeeded|Failed|TimedOut|Aborted|Redriven)$/.test(event.type));
}
