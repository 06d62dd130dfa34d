import { estimateExpressCost } from './estimate-express-cost';
import { estimateStandardCost } from './estimate-standard-cost';
import type { MachineTransitionWindows } from './detect-cost-anomalies';
import type { MachineMonthUsage } from './get-machine-month-usages';
import { getRegionRates } from './get-region-rates';
import { DAY_MS, getMonthRange, type MonthKey } from './month';
import type { PriceTable } from './price-table';
import type { PicoUsd } from './usd';

export type MonthForecast = {
  /** Days of the month gone by at `now` (fractional). */
  elapsedDays: number;
  daysInMonth: number;
  monthToDatePicoUsd: PicoUsd;
  forecastPicoUsd: PicoUsd;
  lowPicoUsd: PicoUsd;
  highPicoUsd: PicoUsd;
  /** How the range was made, for the UI. */
  method: string;
  /** Usage left out because its price is unknown (never counted as free). */
  missing: string[];
  /** Daily bill so far (list price of each day's usage, before the free tier), for the chart. */
  dailyGrossPicoUsd: PicoUsd[];
  /** The month's end at each rate alone: the month's average, the last 7 days and the last 24 hours. */
  atRate: { month: PicoUsd; last7Days: PicoUsd; last24Hours: PicoUsd };
  /** Set when the last 24 hours run well over the month's average: a runaway the average hides. */
  runRateJump: boolean;
  /** Per account and region, for budgets. */
  scopes: { scopeKey: string; accountId: string | null; region: string | null; monthToDatePicoUsd: PicoUsd; forecastPicoUsd: PicoUsd }[];
};

/** z for a two-sided 90 % range. */
const Z_90 = 1.645;

type Usage = { transitions: number; requests: number; mbMs: number };
type UsageKey = keyof Usage;
const USAGE_KEYS: UsageKey[] = ['transitions', 'requests', 'mbMs'];
/** The 24-hour rate must beat the month's by this much (and by a cent) to be called a jump. */
const RUN_RATE_JUMP_FACTOR = 1.25;
const ONE_CENT: PicoUsd = 10_000_000_000n;

/**
 * Month to date and a forecast to the month's end, per account and region: usage so far plus, for the days
 * left, the mean of three daily rates (the month's average, the last 7 days, the last 24 hours), so a
 * runaway that started yesterday moves the forecast at once. The range spans the lowest to the highest of
 * those rates, widened by a 90 % band from the spread of whole days (independent days assumed): when the
 * rates disagree the range says so. Priced with the free tier and tiers applied once. Standard transitions
 * of the recent windows come from `transitionWindows` (counted from history events, so a loop inside one
 * execution counts on the day it burns) when given, else from the runs' daily usage. Null for a month that
 * is over or not begun.
 */
export function forecastMonthCost(input: {
  month: MonthKey;
  now: Date;
  usages: MachineMonthUsage[];
  prices: PriceTable;
  transitionWindows?: readonly MachineTransitionWindows[];
}): MonthForecast | null {
  const { start, end, days } = getMonthRange(input.month);
  if (input.now <= start || input.now >= end) return null;
  const elapsedDays = (input.now.getTime() - start.getTime()) / DAY_MS;
  const wholeDays = Math.floor(elapsedDays);
  const remainingDays = days - elapsedDays;

  const scopes = new Map<string, { region: string | null; accountId: string | null; daily: Usage[] }>();
  for (const usage of input.usages) {
    if (usage.executions === 0) continue;
    const perRun = {
      transitions: usage.type === 'STANDARD' && usage.billableTransitions !== null ? usage.billableTransitions / usage.executions : 0,
      requests: usage.type === 'EXPRESS' ? 1 : 0,
      mbMs: usage.type === 'EXPRESS' && usage.mbMs !== null ? usage.mbMs / usage.executions : 0,
    };
    const scope = scopes.get(usage.scopeKey) ?? {
      region: usage.machine.region,
      accountId: usage.machine.accountId,
      daily: Array.from({ length: days }, () => ({ transitions: 0, requests: 0, mbMs: 0 })),
    };
    scopes.set(usage.scopeKey, scope);
    usage.dailyExecutions.forEach((runs, day) => {
      scope.daily[day].transitions += runs * perRun.transitions;
      scope.daily[day].requests += runs * perRun.requests;
      scope.daily[day].mbMs += runs * perRun.mbMs;
    });
  }

  // Measured transitions per scope: [last 24 h, mean of the last 7 days].
  const measured = new Map<string, { last24Hours: number; last7Days: number }>();
  for (const machine of input.transitionWindows ?? []) {
    const key = `${machine.accountId ?? 'unknown account'} · ${machine.region ?? 'unknown region'}`;
    const week = machine.windows.slice(0, 7);
    const entry = measured.get(key) ?? { last24Hours: 0, last7Days: 0 };
    entry.last24Hours += machine.windows[0] ?? 0;
    entry.last7Days += week.reduce((a, b) => a + b, 0) / Math.max(1, Math.min(7, elapsedDays));
    measured.set(key, entry);
  }

  let monthToDate = 0n;
  let forecast = 0n;
  let low = 0n;
  let high = 0n;
  const atRate = { month: 0n, last7Days: 0n, last24Hours: 0n };
  const scopeForecasts: MonthForecast['scopes'] = [];
  let spreadKnown = true;
  const missing: string[] = [];
  const dailyGross = new Array<bigint>(days).fill(0n);
  for (const [scopeKey, scope] of scopes) {
    const rates = scope.region ? getRegionRates(input.prices, scope.region) : null;
    const price = (usage: Usage): PicoUsd =>
      (rates?.standard.known ? estimateStandardCost(rates.standard.rate, { transitions: usage.transitions }).picoUsd : 0n) +
      (rates?.express.known ? estimateExpressCost(rates.express.rate, { requests: usage.requests, mbMs: usage.mbMs }).picoUsd : 0n);
    const gross = (usage: Usage): PicoUsd =>
      (rates?.standard.known ? estimateStandardCost(rates.standard.rate, { transitions: usage.transitions, freeTransitionsUsed: Infinity }).grossPicoUsd : 0n) +
      (rates?.express.known ? estimateExpressCost(rates.express.rate, { requests: usage.requests, mbMs: usage.mbMs }).picoUsd : 0n);
    scope.daily.forEach((usage, day) => (dailyGross[day] += day <= wholeDays ? gross(usage) : 0n));

    const soFar = sumUsage(scope.daily.slice(0, wholeDays + 1));
    if (soFar.transitions > 0 && !rates?.standard.known) missing.push(rates && !rates.standard.known ? rates.standard.reason : 'Standard usage in an unknown region.');
    if (soFar.requests > 0 && !rates?.express.known) missing.push(rates && !rates.express.known ? rates.express.reason : 'Express usage in an unknown region.');
    const whole = scope.daily.slice(0, wholeDays);
    const projected = { mid: { ...soFar }, low: { ...soFar }, high: { ...soFar }, month: { ...soFar }, last7Days: { ...soFar }, last24Hours: { ...soFar } };
    const recent = measured.get(scopeKey);
    for (const key of USAGE_KEYS) {
      const rates = {
        month: soFar[key] / elapsedDays,
        last7Days: key === 'transitions' && recent ? recent.last7Days : getRecentRate(scope.daily, key, elapsedDays, 7),
        last24Hours: key === 'transitions' && recent ? recent.last24Hours : getRecentRate(scope.daily, key, elapsedDays, 1),
      };
      const rate = (rates.month + rates.last7Days + rates.last24Hours) / 3;
      const sd = standardDeviation(whole.map((usage) => usage[key]));
      if (sd === null) spreadKnown = false;
      const spread = sd === null ? rate * remainingDays : Z_90 * sd * Math.sqrt(remainingDays);
      projected.mid[key] = soFar[key] + rate * remainingDays;
      projected.low[key] = Math.max(soFar[key], soFar[key] + Math.min(rates.month, rates.last7Days, rates.last24Hours) * remainingDays - spread);
      projected.high[key] = soFar[key] + Math.max(rates.month, rates.last7Days, rates.last24Hours) * remainingDays + spread;
      for (const name of ['month', 'last7Days', 'last24Hours'] as const) projected[name][key] = soFar[key] + rates[name] * remainingDays;
    }
    const scopeToDate = price(soFar);
    const scopeForecast = price(projected.mid);
    monthToDate += scopeToDate;
    forecast += scopeForecast;
    low += price(projected.low);
    high += price(projected.high);
    atRate.month += price(projected.month);
    atRate.last7Days += price(projected.last7Days);
    atRate.last24Hours += price(projected.last24Hours);
    scopeForecasts.push({ scopeKey, accountId: scope.accountId, region: scope.region, monthToDatePicoUsd: scopeToDate, forecastPicoUsd: scopeForecast });
  }
  const jumpOver = atRate.last24Hours - atRate.month;
  const runRateJump = jumpOver > ONE_CENT && Number(atRate.last24Hours - monthToDate) > RUN_RATE_JUMP_FACTOR * Number(atRate.month - monthToDate);
  return {
    elapsedDays,
    daysInMonth: days,
    monthToDatePicoUsd: monthToDate,
    forecastPicoUsd: forecast,
    lowPicoUsd: low,
    highPicoUsd: high,
    method: spreadKnown
      ? `Mean of three daily rates (the ${elapsedDays.toFixed(1)} days so far, the last 7 days, the last 24 hours) for the ${remainingDays.toFixed(1)} days left; the range runs from the lowest rate to the highest, ±1.645 σ√days (90 %) from the spread of whole days.`
      : `Mean of three daily rates (the ${elapsedDays.toFixed(1)} days so far, the last 7 days, the last 24 hours) for the ${remainingDays.toFixed(1)} days left; under two whole days of data, so the range runs from no further use to twice the rate.`,
    missing,
    dailyGrossPicoUsd: dailyGross,
    atRate,
    runRateJump,
    scopes: scopeForecasts,
  };
}

/**
 * Usage per day over the last `windowDays` before `elapsedDays` (fractional days since the month began),
 * from daily totals: whole days inside the window count fully, today's partial day fully (all of it lies
 * in the window), the day the window starts in by the share of it the window covers.
 */
function getRecentRate(daily: Usage[], key: UsageKey, elapsedDays: number, windowDays: number): number {
  const from = Math.max(0, elapsedDays - windowDays);
  const today = Math.floor(elapsedDays);
  let sum = 0;
  for (let day = Math.floor(from); day <= today && day < daily.length; day++) {
    const share = day === today ? 1 : Math.min(1, day + 1 - from);
    sum += daily[day][key] * share;
  }
  return sum / (elapsedDays - from);
}

function sumUsage(days: Usage[]): Usage {
  return days.reduce((sum, day) => ({ transitions: sum.transitions + day.transitions, requests: sum.requests + day.requests, mbMs: sum.mbMs + day.mbMs }), { transitions: 0, requests: 0, mbMs: 0 });
}

function standardDeviation(values: number[]): number | null {
  if (values.length < 2) return null;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1));
}
