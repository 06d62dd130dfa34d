import { describe, expect, it } from 'vitest';
import {
  detectCostAnomalies,
  getBudgetForecasts,
  getMonthlyCostReview,
  LIST_PRICES,
  toUsdText,
  type CostExecutionInput,
  type CostMachineInput,
  type MachineTransitionWindows,
} from '@/lib/cost';

const ACCOUNT = '111122223333';
const DAY = 86_400_000;
const MONTH_START = Date.UTC(2026, 2, 1);
/** 14.5 days into March's 31. */
const NOW = new Date(MONTH_START + 14.5 * DAY);

const machine: CostMachineInput = {
  id: 1,
  arn: `arn:aws:states:us-east-1:${ACCOUNT}:stateMachine:exporter`,
  name: 'exporter',
  type: 'STANDARD',
  region: 'us-east-1',
  accountId: ACCOUNT,
  definition: JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }),
  definitionBytes: 100,
};

let nextId = 1;
/** `perDay[d]` runs of 1,000 transitions on day d, started at its first hour (today's only if it has begun). */
function runsByDay(perDay: number[]): CostExecutionInput[] {
  return perDay.flatMap((count, day) =>
    Array.from({ length: count }, () => ({
      id: nextId++,
      stateMachineId: machine.id,
      startDate: new Date(MONTH_START + day * DAY + 3_600_000),
      status: 'SUCCEEDED',
      durationMs: 1_000,
      stateTransitions: 1_000,
      inputBytes: 10,
      outputBytes: 10,
      mapRunArn: null,
      definitionBytes: 100,
      mapIterations: 0,
      parallelEntries: [],
      taskSubmittedEvents: 0,
      activityEvents: 0,
    })),
  );
}

const forecastOf = (perDay: number[], transitionWindows?: MachineTransitionWindows[]) => {
  const review = getMonthlyCostReview({ machines: [machine], executions: runsByDay(perDay), metrics: [] }, { month: '2026-03', now: NOW, prices: LIST_PRICES, transitionWindows });
  if (!review.forecast) throw new Error('no forecast for an open month');
  return { review, forecast: review.forecast };
};
const usd = (amount: bigint) => toUsdText(amount, 4);
/** 10 runs a day for the 14 whole days, 5 in today's first half. */
const STEADY = [...new Array<number>(14).fill(10), 5];

describe('the month forecast at its run rate', () => {
  it.each([
    {
      name: 'a steady month: every rate agrees, so the forecast is the average and the range has no width',
      perDay: STEADY,
      windows: undefined,
      // 145,000 transitions so far + 10,000 a day × 16.5 days, less the 4,000 free, at $0.025 per 1,000.
      expected: { forecast: '7.6500', low: '7.6500', high: '7.6500', last24Hours: '7.6500', jump: false },
    },
    {
      name: 'a runaway loop since yesterday (1.5 transitions a second, counted from its events): the forecast rises at once and the range reaches its rate',
      perDay: STEADY,
      windows: [{ stateMachineArn: machine.arn, stateMachineName: 'exporter', accountId: ACCOUNT, region: 'us-east-1', windows: [10_000 + 129_600, ...new Array<number>(7).fill(10_000)] }],
      // Rates 10,000, 28,514.3 (199,600 over 7 days) and 139,600 a day: 145,000 + their mean × 16.5 days, less the
      // 4,000 free, is 1,120,628.6 transitions; the highest rate gives the top of the range (2,444,400).
      expected: { forecast: '28.0157', low: '7.6500', high: '61.1100', last24Hours: '61.1100', jump: true },
    },
    {
      name: 'a quiet last day: the range opens down to no further use, the forecast dips, no jump',
      perDay: [...new Array<number>(13).fill(10), 0, 0],
      windows: undefined,
      // Rates 8,965.5 (month), 7,857.1 (7 days), 0 (24 h); the 90 % band of the whole days (σ 2,672.6) is ±17,858.
      expected: { forecast: '5.4631', low: '3.1500', high: '7.2947', last24Hours: '3.1500', jump: false },
    },
  ])('$name', ({ perDay, windows, expected }) => {
    const { forecast } = forecastOf(perDay, windows);
    expect({
      forecast: usd(forecast.forecastPicoUsd),
      low: usd(forecast.lowPicoUsd),
      high: usd(forecast.highPicoUsd),
      last24Hours: usd(forecast.atRate.last24Hours),
      jump: forecast.runRateJump,
    }).toEqual(expected);
    expect(forecast.lowPicoUsd).toBeLessThanOrEqual(forecast.forecastPicoUsd);
    expect(forecast.highPicoUsd).toBeGreaterThanOrEqual(forecast.forecastPicoUsd);
  });

  it('compares budgets per account and per machine with the forecast', () => {
    const { review } = forecastOf(STEADY);
    const { value, warnings } = getBudgetForecasts(review, [
      { scope: 'account', subject: ACCOUNT, usdPerMonth: '5' },
      { scope: 'state-machine', subject: machine.arn, usdPerMonth: '10.00' },
      { scope: 'account', subject: '999999999999', usdPerMonth: 'ten' },
    ]);
    expect(warnings).toEqual(['Budget for 999999999999 ("ten") is not an amount in US dollars; left out.']);
    expect(value.map((budget) => [budget.subjectName, budget.forecastPicoUsd === null ? null : usd(budget.forecastPicoUsd), budget.usedPercent])).toEqual([
      ['account 111122223333', '7.6500', 153],
      // Its cost so far ($3.525 after the free tier) over 14.5 days, scaled to 31.
      ['exporter', '7.5362', 75.4],
    ]);
  });
});

describe('cost anomalies', () => {
  const windows = (last: number, trailing: number): MachineTransitionWindows => ({ stateMachineArn: machine.arn, stateMachineName: 'exporter', accountId: ACCOUNT, region: 'us-east-1', windows: [last, ...new Array<number>(7).fill(trailing)] });
  it.each([
    { name: 'a loop jumping over the trailing rate', input: windows(139_600, 10_000), flagged: true },
    { name: 'a machine that starts from nothing', input: windows(1_500, 0), flagged: true },
    { name: 'a steady machine', input: windows(10_500, 10_000), flagged: false },
    { name: 'a jump too small to cost anything', input: windows(900, 100), flagged: false },
  ])('$name', ({ input, flagged }) => {
    expect(detectCostAnomalies([input]).length).toBe(flagged ? 1 : 0);
  });
});
