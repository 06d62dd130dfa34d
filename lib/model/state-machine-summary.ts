import type { ExecutionStatusCounts } from './execution-summary';

/** A state machine with how its stored executions went. */
export type StateMachineSummary = {
  id: number;
  arn: string;
  name: string;
  /** STANDARD | EXPRESS */
  type: string;
  status: string | null;
  sourceName: string;
  countsByStatus: ExecutionStatusCounts;
  executionCount: number;
  lastStartDate: Date | null;
};

/** A state machine with its newest stored definition. */
export type StateMachineDetail = Omit<StateMachineSummary, 'countsByStatus' | 'executionCount' | 'lastStartDate'> & {
  roleArn: string | null;
  logGroupArn: string | null;
  createdAt: Date | null;
  lastSyncedAt: Date | null;
  /** ASL JSON text of the newest revision, null when no definition was stored. */
  definition: string | null;
  revisionId: string | null;
  definitionFirstSeenAt: Date | null;
  revisionCount: number;
};
