import type { ExecutionStatus, RedriveStatus, StateMachineType } from './execution';
import type { HistoryEvent } from './history-event';

/** An execution as Statescope stores it: the description merged with what its history tells. */
export type ExecutionRecord = {
  arn: string;
  name: string;
  stateMachineArn: string;
  status: ExecutionStatus;
  startDate: Date;
  stopDate: Date | null;
  input: string | null;
  output: string | null;
  error: string | null;
  cause: string | null;
  failedStateName: string | null;
  redriveCount: number;
  redriveDate: Date | null;
  redriveStatus: RedriveStatus | null;
  redriveStatusReason: string | null;
  mapRunArn: string | null;
  /** Sorted by id. */
  events: HistoryEvent[];
  /** False when the history was cut short (not every event up to the last one). */
  historyComplete: boolean;
  /** What an incomplete history is known to lack (an imported page says so); absent when unknown. */
  missingEvents?: EventIdRange[];
};

/** Event ids first..last of one execution; last null means every event after first. */
export type EventIdRange = [first: number, last: number | null];

/** A state machine as Statescope stores it. */
export type StateMachineRecord = {
  arn: string;
  name: string;
  type: StateMachineType;
  /** ASL JSON text; null when the machine is only known from its executions. */
  definition: string | null;
  revisionId: string | null;
  status: string | null;
  roleArn: string | null;
  logGroupArn: string | null;
  createdAt: Date | null;
};
