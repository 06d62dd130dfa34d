import {
  CAUSE_RULES_VERSION,
  detectFindings,
  FINDING_THRESHOLDS_SETTING,
  getFailureParts,
  toFindingThresholds,
} from '@/lib/analysis';
import {
  COST_PRICES_SETTING_KEY,
  detectCostAnomalies,
  getBudgetForecasts,
  getMonthlyCostReview,
  getMonthRange,
  toMonthKey,
  toPriceTable,
  type MonthlyCostReview,
} from '@/lib/cost';
import {
  findCostSetting,
  findSetting,
  listAlertMutes,
  listCostBudgets,
  listCostUsage,
  listFailureGroups,
  listFindingInputs,
  listMachineOutcomes,
  listMachineTransitionWindows,
  refreshFailureKeys,
  type Db,
} from '@/lib/db';
import { FAILURE_RATE_WINDOW_MS, type AlertSignals } from './evaluate-alert-rules';

/** Days of 24-hour transition windows read: the last day and seven trailing ones. */
export const TRANSITION_WINDOW_DAYS = 8;
/** Failure groups read per evaluation: far more than any page shows. */
const MAX_FAILURE_GROUPS = 10_000;

/**
 * Everything the rules evaluate, from the same detectors the pages use: stuck runs and quota risks
 * (detectFindings with the saved thresholds), failure groups, failure rates, the month's cost review with
 * its run-rate forecast, anomalies and budgets. `needs` skips reads no enabled rule uses.
 */
export async function loadAlertSignals(
  db: Db,
  now: Date,
  needs: { findings: boolean; failures: boolean; outcomes: boolean; costs: boolean } = { findings: true, failures: true, outcomes: true, costs: true },
): Promise<{ signals: AlertSignals; warnings: string[]; review: MonthlyCostReview | null }> {
  const warnings: string[] = [];
  const signals: AlertSignals = { stuck: [], risks: [], failureGroups: [], outcomes: [], anomalies: [], budgets: [], sources: [], mutes: await listAlertMutes(db) };

  if (needs.findings || needs.costs) {
    const thresholds = toFindingThresholds(await findSetting(db, FINDING_THRESHOLDS_SETTING));
    const inputs = await listFindingInputs(db, { now });
    const findings = detectFindings(inputs, thresholds.value, now);
    signals.stuck = findings.stuck;
    signals.risks = findings.risks;
    signals.sources = inputs.sources.map((source) => ({ name: source.name, accountId: source.accountId, region: source.region }));
    warnings.push(...thresholds.warnings, ...findings.warnings);
  }
  if (needs.failures) {
    await refreshFailureKeys(db, { rulesVersion: CAUSE_RULES_VERSION, derive: getFailureParts });
    signals.failureGroups = (await listFailureGroups(db, {}, { limit: MAX_FAILURE_GROUPS, offset: 0 })).groups;
  }
  if (needs.outcomes) signals.outcomes = await listMachineOutcomes(db, new Date(now.getTime() - FAILURE_RATE_WINDOW_MS));

  let review: MonthlyCostReview | null = null;
  if (needs.costs) {
    const month = toMonthKey(now);
    const { start, end } = getMonthRange(month);
    const [prices, usage, windows, budgets] = await Promise.all([
      findCostSetting(db, COST_PRICES_SETTING_KEY).then(toPriceTable),
      listCostUsage(db, { from: start, to: end }),
      listMachineTransitionWindows(db, { now, days: TRANSITION_WINDOW_DAYS }),
      listCostBudgets(db),
    ]);
    warnings.push(...prices.warnings);
    review = getMonthlyCostReview(usage, { month, now, prices: prices.value, transitionWindows: windows });
    // Anomalies at the lowest factor a rule may use: each rule applies its own threshold.
    signals.anomalies = detectCostAnomalies(windows, 1.1);
    const forecasts = getBudgetForecasts(review, budgets);
    signals.budgets = forecasts.value;
    warnings.push(...forecasts.warnings);
  }
  return { signals, warnings, review };
}
