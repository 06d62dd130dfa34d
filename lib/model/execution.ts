/** ../shared/reference/history-events.md §7 DescribeExecution. */
export const EXECUTION_STATUSES = ['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED', 'PENDING_REDRIVE'] as const;
export type ExecutionStatus = (typeof EXECUTION_STATUSES)[number];

export const CLOSED_FAILURE_STATUSES = ['FAILED', 'TIMED_OUT', 'ABORTED'] as const satisfies readonly ExecutionStatus[];

export const STATE_MACHINE_TYPES = ['STANDARD', 'EXPRESS'] as const;
export type StateMachineType = (typeof STATE_MACHINE_TYPES)[number];

export const REDRIVE_STATUSES = ['REDRIVABLE', 'NOT_REDRIVABLE', 'REDRIVABLE_BY_MAP_RUN'] as const;
export type RedriveStatus = (typeof REDRIVE_STATUSES)[number];

export function isExecutionStatus(value: unknown): value is ExecutionStatus {
  return typeof value === 'string' && (EXECUTION_STATUSES as readonly string[]).includes(value);
}
