import type { CostExecutionInput, CostMachineInput, CostUsageInput } from '@/lib/model';
import { estimateBilledMemoryMb, getBilledDurationMs } from './express-billing';
import { getDefinitionFeatures, type DefinitionFeatures } from './get-definition-features';
import { EXPRESS_MAX_DURATION_MS, type StateMachineType } from './get-switch-eligibility';
import { DAY_MS, getMonthRange, type MonthKey } from './month';
import { toParentStateMachineArn } from './to-parent-state-machine-arn';

/** What one state machine used in one month, in both billing shapes. */
export type MachineMonthUsage = {
  machine: CostMachineInput;
  type: StateMachineType;
  month: MonthKey;
  /** Billing scope: the free tier and Express tiers are per account and region (pricing.md §1, §2). */
  scopeKey: string;
  storedExecutions: number;
  /** ExecutionsStarted (Sum) from CloudWatch; null without metrics for the month. */
  metricExecutions: number | null;
  /** Executions billed: the larger of the stored runs and the metric, day by day. */
  executions: number;
  /** Transitions of the machine's own runs, scaled up from the runs whose history was counted. */
  transitions: number | null;
  countedExecutions: number;
  /** Child executions its Distributed Maps started: one transition each, billed here (pricing.md §3). */
  childStarts: number;
  /** MapIterationStarted events in its stored runs: inline Map fan-out. */
  mapIterations: number;
  /** transitions + childStarts: what Standard bills. */
  billableTransitions: number | null;
  /** Express usage in MB-milliseconds: billed for an Express machine, projected for a Standard one. */
  mbMs: number | null;
  mbMsSource: 'metrics' | 'histories' | null;
  averageBilledMemoryMb: number | null;
  averageBilledDurationMs: number | null;
  /** Mean of each stored run's larger payload (input or output), and its Map/Parallel steps (pricing.md §2). */
  averagePayloadBytes: number | null;
  averageParallelMapSteps: number | null;
  maxDurationMs: number | null;
  openLongRuns: number;
  taskSubmittedEvents: number;
  activityEvents: number;
  features: DefinitionFeatures | null;
  /** Billed executions per UTC day of the month, index 0 = the 1st. */
  dailyExecutions: number[];
  /** Why a figure is missing or estimated. */
  notes: string[];
};

/** Express billing metrics (cloudwatch-metrics.md §2.3); memory in MB, as StartSyncExecution's billingDetails reports it. */
const BILLED_DURATION = 'ExpressExecutionBilledDuration';
const BILLED_MEMORY = 'ExpressExecutionBilledMemory';
const STARTED = 'ExecutionsStarted';

export function getMachineMonthUsages(input: CostUsageInput, month: MonthKey, now: Date): MachineMonthUsage[] {
  const { start, end, days } = getMonthRange(month);
  const inMonth = (date: Date) => date >= start && date < end;
  const dayOf = (date: Date) => Math.floor((date.getTime() - start.getTime()) / DAY_MS);
  const machinesByArn = new Map(input.machines.map((machine) => [machine.arn, machine]));

  const runs = new Map<number, CostExecutionInput[]>();
  const childStarts = new Map<number, number>();
  for (const execution of input.executions) {
    if (!inMonth(execution.startDate)) continue;
    const list = runs.get(execution.stateMachineId);
    if (list) list.push(execution);
    else runs.set(execution.stateMachineId, [execution]);
    const parentArn = execution.mapRunArn ? toParentStateMachineArn(execution.mapRunArn) : null;
    const parent = parentArn ? machinesByArn.get(parentArn) : undefined;
    if (parent) childStarts.set(parent.id, (childStarts.get(parent.id) ?? 0) + 1);
  }
  const metrics = new Map<number, CostUsageInput['metrics']>();
  for (const metric of input.metrics) {
    if (!inMonth(metric.hourStart)) continue;
    const list = metrics.get(metric.stateMachineId);
    if (list) list.push(metric);
    else metrics.set(metric.stateMachineId, [metric]);
  }

  const usages: MachineMonthUsage[] = [];
  for (const machine of input.machines) {
    const own = runs.get(machine.id) ?? [];
    const hours = metrics.get(machine.id) ?? [];
    const children = childStarts.get(machine.id) ?? 0;
    if (own.length === 0 && hours.length === 0 && children === 0) continue;
    const type: StateMachineType = machine.type === 'EXPRESS' ? 'EXPRESS' : 'STANDARD';
    const notes: string[] = [];
    const { value: features } = getDefinitionFeatures(machine.definition);

    // Executions, day by day: CloudWatch may miss runs and histories may be sampled, so take the larger.
    const storedDaily = new Array<number>(days).fill(0);
    for (const run of own) storedDaily[dayOf(run.startDate)]++;
    const started = hours.filter((hour) => hour.metric === STARTED && hour.statistic === 'Sum');
    const metricDaily = new Array<number>(days).fill(0);
    for (const hour of started) metricDaily[dayOf(hour.hourStart)] += hour.value;
    const dailyExecutions = storedDaily.map((stored, day) => Math.max(stored, Math.round(metricDaily[day])));
    const executions = dailyExecutions.reduce((a, b) => a + b, 0);
    const metricExecutions = started.length ? Math.round(metricDaily.reduce((a, b) => a + b, 0)) : null;
    if (executions > own.length) notes.push(`${own.length} of ${executions} runs are stored; the rest are counted from CloudWatch ExecutionsStarted and estimated like the stored ones.`);

    // Transitions, from the runs whose history was counted.
    const counted = own.filter((run) => run.stateTransitions !== null);
    const countedSum = counted.reduce((sum, run) => sum + (run.stateTransitions ?? 0), 0);
    let transitions: number | null = null;
    if (executions === 0) transitions = 0;
    else if (counted.length === 0) {
      notes.push(own.length ? 'No stored run has a complete history to count transitions from.' : 'No run is stored to count transitions from.');
    } else {
      transitions = counted.length === executions ? countedSum : Math.round((countedSum / counted.length) * executions);
      if (counted.length < executions) notes.push(`Transitions counted in ${counted.length} of ${executions} runs; the rest estimated at their average of ${(countedSum / counted.length).toFixed(1)} per run.`);
    }

    // Express usage from runs: billed duration × estimated billed memory (pricing.md §2).
    const timed = own.filter((run) => run.durationMs !== null);
    const branches = features?.parallelBranchesByState ?? {};
    const stepsOf = (run: CostExecutionInput) => run.mapIterations + run.parallelEntries.reduce((sum, entry) => sum + entry.count * (branches[entry.stateName] ?? 1), 0);
    const payloadOf = (run: CostExecutionInput) => Math.max(run.inputBytes ?? 0, run.outputBytes ?? 0);
    const memoryOf = (run: CostExecutionInput) =>
      estimateBilledMemoryMb({ definitionBytes: run.definitionBytes ?? machine.definitionBytes ?? 0, payloadBytes: payloadOf(run), parallelMapSteps: stepsOf(run) });
    let historyMbMs: number | null = null;
    let averageBilledMemoryMb: number | null = null;
    let averageBilledDurationMs: number | null = null;
    if (timed.length) {
      let sum = 0;
      let memory = 0;
      let duration = 0;
      for (const run of timed) {
        const billedMs = getBilledDurationMs(run.durationMs ?? 0);
        const memoryMb = memoryOf(run);
        sum += billedMs * memoryMb;
        memory += memoryMb;
        duration += billedMs;
      }
      historyMbMs = Math.round((sum / timed.length) * executions);
      averageBilledMemoryMb = memory / timed.length;
      averageBilledDurationMs = duration / timed.length;
    }
    if (machine.definitionBytes === null && timed.some((run) => run.definitionBytes === null)) notes.push('Definition size unknown; Express memory estimated without it.');

    // Express billing metrics, when the account has them, beat the estimate.
    const billedDuration = hours.filter((hour) => hour.metric === BILLED_DURATION && hour.statistic === 'Sum');
    const billedMemory = hours.filter((hour) => hour.metric === BILLED_MEMORY && hour.statistic === 'Average');
    let mbMs = historyMbMs;
    let mbMsSource: MachineMonthUsage['mbMsSource'] = historyMbMs === null ? null : 'histories';
    if (type === 'EXPRESS' && billedDuration.length) {
      const memoryByHour = new Map(billedMemory.map((hour) => [hour.hourStart.getTime(), hour.value]));
      const fallbackMemory = billedMemory.length ? billedMemory.reduce((sum, hour) => sum + hour.value, 0) / billedMemory.length : (averageBilledMemoryMb ?? 64);
      mbMs = Math.round(billedDuration.reduce((sum, hour) => sum + hour.value * (memoryByHour.get(hour.hourStart.getTime()) ?? fallbackMemory), 0));
      mbMsSource = 'metrics';
      const totalMs = billedDuration.reduce((sum, hour) => sum + hour.value, 0);
      averageBilledDurationMs = executions ? totalMs / executions : averageBilledDurationMs;
      averageBilledMemoryMb = fallbackMemory;
    } else if (executions > 0 && historyMbMs === null) {
      notes.push('No finished run is stored to take a duration from, and there are no Express billing metrics.');
    }
    if (executions === 0) mbMs = 0;

    const closed = own.filter((run) => run.durationMs !== null);
    usages.push({
      machine,
      type,
      month,
      scopeKey: `${machine.accountId ?? 'unknown account'} · ${machine.region ?? 'unknown region'}`,
      storedExecutions: own.length,
      metricExecutions,
      executions,
      transitions,
      countedExecutions: counted.length,
      childStarts: children,
      mapIterations: own.reduce((sum, run) => sum + run.mapIterations, 0),
      billableTransitions: transitions === null ? null : transitions + children,
      mbMs,
      mbMsSource,
      averageBilledMemoryMb,
      averageBilledDurationMs,
      averagePayloadBytes: own.length ? own.reduce((sum, run) => sum + payloadOf(run), 0) / own.length : null,
      averageParallelMapSteps: own.length ? own.reduce((sum, run) => sum + stepsOf(run), 0) / own.length : null,
      maxDurationMs: closed.length ? closed.reduce((max, run) => Math.max(max, run.durationMs ?? 0), 0) : null,
      openLongRuns: own.filter((run) => run.status === 'RUNNING' && now.getTime() - run.startDate.getTime() > EXPRESS_MAX_DURATION_MS).length,
      taskSubmittedEvents: own.reduce((sum, run) => sum + run.taskSubmittedEvents, 0),
      activityEvents: own.reduce((sum, run) => sum + run.activityEvents, 0),
      features,
      dailyExecutions,
      notes,
    });
  }
  return usages;
}
