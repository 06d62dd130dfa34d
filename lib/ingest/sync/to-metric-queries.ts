import type { MetricDataQuery } from '@aws-sdk/client-cloudwatch';

export const METRIC_NAMESPACE = 'AWS/States';
/** One data point per metric per hour (MetricHour). */
export const METRIC_PERIOD_SEC = 3600;

type MetricSpec = { metric: string; statistic: string };

/** Per state machine (cloudwatch-metrics.md §2.1, §4 "minimal query set"): counts are Sums, times Average and p99. */
const MACHINE_METRICS: MetricSpec[] = [
  { metric: 'ExecutionsStarted', statistic: 'Sum' },
  { metric: 'ExecutionsSucceeded', statistic: 'Sum' },
  { metric: 'ExecutionsFailed', statistic: 'Sum' },
  { metric: 'ExecutionsTimedOut', statistic: 'Sum' },
  { metric: 'ExecutionsAborted', statistic: 'Sum' },
  { metric: 'ExecutionThrottled', statistic: 'Sum' },
  { metric: 'ExecutionsRedriven', statistic: 'Sum' },
  { metric: 'ExecutionTime', statistic: 'Average' },
  { metric: 'ExecutionTime', statistic: 'p99' },
];
/** Express billing (§2.3). */
const EXPRESS_METRICS: MetricSpec[] = [
  { metric: 'ExpressExecutionBilledDuration', statistic: 'Sum' },
  { metric: 'ExpressExecutionBilledDuration', statistic: 'Average' },
  { metric: 'ExpressExecutionBilledMemory', statistic: 'Average' },
  { metric: 'ExpressExecutionMemory', statistic: 'Average' },
];
/** State-transition capacity of one machine (§2.8, ServiceMetric=StateTransition + StateMachineArn). */
const MACHINE_CAPACITY_METRICS: MetricSpec[] = [
  { metric: 'ConsumedCapacity', statistic: 'Maximum' },
  { metric: 'ThrottledEvents', statistic: 'Sum' },
];
/** Account level (§2.2) and the quota ratios of §2.8, per source. */
const ACCOUNT_METRICS: (MetricSpec & { dimension: [string, string] | null })[] = [
  { metric: 'OpenExecutionCount', statistic: 'Maximum', dimension: null },
  { metric: 'OpenExecutionLimit', statistic: 'Maximum', dimension: null },
  { metric: 'ApproximateOpenMapRunCount', statistic: 'Maximum', dimension: null },
  { metric: 'OpenMapRunLimit', statistic: 'Maximum', dimension: null },
  ...(['ServiceMetric=StateTransition', 'APIName=StartExecution'] as const).flatMap((dimension) => {
    const [name, value] = dimension.split('=') as [string, string];
    return [
      { metric: 'ConsumedCapacity', statistic: 'Maximum', dimension: [name, value] as [string, string] },
      { metric: 'ProvisionedBucketSize', statistic: 'Maximum', dimension: [name, value] as [string, string] },
      { metric: 'ProvisionedRefillRate', statistic: 'Maximum', dimension: [name, value] as [string, string] },
      { metric: 'ThrottledEvents', statistic: 'Sum', dimension: [name, value] as [string, string] },
    ];
  }),
];

/** What a query id stands for, to file its values. */
export type MetricTarget =
  | { kind: 'machine'; stateMachineId: number; metric: string; statistic: string }
  | { kind: 'source'; metric: string; statistic: string; dimension: string };

/** GetMetricData queries for these machines and the account, with what each id maps to. */
export function toMetricQueries(machines: readonly { stateMachineId: number; arn: string; type: string }[]): { queries: MetricDataQuery[]; targets: Map<string, MetricTarget> } {
  const queries: MetricDataQuery[] = [];
  const targets = new Map<string, MetricTarget>();
  // Ids must start with a lower-case letter (§4).
  const add = (target: MetricTarget, dimensions: { Name: string; Value: string }[]) => {
    const id = `m${queries.length}`;
    queries.push({
      Id: id,
      MetricStat: { Metric: { Namespace: METRIC_NAMESPACE, MetricName: target.metric, Dimensions: dimensions }, Period: METRIC_PERIOD_SEC, Stat: target.statistic },
      ReturnData: true,
    });
    targets.set(id, target);
  };
  for (const machine of machines) {
    const byArn = [{ Name: 'StateMachineArn', Value: machine.arn }];
    const specs = machine.type === 'EXPRESS' ? [...MACHINE_METRICS, ...EXPRESS_METRICS] : MACHINE_METRICS;
    for (const spec of specs) add({ kind: 'machine', stateMachineId: machine.stateMachineId, ...spec }, byArn);
    for (const spec of MACHINE_CAPACITY_METRICS) {
      add({ kind: 'machine', stateMachineId: machine.stateMachineId, ...spec }, [{ Name: 'ServiceMetric', Value: 'StateTransition' }, ...byArn]);
    }
  }
  for (const spec of ACCOUNT_METRICS) {
    const dimension = spec.dimension ? `${spec.dimension[0]}=${spec.dimension[1]}` : '';
    add({ kind: 'source', metric: spec.metric, statistic: spec.statistic, dimension }, spec.dimension ? [{ Name: spec.dimension[0], Value: spec.dimension[1] }] : []);
  }
  return { queries, targets };
}
