import { estimateExpressCost } from './estimate-express-cost';
import { estimateStandardCost } from './estimate-standard-cost';
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
};

/** z for a two-sided 90 % range. */
const Z_90 = 1.645;

type Usage = { transitions: number; requests: number; mbMs: number };

/**
 * Month to date and a forecast to the month's end, per account and region: usage so far plus the daily
 * rate for the days left, with a 90 % range from the spread of whole days (independent days assumed), then
 * priced with the free tier and tiers applied once. Null for a month that is over or not begun.
 */
export function forecastMonthCost(input: { month: MonthKey; now: Date; usages: MachineMonthUsage[]; prices: PriceTable }): MonthForecast | null {
  const { start, end, days } = getMonthRange(input.month);
  if (input.now <= start || input.now >= end) return null;
  const elapsedDays = (input.now.getTime() - start.getTime()) / DAY_MS;
  const wholeDays = Math.floor(elapsedDays);
  const remainingDays = days - elapsedDays;

  const scopes = new Map<string, { region: string | null; daily: Usage[] }>();
  for (const usage of input.usages) {
    if (usage.executions === 0) continue;
    const perRun = {
      transitions: usage.type === 'STANDARD' && usage.billableTransitions !== null ? usage.billableTransitions / usage.executions : 0,
      requests: usage.type === 'EXPRESS' ? 1 : 0,
      mbMs: usage.type === 'EXPRESS' && usage.mbMs !== null ? usage.mbMs / usage.executions : 0,
    };
    const scope = scopes.get(usage.scopeKey) ?? { region: usage.machine.region, daily: Array.from({ length: days }, () => ({ transitions: 0, requests: 0, mbMs: 0 })) };
    scopes.set(usage.scopeKey, scope);
    usage.dailyExecutions.forEach((runs, day) => {
      scope.daily[day].transitions += runs * perRun.transitions;
      scope.daily[day].requests += runs * perRun.requests;
      scope.daily[day].mbMs += runs * perRun.mbMs;
    });
  }

  let monthToDate = 0n;
  let forecast = 0n;
  let low = 0n;
  let high = 0n;
  let spreadKnown = true;
  const missing: string[] = [];
  const dailyGross = new Array<bigint>(days).fill(0n);
  for (const scope of scopes.values()) {
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
    const projected = { mid: { ...soFar }, low: { ...soFar }, high: { ...soFar } };
    for (const key of ['transitions', 'requests', 'mbMs'] as const) {
      const rate = soFar[key] / elapsedDays;
      const mid = soFar[key] + rate * remainingDays;
      const sd = standardDeviation(whole.map((usage) => usage[key]));
      if (sd === null) spreadKnown = false;
      const spread = sd === null ? rate * remainingDays : Z_90 * sd * Math.sqrt(remainingDays);
      projected.mid[key] = mid;
      projected.low[key] = Math.max(soFar[key], mid - spread);
      projected.high[key] = mid + spread;
    }
    monthToDate += price(soFar);
    forecast += price(projected.mid);
    low += price(projected.low);
    high += price(projected.high);
  }
  return {
    elapsedDays,
    daysInMonth: days,
    monthToDatePicoUsd: monthToDate,
    forecastPicoUsd: forecast,
    lowPicoUsd: low,
    highPicoUsd: high,
    method: spreadKnown
      ? `Daily rate of the ${elapsedDays.toFixed(1)} days so far for the ${remainingDays.toFixed(1)} days left; range ±1.645 σ√days (90 %) from the spread of whole days.`
      : `Daily rate of the ${elapsedDays.toFixed(1)} days so far for the ${remainingDays.toFixed(1)} days left; under two whole days of data, so the range runs from no further use to twice the rate.`,
    missing,
    dailyGrossPicoUsd: dailyGross,
  };
}

function sumUsage(days: Usage[]): Usage {
  return days.reduce((sum, day) => ({ transitions: sum.transitions + day.transitions, requests: sum.requests + day.requests, mbMs: sum.mbMs + day.mbMs }), { transitions: 0, requests: 0, mbMs: 0 });
}

function standardDeviation(values: number[]): number | null {
  if (values.length < 2) return null;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1));
}
