import type { ExecutionStatus, StateMachineType } from './execution';

/**
 * What the local engine keeps, as plain rows: lib/engine works with them in memory and writes them through
 * its durable storage; lib/db keeps them in the Engine* tables. Times are epoch milliseconds.
 */

export type EngineStateMachineRow = {
  stateMachineArn: string;
  name: string;
  definition: string;
  roleArn: string;
  type: StateMachineType;
  creationDate: number;
  revisionId: string;
};

/** A state machine's definition as one revision had it: executions keep running on theirs after an update. */
export type EngineRevisionRow = {
  stateMachineArn: string;
  revisionId: string;
  definition: string;
  roleArn: string;
  /** When this revision was made (creation or UpdateStateMachine). */
  updateDate: number;
};

export type EngineActivityRow = { activityArn: string; name: string; creationDate: number };

export type EngineExecutionRow = {
  executionArn: string;
  stateMachineArn: string;
  name: string;
  status: ExecutionStatus;
  startDate: number;
  stopDate?: number;
  input: string;
  output?: string;
  error?: string;
  cause?: string;
  redriveCount: number;
  /** When the last redrive started. */
  redriveDate?: number;
  mapRunArn?: string;
  /** The state machine revision it runs (DescribeStateMachineForExecution, redrive, resume). */
  revisionId?: string;
  /** Events in its history (redrive needs headroom under the 25,000 limit). */
  eventCount?: number;
  /** Step Functions Local mock test case it runs with. */
  mockTestCase?: string;
  /** For a Map Run child: the index of its item (batch) in the Map Run. */
  mapItemIndex?: number;
};

/** One history event (details and payload as JSON text). */
export type EngineEventRow = {
  executionArn: string;
  id: number;
  previousEventId: number;
  type: string;
  timestamp: number;
  detailsKey: string | null;
  details: string | null;
  stateName: string | null;
  payload: string | null;
  thread: string;
  scope: string | null;
};

export type EngineTaskTokenRow = { token: string; executionArn: string; key: string; outcome: string | null };

export type EngineTagRow = { resourceArn: string; key: string; value: string };

/** Everything but the histories, read once at start. */
export type EngineStoreSnapshot = {
  stateMachines: EngineStateMachineRow[];
  revisions: EngineRevisionRow[];
  activities: EngineActivityRow[];
  /** Oldest first. */
  executions: EngineExecutionRow[];
  taskTokens: EngineTaskTokenRow[];
  tags: EngineTagRow[];
};

/** The changes of one write, applied in one transaction (deletes before puts of the same kind). */
export type EngineStoreBatch = {
  events: EngineEventRow[];
  stateMachines: EngineStateMachineRow[];
  deletedStateMachines: string[];
  revisions: EngineRevisionRow[];
  activities: EngineActivityRow[];
  deletedActivities: string[];
  executions: EngineExecutionRow[];
  taskTokens: EngineTaskTokenRow[];
  /** Executions whose task tokens all go. */
  deletedTaskTokensOf: string[];
  /** Resources whose tags are replaced by `tags` (possibly none). */
  retagged: string[];
  tags: EngineTagRow[];
};
