import { describe, expect, it } from 'vitest';
import {
  LIST_PRICES,
  getBreakEven,
  getMonthlyCostReview,
  getRegionRates,
  toPriceTable,
  toUsdText,
  type Cost,
  type CostExecutionInput,
  type CostMachineInput,
  type CostUsageInput,
  type ExpressRate,
  type StandardRate,
} from '@/lib/cost';

const ACCOUNT = '111122223333';
const NOW = new Date('2026-03-31T12:00:00Z');
const usd = (cost: Cost, digits = 6) => (cost.known ? toUsdText(cost.picoUsd, digits) : `unknown: ${cost.reason}`);

let nextId = 1;
function machine(name: string, overrides: Partial<CostMachineInput> = {}): CostMachineInput {
  return {
    id: nextId++,
    arn: `arn:aws:states:us-east-1:${ACCOUNT}:stateMachine:${name}`,
    name,
    type: 'STANDARD',
    region: 'us-east-1',
    accountId: ACCOUNT,
    definition: JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }),
    definitionBytes: 1_000,
    ...overrides,
  };
}
function runs(of: CostMachineInput, count: number, overrides: Partial<CostExecutionInput> = {}, startDate = new Date('2026-02-10T08:00:00Z')): CostExecutionInput[] {
  return Array.from({ length: count }, () => ({
    id: nextId++,
    stateMachineId: of.id,
    startDate,
    status: 'SUCCEEDED',
    durationMs: 1_950,
    stateTransitions: 10,
    inputBytes: 2_000,
    outputBytes: 1_000,
    mapRunArn: null,
    definitionBytes: of.definitionBytes,
    mapIterations: 0,
    parallelEntries: [],
    taskSubmittedEvents: 0,
    activityEvents: 0,
    ...overrides,
  }));
}
const review = (input: CostUsageInput, month = '2026-02', prices = LIST_PRICES) => getMonthlyCostReview(input, { month, now: NOW, prices });
const byName = (result: ReturnType<typeof review>, name: string) => {
  const found = result.machines.find((row) => row.usage.machine.name === name);
  if (!found) throw new Error(`no row for ${name}`);
  return found;
};

describe('getMonthlyCostReview', () => {
  it('applies the 4,000 free transitions once to the account and region, shared by its machines', () => {
    const a = machine('a');
    const b = machine('b');
    const result = review({ machines: [a, b], executions: [...runs(a, 300), ...runs(b, 300)], metrics: [] });
    // 6,000 transitions − 4,000 free = 2,000 × $0.000025.
    expect(usd(result.scopes[0].standardCost)).toBe('0.050000');
    expect(usd(byName(result, 'a').grossCost)).toBe('0.075000');
    expect(usd(byName(result, 'a').cost)).toBe('0.025000');
    expect(usd(byName(result, 'b').cost)).toBe('0.025000');
    expect(toUsdText(result.total.picoUsd, 6)).toBe('0.050000');
    expect(result.total.complete).toBe(true);
  });

  it('gives each account and region, and each month, its own free tier', () => {
    const east = machine('east');
    const west = machine('west', { arn: `arn:aws:states:us-west-2:${ACCOUNT}:stateMachine:west`, region: 'us-west-2' });
    const input = {
      machines: [east, west],
      executions: [...runs(east, 300), ...runs(west, 300), ...runs(east, 300, {}, new Date('2026-03-02T00:00:00Z'))],
      metrics: [],
    };
    const february = review(input);
    expect(february.scopes.map((scope) => usd(scope.standardCost))).toEqual(['0.000000', '0.000000']);
    expect(usd(review(input, '2026-03').scopes[0].standardCost)).toBe('0.000000');
  });

  it('shows a machine without a counted history as unknown with the reason, never as free', () => {
    const counted = machine('counted');
    const blind = machine('blind');
    const result = review({ machines: [counted, blind], executions: [...runs(counted, 500), ...runs(blind, 20, { stateTransitions: null })], metrics: [] });
    const row = byName(result, 'blind');
    expect(row.cost).toEqual({ known: false, reason: 'No stored run has a complete history to count transitions from.' });
    expect(result.total.complete).toBe(false);
    expect(result.total.missing).toContain('blind: usage unknown');
    expect(usd(byName(result, 'counted').cost)).toBe('0.025000');
  });

  it('scales counted transitions to the runs CloudWatch saw when histories are sampled', () => {
    const sampled = machine('sampled');
    const metrics = Array.from({ length: 10 }, (_, hour) => ({ stateMachineId: sampled.id, metric: 'ExecutionsStarted', statistic: 'Sum', hourStart: new Date(Date.UTC(2026, 1, 10, hour)), value: 100 }));
    const result = review({ machines: [sampled], executions: runs(sampled, 50), metrics });
    const row = byName(result, 'sampled');
    expect(row.usage.executions).toBe(1_000);
    expect(row.usage.metricExecutions).toBe(1_000);
    expect(row.usage.transitions).toBe(10_000);
    expect(usd(row.cost)).toBe('0.150000');
    expect(row.usage.notes.join(' ')).toContain('50 of 1000 runs are stored');
  });

  it('bills Express from its billing metrics when CloudWatch has them, else from run durations and estimated memory', () => {
    const express = machine('fast', { type: 'EXPRESS' });
    const executions = runs(express, 1_000, { durationMs: 2_350 });
    const fromHistories = review({ machines: [express], executions, metrics: [] });
    // 1,000 × 2.4 s × 64 MB = 150 GB-s: $0.0025 + 1,000 requests $0.001.
    expect(byName(fromHistories, 'fast').usage.mbMsSource).toBe('histories');
    expect(usd(byName(fromHistories, 'fast').cost)).toBe('0.003500');

    const metrics = [
      { stateMachineId: express.id, metric: 'ExpressExecutionBilledDuration', statistic: 'Sum', hourStart: new Date('2026-02-10T08:00:00Z'), value: 3_000_000 },
      { stateMachineId: express.id, metric: 'ExpressExecutionBilledMemory', statistic: 'Average', hourStart: new Date('2026-02-10T08:00:00Z'), value: 128 },
    ];
    const fromMetrics = byName(review({ machines: [express], executions, metrics }), 'fast');
    expect(fromMetrics.usage.mbMsSource).toBe('metrics');
    // 3,000 s × 0.125 GB = 375 GB-s = $0.00625, plus $0.001 of requests.
    expect(usd(fromMetrics.cost)).toBe('0.007250');
  });

  it('charges each Map Run child’s start to the parent machine as one transition', () => {
    const parent = machine('parent');
    const child = machine('parent/fanout', { arn: `arn:aws:states:us-east-1:${ACCOUNT}:stateMachine:parent/fanout` });
    const mapRunArn = `arn:aws:states:us-east-1:${ACCOUNT}:mapRun:parent/fanout:0d3c5a1e`;
    const result = review({ machines: [parent, child], executions: [...runs(parent, 1, { stateTransitions: 3 }), ...runs(child, 1_000, { stateTransitions: 4, mapRunArn })], metrics: [] });
    expect(byName(result, 'parent').usage.childStarts).toBe(1_000);
    expect(byName(result, 'parent').usage.billableTransitions).toBe(1_003);
    // pricing.md §4 example 4 with Standard children: 5,003 transitions, 1,003 over the free tier.
    expect(result.scopes[0].standardTransitions).toBe(5_003);
    expect(usd(result.scopes[0].standardCost)).toBe('0.025075');
  });

  it('projects a busy short Standard machine to Express with its monthly saving and eligibility', () => {
    const busy = machine('busy');
    const result = review({ machines: [busy], executions: runs(busy, 100_000, { stateTransitions: 25 }), metrics: [] });
    const row = byName(result, 'busy');
    // 2,500,000 − 4,000 transitions = $62.40; as Express 100,000 × (2 s × 64 MB) = 12,500 GB-s = $0.208333 + $0.10.
    expect(usd(row.cost, 2)).toBe('62.40');
    expect(usd(row.otherCost)).toBe('0.308333');
    expect(usd(row.saving, 2)).toBe('62.09');
    expect(row.eligibility).toMatchObject({ to: 'EXPRESS', eligible: true });
    expect(row.eligibility.caveats.join(' ')).toContain('at least once');
    expect(row.breakEven).toMatchObject({ kind: 'volume', expressCheaperAbove: true });
  });

  it('rules out Express for runs over 5 minutes and for callback tasks, saying why', () => {
    const slow = machine('slow');
    const callback = machine('callback', {
      definition: JSON.stringify({ StartAt: 'W', States: { W: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', End: true } } }),
    });
    const result = review({ machines: [slow, callback], executions: [...runs(slow, 5, { durationMs: 6 * 60_000 }), ...runs(callback, 5)], metrics: [] });
    expect(byName(result, 'slow').eligibility.eligible).toBe(false);
    expect(byName(result, 'slow').eligibility.blockers[0]).toContain('6.0 min');
    expect(byName(result, 'callback').eligibility.blockers[0]).toContain('.waitForTaskToken');
  });

  it('prices a negotiated rate from the Setting row, and ignores a malformed one with a warning', () => {
    const a = machine('a');
    const input = { machines: [a], executions: runs(a, 1_000), metrics: [] };
    const negotiated = toPriceTable({ label: 'EDP 2026', discountPercent: 10, standard: { 'us-east-1': { usdPer1kTransitions: '0.0200' } } });
    expect(negotiated.warnings).toEqual([]);
    // 6,000 billed × $0.00002 × 0.9.
    expect(toUsdText(review(input, '2026-02', negotiated.value).total.picoUsd, 6)).toBe('0.108000');
    const broken = toPriceTable({ standard: { 'us-east-1': { usdPer1kTransitions: 0.02 } } });
    expect(broken.value).toBe(LIST_PRICES);
    expect(broken.warnings[0]).toContain('standard.us-east-1.usdPer1kTransitions');
  });

  it('forecasts the open month from its daily rate with a range around it', () => {
    const steady = machine('steady');
    const executions = Array.from({ length: 30 }, (_, day) => runs(steady, 1_000 + (day % 3) * 100, {}, new Date(Date.UTC(2026, 2, day + 1, 6)))).flat();
    const result = review({ machines: [steady], executions, metrics: [] }, '2026-03');
    const forecast = result.forecast;
    expect(forecast).not.toBeNull();
    if (!forecast) return;
    expect(forecast.monthToDatePicoUsd).toBe(result.total.picoUsd);
    expect(forecast.lowPicoUsd).toBeLessThanOrEqual(forecast.forecastPicoUsd);
    expect(forecast.highPicoUsd).toBeGreaterThanOrEqual(forecast.forecastPicoUsd);
    expect(forecast.lowPicoUsd).toBeGreaterThanOrEqual(forecast.monthToDatePicoUsd);
    expect(review({ machines: [steady], executions, metrics: [] }, '2026-02').forecast).toBeNull();
  });
});

describe('getBreakEven', () => {
  const rates = getRegionRates(LIST_PRICES, 'us-east-1');
  const standard = (rates.standard.known ? rates.standard.rate : null) as StandardRate;
  const express = (rates.express.known ? rates.express.rate : null) as ExpressRate;

  it('finds where pricing.md example 1’s workflow becomes cheaper on Express: 161 runs a month', () => {
    const breakEven = getBreakEven({ standard, express, transitionsPerExecution: 25.1, mbMsPerExecution: 2_400 * 64 });
    expect(breakEven).toEqual({ kind: 'volume', executionsPerMonth: 161, expressCheaperAbove: true });
  });

  it('has no break-even when a run costs more in Express duration than in transitions', () => {
    // 3 transitions ($0.000075) against 4.9 minutes at 128 MB ($0.00061).
    expect(getBreakEven({ standard, express, transitionsPerExecution: 3, mbMsPerExecution: 294_000 * 128 })).toMatchObject({ kind: 'none', cheaper: 'STANDARD' });
  });
});
