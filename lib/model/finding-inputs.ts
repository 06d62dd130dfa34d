import type { ExecutionStatus } from './execution';
import type { HistoryEvent } from './history-event';

/**
 * What stuck-run and quota-risk detection read from the database: lib/db fills it, lib/analysis reads it
 * (neither may import the other, so the shape lives here).
 */
export type FindingInputs = {
  /** RUNNING executions, with their whole histories (newest activity first when capped). */
  running: FindingExecution[];
  /** All RUNNING executions stored; more than `running.length` when the read was capped. */
  runningTotal: number;
  stateMachines: FindingStateMachine[];
  /** Closed executions whose redrive window or AWS history retention ends soon. */
  closing: ClosingExecution[];
  /** Payload-bearing events of recent and oversized executions, per execution. */
  payloadSamples: PayloadSample[];
  sources: FindingSource[];
};

export type FindingExecution = {
  arn: string;
  name: string;
  stateMachineArn: string;
  stateMachineName: string;
  /** STANDARD | EXPRESS */
  stateMachineType: string;
  sourceName: string;
  status: ExecutionStatus;
  startDate: Date;
  eventCount: number;
  lastEventAt: Date | null;
  lastSyncedAt: Date;
  historyComplete: boolean;
  redriveCount: number;
  /** ASL text of the definition the execution ran, or the machine's newest known one. */
  definition: string | null;
  /** Sorted by id. */
  events: HistoryEvent[];
};

export type FindingStateMachine = {
  arn: string;
  name: string;
  /** STANDARD | EXPRESS */
  type: string;
  sourceName: string;
  region: string | null;
  /** Newest known definition (ASL text). */
  definition: string | null;
  /** Durations of its most recent successful executions. */
  successDurationsMs: number[];
  /** Its largest history among recent executions, if any. */
  largestHistory: { executionArn: string; eventCount: number; status: ExecutionStatus } | null;
  /** Its largest execution input/output among recent executions, if any. */
  largestExecutionPayload: { executionArn: string; bytes: number; field: 'input' | 'output' } | null;
  /** Longest recent closed execution, if any. */
  longestRun: { executionArn: string; durationMs: number; status: ExecutionStatus } | null;
};

export type ClosingExecution = {
  arn: string;
  name: string;
  stateMachineArn: string;
  stateMachineName: string;
  stateMachineType: string;
  sourceName: string;
  sourceKind: string;
  status: ExecutionStatus;
  stopDate: Date;
  eventCount: number;
  redriveCount: number;
  redriveDate: Date | null;
  redriveStatus: string | null;
  historyComplete: boolean;
};

export type PayloadSample = {
  executionArn: string;
  executionName: string;
  stateMachineArn: string;
  status: ExecutionStatus;
  /** Events carrying input, output or parameters; sorted by id. */
  events: HistoryEvent[];
};

/** A CloudWatch AWS/States metric hour (cloudwatch-metrics.md §2), per machine or account-wide. */
export type FindingMetric = {
  metric: string;
  statistic: string;
  hourStart: Date;
  value: number;
  /** null for account-level metrics. */
  stateMachineArn: string | null;
  /** Dimension text such as `ServiceMetric=StateTransition` or `APIName=StartExecution`, when known. */
  dimension: string | null;
};

/** One account and region (or local engine, or import), with what rate quotas need. */
export type FindingSource = {
  name: string;
  /** AWS | LOCAL | IMPORT */
  kind: string;
  region: string | null;
  accountId: string | null;
  openStandardExecutions: number;
  /** Start times of executions in the sampled window, per workflow type. */
  recentStarts: { startDate: Date; type: string }[];
  /** Timestamps of *StateEntered events in the sampled window (a state transition each, quotas.md §3). */
  recentTransitions: Date[];
  /** Width of the sampled window. */
  windowMs: number;
  /** True when the samples were capped: rates are then lower bounds. */
  samplesCapped: boolean;
  metrics: FindingMetric[];
};
