import {
  COST_PRICES_SETTING_KEY,
  getCostDrivers,
  getMonthlyCostReview,
  getMonthRange,
  isMonthKey,
  listMonthKeys,
  toMonthKey,
  toPriceTable,
  type CostDrivers,
  type MonthKey,
  type MonthlyCostReview,
} from '@/lib/cost';
import { detectStuckExecutions } from '@/lib/analysis';
import { findCostMonthRange, findCostSetting, getDb, listCostDriverSamples, listCostUsage } from '@/lib/db';
import { loadFindingInputs } from '../stuck/load-finding-inputs';
import { loadCostSignals } from './load-cost-signals';
import type { CostReviewData } from '../ui/costs/cost-review-data';

/** Months shown in the cost-by-month chart, ending with the month reviewed. */
export const CHART_MONTHS = 6;
/** Runs per state machine whose histories are read to find the cost drivers. */
const DRIVER_SAMPLE_PER_MACHINE = 50;

/** The month asked for in `?month=`, or the current one (UTC) when it is missing or malformed. */
export function toReviewMonth(value: unknown, now: Date): MonthKey {
  return typeof value === 'string' && isMonthKey(value) ? value : toMonthKey(now);
}

export async function loadCostReview(month: MonthKey, now: Date): Promise<CostReviewData> {
  const db = await getDb();
  const prices = toPriceTable(await findCostSetting(db, COST_PRICES_SETTING_KEY));
  const range = await findCostMonthRange(db);
  if (month === toMonthKey(now)) {
    // The open month: the run-rate forecast, anomalies (with the stuck loop behind one) and budgets.
    const stuck = async () => {
      const { thresholds, inputs } = await loadFindingInputs(db, now);
      return detectStuckExecutions(inputs, thresholds.value, now).value;
    };
    const signals = await loadCostSignals(db, now, stuck);
    return { month, prices: prices.value, priceWarnings: [...prices.warnings, ...signals.warnings.filter((warning) => !prices.warnings.includes(warning))], review: signals.review, months: listReviewMonths(range, now, month), anomalies: signals.anomalies, budgets: signals.budgets };
  }
  const { start, end } = getMonthRange(month);
  const usage = await listCostUsage(db, { from: start, to: end });
  const review = getMonthlyCostReview(usage, { month, now, prices: prices.value });
  return { month, prices: prices.value, priceWarnings: prices.warnings, review, months: listReviewMonths(range, now, month), anomalies: [], budgets: [] };
}

/**
 * The chart's months, oldest first, ending with the reviewed one: read apart from the review so that a busy
 * account's earlier months do not hold up the table.
 */
export async function loadCostHistory(loaded: Promise<CostReviewData>, now: Date): Promise<MonthlyCostReview[]> {
  const { month, prices, review } = await loaded;
  const earlier = listMonthKeys(month, CHART_MONTHS).slice(0, -1);
  const usage = await listCostUsage(await getDb(), { from: getMonthRange(earlier[0]).start, to: getMonthRange(month).start });
  return [...earlier.map((key) => getMonthlyCostReview(usage, { month: key, now, prices })), review];
}

export async function loadCostDrivers(loaded: Promise<CostReviewData>): Promise<CostDrivers> {
  const { review, prices, month } = await loaded;
  const { start, end } = getMonthRange(month);
  const samples = await listCostDriverSamples(await getDb(), { from: start, to: end, perMachine: DRIVER_SAMPLE_PER_MACHINE });
  return getCostDrivers(review, samples, prices);
}

function listReviewMonths(range: { first: Date | null; last: Date | null }, now: Date, current: MonthKey): MonthKey[] {
  const last = toMonthKey(range.last && range.last > now ? range.last : now);
  const first = range.first ? toMonthKey(range.first) : last;
  const months: MonthKey[] = [];
  for (let key = last; key >= first && months.length < 36; key = listMonthKeys(key, 2)[0]) months.push(key);
  if (!months.includes(current)) months.push(current);
  return months.sort().reverse();
}
