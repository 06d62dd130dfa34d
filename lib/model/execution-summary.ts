import type { ExecutionStatus } from './execution';
import type { EventIdRange } from './execution-record';

/** One row of an execution list: everything but the large input/output payloads. */
export type ExecutionSummary = {
  id: number;
  arn: string;
  name: string;
  stateMachineArn: string;
  stateMachineName: string;
  status: ExecutionStatus;
  startDate: Date;
  stopDate: Date | null;
  /** null while running. */
  durationMs: number | null;
  error: string | null;
  cause: string | null;
  failedStateName: string | null;
  redriveCount: number;
  mapRunArn: string | null;
  eventCount: number;
  lastEventAt: Date | null;
  inputBytes: number | null;
  outputBytes: number | null;
  historyComplete: boolean;
};

/** One execution with its payloads and redrive state, for the execution page. */
export type ExecutionDetail = ExecutionSummary & {
  stateMachineType: string;
  sourceName: string;
  /** JSON text as AWS returns it. */
  input: string | null;
  output: string | null;
  redriveStatus: string | null;
  redriveStatusReason: string | null;
  redriveDate: Date | null;
  stateTransitions: number | null;
  /** What an incomplete history is known to lack, when known. */
  missingEvents: EventIdRange[] | null;
};

export type ExecutionStatusCounts = Record<ExecutionStatus, number>;
