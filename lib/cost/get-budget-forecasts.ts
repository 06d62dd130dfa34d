import type { MonthlyCostReview } from './get-monthly-cost-review';
import { divideRounded, parseUsd, type PicoUsd } from './usd';

export type BudgetInput = { scope: 'account' | 'state-machine'; subject: string; usdPerMonth: string };

/** A budget and the month's forecast against it. */
export type BudgetForecast = {
  scope: 'account' | 'state-machine';
  /** Account id or state machine ARN. */
  subject: string;
  subjectName: string;
  accountId: string | null;
  stateMachineArn: string | null;
  budgetPicoUsd: PicoUsd;
  monthToDatePicoUsd: PicoUsd;
  /** Null when the month is not open or the subject has no usage this month. */
  forecastPicoUsd: PicoUsd | null;
  /** forecast ÷ budget in %, one decimal. */
  usedPercent: number | null;
  method: string;
};

/**
 * Each budget against the open month's forecast: an account's is the forecast of its regions together; a
 * state machine's is its cost so far scaled to the whole month (its own daily average), since the
 * month's run-rate forecast is made per account and region.
 */
export function getBudgetForecasts(review: MonthlyCostReview, budgets: readonly BudgetInput[]): { value: BudgetForecast[]; warnings: string[] } {
  const warnings: string[] = [];
  const value: BudgetForecast[] = [];
  const forecast = review.forecast;
  for (const budget of budgets) {
    let budgetPicoUsd: PicoUsd;
    try {
      budgetPicoUsd = parseUsd(budget.usdPerMonth);
    } catch {
      warnings.push(`Budget for ${budget.subject} ("${budget.usdPerMonth}") is not an amount in US dollars; left out.`);
      continue;
    }
    if (budget.scope === 'account') {
      const scopes = forecast?.scopes.filter((scope) => scope.accountId === budget.subject) ?? [];
      const toDate = scopes.reduce((sum, scope) => sum + scope.monthToDatePicoUsd, 0n);
      const projected = scopes.length ? scopes.reduce((sum, scope) => sum + scope.forecastPicoUsd, 0n) : null;
      value.push({
        scope: 'account',
        subject: budget.subject,
        subjectName: `account ${budget.subject}`,
        accountId: budget.subject,
        stateMachineArn: null,
        budgetPicoUsd,
        monthToDatePicoUsd: toDate,
        forecastPicoUsd: projected,
        usedPercent: toPercent(projected, budgetPicoUsd),
        method: 'The run-rate forecast of the account’s regions together.',
      });
      continue;
    }
    const machine = review.machines.find((row) => row.usage.machine.arn === budget.subject);
    const toDate = machine?.cost.known ? machine.cost.picoUsd : 0n;
    let projected: PicoUsd | null = null;
    if (machine?.cost.known && forecast) projected = divideRounded(toDate * BigInt(Math.round(forecast.daysInMonth * 1_000)), BigInt(Math.max(1, Math.round(forecast.elapsedDays * 1_000))));
    value.push({
      scope: 'state-machine',
      subject: budget.subject,
      subjectName: machine?.usage.machine.name ?? budget.subject.split(':').at(-1) ?? budget.subject,
      accountId: machine?.usage.machine.accountId ?? null,
      stateMachineArn: budget.subject,
      budgetPicoUsd,
      monthToDatePicoUsd: toDate,
      forecastPicoUsd: projected,
      usedPercent: toPercent(projected, budgetPicoUsd),
      method: forecast ? `Its cost so far over ${forecast.elapsedDays.toFixed(1)} days, scaled to the ${forecast.daysInMonth} days of ${review.month}.` : `${review.month} is not open: there is nothing to forecast.`,
    });
  }
  return { value, warnings };
}

function toPercent(amount: PicoUsd | null, budget: PicoUsd): number | null {
  if (amount === null || budget <= 0n) return null;
  return Number(divideRounded(amount * 1_000n, budget)) / 10;
}
