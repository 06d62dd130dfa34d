import type { DemoBundleRecord, DemoExecutionRecord, DemoStateMachineRecord } from './demo-bundle-record';
import { createPrng, type Prng } from './create-prng';
import { HistoryBuilder, json } from './history-builder';
import type { SimulationResult, Simulator } from './simulation';
import { simulateBookingSaga } from './simulators/simulate-booking-saga';
import { simulateInvoicePdf } from './simulators/simulate-invoice-pdf';
import { simulateMonthlyBilling } from './simulators/simulate-monthly-billing';
import { simulateNightlyBackup } from './simulators/simulate-nightly-backup';
import { simulateOrderProcessing } from './simulators/simulate-order-processing';
import { simulateUserOnboarding } from './simulators/simulate-user-onboarding';
import { DEMO_ACCOUNT, DEMO_REGION, demoWorkflows, type DemoWorkflow, type DemoWorkflowName } from './workflows';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Days of history the demo covers, so monthly cost views get two to three months. */
const DEMO_SPAN_DAYS = 60;
/** quotas.md §1 "Redrivable period": 14 days from the close. */
const REDRIVABLE_PERIOD_MS = 14 * DAY;

/** One planned execution: a scenario started at a time, or a run still open `ageMs` after its start. */
type Plan = { workflow: DemoWorkflowName; scenario: string; startMs: number; running?: boolean };

type AnySimulator = Simulator<string>;
const SIMULATORS: Record<DemoWorkflowName, AnySimulator> = {
  'order-processing': simulateOrderProcessing as AnySimulator,
  'monthly-billing': simulateMonthlyBilling as AnySimulator,
  'nightly-backup': simulateNightlyBackup as AnySimulator,
  'invoice-pdf': simulateInvoicePdf as AnySimulator,
  'booking-saga': simulateBookingSaga as AnySimulator,
  'user-onboarding': simulateUserOnboarding as AnySimulator,
};

/** How many runs of each machine the demo holds (issue 2 item 5: at least 200 in all). */
const RUN_COUNTS: Record<Exclude<DemoWorkflowName, 'nightly-backup' | 'monthly-billing'>, number> = {
  'order-processing': 70,
  'invoice-pdf': 45,
  'booking-saga': 35,
  'user-onboarding': 70,
};

/** CLI style: `2026-11-20T10:15:30.123000+00:00`. */
export function toCliDate(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000+00:00');
}

const stateMachineArn = (name: string) => `arn:aws:states:${DEMO_REGION}:${DEMO_ACCOUNT}:stateMachine:${name}`;

/** Every scenario at least once, the rest by weight, in shuffled order: the mix does not hang on luck. */
function dealScenarios(prng: Prng, scenarios: readonly { scenario: string; weight: number }[], count: number): string[] {
  const total = scenarios.reduce((sum, s) => sum + s.weight, 0);
  const deck = scenarios.flatMap((s) => Array.from({ length: Math.max(1, Math.round((count * s.weight) / total)) }, () => s.scenario));
  while (deck.length > count) deck.splice(deck.indexOf(scenarios[0].scenario), 1);
  while (deck.length < count) deck.push(scenarios[0].scenario);
  for (let i = deck.length - 1; i > 0; i--) {
    const j = Math.floor(prng.next() * (i + 1));
    [deck[i], deck[j]] = [deck[j], deck[i]];
  }
  return deck;
}

function planExecutions(prng: Prng, nowMs: number): Plan[] {
  const plans: Plan[] = [];
  const startOfToday = Math.floor(nowMs / DAY) * DAY;
  const windowStart = nowMs - DEMO_SPAN_DAYS * DAY;
  for (const [workflow, count] of Object.entries(RUN_COUNTS) as [DemoWorkflowName, number][]) {
    const deck = dealScenarios(prng, SIMULATORS[workflow].scenarios, count);
    for (let i = 0; i < count; i++) {
      const startMs = windowStart + ((i + prng.next()) / count) * (DEMO_SPAN_DAYS * DAY - 2 * HOUR);
      plans.push({ workflow, scenario: deck[i], startMs });
    }
  }
  // One backup a night at 02:00 UTC (plus a little jitter), the last 59 nights.
  const nights = dealScenarios(prng, simulateNightlyBackup.scenarios, DEMO_SPAN_DAYS - 1);
  for (let night = DEMO_SPAN_DAYS - 1; night >= 1; night--) {
    const startMs = startOfToday - night * DAY + 2 * HOUR + prng.int(0, 4000);
    plans.push({ workflow: 'nightly-backup', scenario: nights[night - 1], startMs });
  }
  // Billing runs for each cycle day (1st, 8th, 15th, 22nd); the 1st is month-end, with hundreds of accounts.
  for (let day = DEMO_SPAN_DAYS; day >= 1; day--) {
    const date = new Date(startOfToday - day * DAY);
    const dom = date.getUTCDate();
    if (![1, 8, 15, 22].includes(dom)) continue;
    const scenario = dom === 1 ? 'month-end' : 'cycle';
    plans.push({ workflow: 'monthly-billing', scenario, startMs: date.getTime() + 5 * HOUR + prng.int(0, 3000) });
  }
  // Guaranteed rarities, placed recently so they can be redriven and so the risky runs are open.
  plans.push({ workflow: 'monthly-billing', scenario: 'map-failure', startMs: nowMs - 3 * DAY - 7 * HOUR });
  plans.push({ workflow: 'monthly-billing', scenario: 'data-limit', startMs: nowMs - 40 * DAY - 5 * HOUR });
  plans.push({ workflow: 'nightly-backup', scenario: 'redriven', startMs: startOfToday - 6 * DAY + 2 * HOUR + 1200 });
  plans.push({ workflow: 'nightly-backup', scenario: 'sync-failed', startMs: nowMs - 2 * DAY - 3 * HOUR });
  plans.push({ workflow: 'order-processing', scenario: 'approval-timeout', startMs: nowMs - 20 * DAY });
  plans.push({ workflow: 'order-processing', scenario: 'aborted', startMs: nowMs - 9 * DAY });
  plans.push({ workflow: 'order-processing', scenario: 'declined', startMs: nowMs - 1 * DAY - 4 * HOUR });
  plans.push({ workflow: 'invoice-pdf', scenario: 'data-limit', startMs: nowMs - 5 * DAY - 2 * HOUR });
  plans.push({ workflow: 'invoice-pdf', scenario: 'runtime', startMs: nowMs - 26 * DAY });
  plans.push({ workflow: 'booking-saga', scenario: 'shipment-failed', startMs: nowMs - 4 * DAY });
  plans.push({ workflow: 'user-onboarding', scenario: 'provision-timeout', startMs: nowMs - 2 * DAY });
  plans.push({ workflow: 'order-processing', scenario: 'waiting-approval', startMs: nowMs - 3 * DAY - 4 * HOUR, running: true });
  plans.push({ workflow: 'nightly-backup', scenario: 'activity-stuck', startMs: nowMs - 2 * HOUR - 35 * MINUTE, running: true });
  plans.push({ workflow: 'nightly-backup', scenario: 'loop-running', startMs: nowMs - 5 * HOUR - 10 * MINUTE, running: true });
  return plans.sort((a, b) => a.startMs - b.startMs);
}

function redriveFields(workflow: DemoWorkflow, status: DemoExecutionRecord['status'], stopMs: number | undefined, nowMs: number) {
  // AWS returns a reason only for Standard executions (history-events.md §7); Express cannot be redriven.
  if (workflow.type === 'EXPRESS') return { redriveStatus: 'NOT_REDRIVABLE' as const };
  if (status === 'RUNNING' || status === 'SUCCEEDED') {
    return { redriveStatus: 'NOT_REDRIVABLE' as const, redriveStatusReason: `Execution is ${status} and cannot be redriven.` };
  }
  if (stopMs !== undefined && nowMs - stopMs <= REDRIVABLE_PERIOD_MS) return { redriveStatus: 'REDRIVABLE' as const };
  return { redriveStatus: 'NOT_REDRIVABLE' as const, redriveStatusReason: 'Execution redrivable period exceeded.' };
}

function simulate(prng: Prng, workflow: DemoWorkflow, plan: Plan, nowMs: number, usedNames: Set<string>): DemoExecutionRecord {
  const simulator = SIMULATORS[workflow.name];
  const input = simulator.input(prng, plan.scenario, plan.startMs);
  let name = simulator.name(input, prng, plan.startMs);
  while (usedNames.has(name)) name = `${name}-${prng.hex(4)}`;
  usedNames.add(name);

  const b = new HistoryBuilder(prng);
  const thread = b.thread();
  b.emit(thread, 'ExecutionStarted', 'executionStartedEventDetails', { input: json(input), inputDetails: { truncated: false }, roleArn: workflow.roleArn }, 0);
  // The first state entered points at 0, not at ExecutionStarted (history-events.md §2).
  thread.last = null;
  thread.t = b.gap(20, 80);
  const result: SimulationResult = simulator.run(b, thread, input, plan.scenario);
  const ended = closeHistory(b, thread, result);

  let startMs = plan.startMs;
  const durationMs = b.durationMs;
  if (plan.running) startMs = Math.min(plan.startMs, nowMs - durationMs - b.gap(500, 20_000));
  else if (startMs + durationMs > nowMs - MINUTE) startMs = nowMs - durationMs - prng.int(5, 90) * MINUTE;
  const events = b.finish(startMs, toCliDate);
  const stopMs = ended ? startMs + durationMs : undefined;

  const executionArn =
    workflow.type === 'EXPRESS'
      ? `arn:aws:states:${DEMO_REGION}:${DEMO_ACCOUNT}:express:${workflow.name}:${name}:${prng.uuid()}`
      : `arn:aws:states:${DEMO_REGION}:${DEMO_ACCOUNT}:execution:${workflow.name}:${name}`;
  return {
    executionArn,
    stateMachineArn: stateMachineArn(workflow.name),
    name,
    status: result.status,
    startDate: toCliDate(startMs),
    ...(stopMs !== undefined ? { stopDate: toCliDate(stopMs) } : {}),
    input: json(input),
    inputDetails: { included: true },
    ...(result.status === 'SUCCEEDED' ? { output: json(result.output), outputDetails: { included: true } } : {}),
    ...(result.status === 'FAILED' ? { error: result.error, ...(result.cause !== undefined ? { cause: result.cause } : {}) } : {}),
    ...(result.status === 'ABORTED' ? { error: result.error, cause: result.cause } : {}),
    redriveCount: result.redrivenAtMs !== undefined ? 1 : 0,
    ...(result.redrivenAtMs !== undefined ? { redriveDate: toCliDate(startMs + result.redrivenAtMs) } : {}),
    ...redriveFields(workflow, result.status, stopMs, nowMs),
    events,
  };
}

/** Appends the closing execution event; false while the execution is still running. */
function closeHistory(b: HistoryBuilder, thread: ReturnType<HistoryBuilder['thread']>, result: SimulationResult): boolean {
  switch (result.status) {
    case 'RUNNING':
      return false;
    case 'SUCCEEDED':
      b.emit(thread, 'ExecutionSucceeded', 'executionSucceededEventDetails', { output: json(result.output), outputDetails: { truncated: false } });
      return true;
    case 'FAILED':
      b.emit(thread, 'ExecutionFailed', 'executionFailedEventDetails', { error: result.error, ...(result.cause !== undefined ? { cause: result.cause } : {}) });
      return true;
    case 'TIMED_OUT':
      thread.t = result.afterMs;
      b.emit(thread, 'ExecutionTimedOut', 'executionTimedOutEventDetails', { error: 'States.Timeout' }, 0);
      return true;
    case 'ABORTED': {
      const open = [...thread.drafts].reverse().find((draft) => draft.stateType !== undefined);
      thread.t = Math.max(thread.t, result.afterMs);
      if (open?.entered) b.emit(thread, `${open.stateType}StateAborted` as 'TaskStateAborted', undefined, undefined, 0);
      // Recorded StopExecution histories point ExecutionAborted at 0 (history-events.md §2).
      b.emit(thread, 'ExecutionAborted', 'executionAbortedEventDetails', { error: result.error, cause: result.cause }, b.gap(2, 20), null);
      return true;
    }
  }
}

/**
 * The demo data `npm start` loads into an empty database: the six state machines, then their
 * executions oldest first, as `describe-state-machine` / `describe-execution` + history records.
 * Pure: everything derives from `now` and `seed`.
 */
export function generateDemoBundle(options: { now: Date; seed?: number }): DemoBundleRecord[] {
  const nowMs = options.now.getTime();
  const prng = createPrng(options.seed ?? 20_26);
  const machines: DemoStateMachineRecord[] = demoWorkflows.map((workflow) => ({
    stateMachineArn: stateMachineArn(workflow.name),
    name: workflow.name,
    status: 'ACTIVE',
    definition: JSON.stringify(workflow.definition, null, 2),
    roleArn: workflow.roleArn,
    type: workflow.type,
    creationDate: toCliDate(nowMs - workflow.createdDaysAgo * DAY + 3 * HOUR + 17 * MINUTE),
  }));
  const byName = new Map(demoWorkflows.map((workflow) => [workflow.name, workflow]));
  const usedNames = new Map<DemoWorkflowName, Set<string>>();
  const executions = planExecutions(prng, nowMs).map((plan) => {
    const workflow = byName.get(plan.workflow);
    if (!workflow) throw new Error(`unknown workflow ${plan.workflow}`);
    const names = usedNames.get(plan.workflow) ?? new Set<string>();
    usedNames.set(plan.workflow, names);
    return simulate(prng, workflow, plan, nowMs, names);
  });
  return [...machines, ...executions];
}
