import type { Prng } from './create-prng';
import type { WeightedScenario } from './demo-kit';
import { demoKitByWorkflow } from './demo-kits';
import type { DemoWorkflowName } from './workflows';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Six weeks: always two calendar months or more, for the monthly cost views. */
export const DEMO_SPAN_DAYS = 42;

/** One execution to start: which workflow, which scenario, when. */
export type DemoPlan = { workflow: DemoWorkflowName; scenario: string; startMs: number };

/** Runs per machine besides the scheduled backups and billing cycles. */
const RUN_COUNTS: Partial<Record<DemoWorkflowName, number>> = {
  'order-processing': 80,
  'invoice-pdf': 45,
  'booking-saga': 35,
  'user-onboarding': 80,
};

/** Scenarios that take longer than the gap before `now` they may start in (approvals wait up to 30 h, a timeout 7 days). */
const LATEST_START_BEFORE_NOW: Record<string, number> = {
  'order-processing/approval-timeout': 8 * DAY,
  'order-processing/approved': 2 * DAY,
  'order-processing/rejected': 2 * DAY,
  'order-processing/aborted': 2 * DAY,
};

/** Every scenario at least once, the rest by weight, in shuffled order: the mix does not hang on luck. */
function dealScenarios(prng: Prng, scenarios: readonly WeightedScenario<string>[], count: number): string[] {
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

/**
 * The demo's executions over the six weeks before `nowMs`, oldest first: steady traffic dealt by weight,
 * a backup each night at 02:00 UTC, billing on the 1st, 8th, 15th and 22nd, a few rare failures placed
 * recently (so they are still redrivable), and four runs meant to be open at `nowMs`.
 */
export function planDemoExecutions(prng: Prng, nowMs: number): DemoPlan[] {
  const plans: DemoPlan[] = [];
  const startOfToday = Math.floor(nowMs / DAY) * DAY;
  const windowStart = nowMs - DEMO_SPAN_DAYS * DAY;
  for (const [workflow, count] of Object.entries(RUN_COUNTS) as [DemoWorkflowName, number][]) {
    const kit = demoKitByWorkflow.get(workflow);
    if (!kit) throw new Error(`no demo kit for ${workflow}`);
    const deck = dealScenarios(prng, kit.scenarios, count);
    for (let i = 0; i < count; i++) {
      const startMs = windowStart + ((i + prng.next()) / count) * (DEMO_SPAN_DAYS * DAY - 2 * HOUR);
      const latest = nowMs - (LATEST_START_BEFORE_NOW[`${workflow}/${deck[i]}`] ?? 2 * HOUR);
      plans.push({ workflow, scenario: deck[i], startMs: Math.min(startMs, latest - prng.int(0, 12) * HOUR) });
    }
  }
  // A backup each night at 02:00 UTC; none in the 5 h before now, when the manual backup waits for the tape worker.
  const backup = demoKitByWorkflow.get('nightly-backup');
  if (!backup) throw new Error('no demo kit for nightly-backup');
  const nights = dealScenarios(prng, backup.scenarios, DEMO_SPAN_DAYS);
  for (let night = DEMO_SPAN_DAYS - 1; night >= 0; night--) {
    const startMs = startOfToday - night * DAY + 2 * HOUR + prng.int(0, 4000);
    if (startMs > nowMs - 5 * HOUR) continue;
    plans.push({ workflow: 'nightly-backup', scenario: nights[night], startMs });
  }
  // Billing for each cycle day; the 1st is month-end, with hundreds of accounts.
  for (let day = DEMO_SPAN_DAYS; day >= 1; day--) {
    const date = new Date(startOfToday - day * DAY);
    const dom = date.getUTCDate();
    if (![1, 8, 15, 22].includes(dom)) continue;
    plans.push({ workflow: 'monthly-billing', scenario: dom === 1 ? 'month-end' : 'cycle', startMs: date.getTime() + 5 * HOUR + prng.int(0, 3000) });
  }
  // Rarities, recent enough to be redriven (quotas.md §1: 14 days) unless said otherwise.
  plans.push({ workflow: 'monthly-billing', scenario: 'map-failure', startMs: nowMs - 3 * DAY - 7 * HOUR });
  plans.push({ workflow: 'monthly-billing', scenario: 'data-limit', startMs: nowMs - 30 * DAY - 5 * HOUR });
  plans.push({ workflow: 'nightly-backup', scenario: 'sync-failed', startMs: nowMs - 2 * DAY - 3 * HOUR });
  plans.push({ workflow: 'nightly-backup', scenario: 'aborted', startMs: nowMs - 11 * DAY - 3 * HOUR });
  // Failed, then redriven by an operator and finished (history-events.md §6).
  plans.push({ workflow: 'nightly-backup', scenario: 'tape-offline-redriven', startMs: nowMs - 6 * DAY - 3 * HOUR });
  plans.push({ workflow: 'order-processing', scenario: 'ship-failure-redriven', startMs: nowMs - 8 * DAY - 5 * HOUR });
  plans.push({ workflow: 'order-processing', scenario: 'approval-timeout', startMs: nowMs - 20 * DAY });
  plans.push({ workflow: 'order-processing', scenario: 'aborted', startMs: nowMs - 9 * DAY });
  plans.push({ workflow: 'order-processing', scenario: 'declined', startMs: nowMs - 1 * DAY - 4 * HOUR });
  plans.push({ workflow: 'invoice-pdf', scenario: 'data-limit', startMs: nowMs - 5 * DAY - 2 * HOUR });
  plans.push({ workflow: 'invoice-pdf', scenario: 'runtime', startMs: nowMs - 26 * DAY });
  plans.push({ workflow: 'booking-saga', scenario: 'shipment-failed', startMs: nowMs - 4 * DAY });
  plans.push({ workflow: 'user-onboarding', scenario: 'provision-timeout', startMs: nowMs - 2 * DAY });
  // Open at `now`: an approval nobody answered for days, a tape task no worker picked up, an export
  // that never finishes (thousands of events), and a billing Map waiting to retry declined cards.
  plans.push({ workflow: 'order-processing', scenario: 'waiting-approval', startMs: nowMs - 3 * DAY - 4 * HOUR });
  plans.push({ workflow: 'nightly-backup', scenario: 'activity-stuck', startMs: nowMs - 2 * HOUR - 35 * MINUTE });
  plans.push({ workflow: 'nightly-backup', scenario: 'loop-running', startMs: nowMs - 5 * HOUR - 10 * MINUTE });
  plans.push({ workflow: 'monthly-billing', scenario: 'dunning', startMs: nowMs - 25 * MINUTE });
  return plans.sort((a, b) => a.startMs - b.startMs);
}
