import type { StuckFinding } from '@/lib/analysis';
import {
  COST_PRICES_SETTING_KEY,
  detectCostAnomalies,
  getBudgetForecasts,
  getMonthlyCostReview,
  getMonthRange,
  toMonthKey,
  toPriceTable,
  type BudgetForecast,
  type CostAnomaly,
  type MonthlyCostReview,
} from '@/lib/cost';
import { findCostSetting, listCostBudgets, listCostUsage, listMachineTransitionWindows, type Db } from '@/lib/db';

/** A 24-hour window and the seven before it: what anomalies and the run-rate forecast compare. */
const TRANSITION_WINDOW_DAYS = 8;

/** A machine whose transitions jumped, with the stuck loop behind it when there is one. */
export type CostAnomalyView = CostAnomaly & { loop: { executionName: string; href: string } | null };

export type CostSignals = { review: MonthlyCostReview; anomalies: CostAnomalyView[]; budgets: BudgetForecast[]; warnings: string[] };

/**
 * The current month's review with its run-rate forecast (transitions counted from history events), the
 * machines whose last 24 hours jumped over their trailing rate, and each budget against the forecast.
 * `stuck` is read only when there is an anomaly to explain.
 */
export async function loadCostSignals(db: Db, now: Date, stuck: () => Promise<StuckFinding[]>): Promise<CostSignals> {
  const month = toMonthKey(now);
  const { start, end } = getMonthRange(month);
  const [prices, usage, windows, budgetRows] = await Promise.all([
    findCostSetting(db, COST_PRICES_SETTING_KEY).then((setting) => toPriceTable(setting)),
    listCostUsage(db, { from: start, to: end }),
    listMachineTransitionWindows(db, { now, days: TRANSITION_WINDOW_DAYS }),
    listCostBudgets(db),
  ]);
  const review = getMonthlyCostReview(usage, { month, now, prices: prices.value, transitionWindows: windows });
  const detected = detectCostAnomalies(windows);
  const loops = detected.length ? (await stuck()).filter((finding) => finding.rule === 'loop') : [];
  const anomalies = detected.map((anomaly) => {
    const loop = loops.find((finding) => finding.stateMachineArn === anomaly.stateMachineArn);
    return { ...anomaly, loop: loop ? { executionName: loop.executionName, href: loop.replayHref } : null };
  });
  const budgets = getBudgetForecasts(review, budgetRows);
  return { review, anomalies, budgets: budgets.value, warnings: [...prices.warnings, ...budgets.warnings] };
}
