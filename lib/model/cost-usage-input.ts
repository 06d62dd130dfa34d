/** What the cost model reads about stored runs: lib/db's listCostUsage fills it, lib/cost prices it. */

export type CostMachineInput = {
  id: number;
  arn: string;
  name: string;
  /** STANDARD | EXPRESS */
  type: string;
  region: string | null;
  accountId: string | null;
  /** The newest stored definition and its size in bytes. */
  definition: string | null;
  definitionBytes: number | null;
};

export type CostExecutionInput = {
  id: number;
  stateMachineId: number;
  startDate: Date;
  status: string;
  durationMs: number | null;
  /** Billed transitions counted from the stored history; null when it is incomplete. */
  stateTransitions: number | null;
  inputBytes: number | null;
  outputBytes: number | null;
  /** Set on a child execution of a Distributed Map Run: its start is a transition of the parent. */
  mapRunArn: string | null;
  /** Size of the definition this run used, when known. */
  definitionBytes: number | null;
  /** MapIterationStarted events, and Parallel states entered by name: the steps of pricing.md §2's memory estimate. */
  mapIterations: number;
  parallelEntries: { stateName: string; count: number }[];
  /** TaskSubmitted events (.sync or callback tasks) and ActivityScheduled events in the history. */
  taskSubmittedEvents: number;
  activityEvents: number;
};

/** One hour of a CloudWatch AWS/States metric (cloudwatch-metrics.md §2). */
export type CostMetricInput = { stateMachineId: number; metric: string; statistic: string; hourStart: Date; value: number };

export type CostUsageInput = {
  machines: CostMachineInput[];
  executions: CostExecutionInput[];
  metrics: CostMetricInput[];
};
