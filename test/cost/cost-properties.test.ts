import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LIST_PRICES,
  estimateExpressCost,
  estimateStandardCost,
  getMonthlyCostReview,
  getRegionRates,
  type CostExecutionInput,
  type CostMachineInput,
  type ExpressRate,
  type StandardRate,
} from '@/lib/cost';

const REGIONS = Object.keys(LIST_PRICES.standard);
const standardRate = (region: string) => {
  const rates = getRegionRates(LIST_PRICES, region);
  return (rates.standard.known ? rates.standard.rate : null) as StandardRate;
};
const express = (() => {
  const rates = getRegionRates(LIST_PRICES, 'us-east-1');
  return (rates.express.known ? rates.express.rate : null) as ExpressRate;
})();
/** Up to ~30 billion GB-s of MB-ms: well past the last tier. */
const mbMs = fc.integer({ min: 0, max: 2 ** 52 });

describe('cost properties', () => {
  it('Standard cost never decreases as transitions grow, in any region, whatever the free tier left', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REGIONS), fc.nat(10 ** 9), fc.nat(10 ** 6), fc.nat(5_000), (region, transitions, more, freeUsed) => {
        const rate = standardRate(region);
        const before = estimateStandardCost(rate, { transitions, freeTransitionsUsed: freeUsed }).picoUsd;
        const after = estimateStandardCost(rate, { transitions: transitions + more, freeTransitionsUsed: freeUsed }).picoUsd;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('Express cost never decreases as requests or duration grow', () => {
    fc.assert(
      fc.property(fc.nat(10 ** 9), fc.nat(10 ** 6), mbMs, mbMs, (requests, moreRequests, usage, moreUsage) => {
        const before = estimateExpressCost(express, { requests, mbMs: usage }).picoUsd;
        expect(estimateExpressCost(express, { requests: requests + moreRequests, mbMs: usage }).picoUsd).toBeGreaterThanOrEqual(before);
        expect(estimateExpressCost(express, { requests, mbMs: usage + moreUsage }).picoUsd).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('prices Express usage split in two like the whole: the tiers apply once to the month', () => {
    fc.assert(
      fc.property(mbMs, mbMs, (first, second) => {
        const whole = estimateExpressCost(express, { requests: 0, mbMs: first + second }).durationPicoUsd;
        const split = estimateExpressCost(express, { requests: 0, mbMs: first }).durationPicoUsd + estimateExpressCost(express, { requests: 0, mbMs: second, priorMbMs: first }).durationPicoUsd;
        // Each part rounds to the picodollar once.
        expect(Number(whole - split)).toBeGreaterThanOrEqual(-1);
        expect(Number(whole - split)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('applies the free tier once per month per account and region, however the transitions are spread over machines', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REGIONS),
        fc.array(fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 5 }),
        (region, machinesRuns) => {
          let id = 1;
          const machines: CostMachineInput[] = machinesRuns.map((_, i) => ({ id: id++, arn: `arn:aws:states:${region}:111122223333:stateMachine:m${i}`, name: `m${i}`, type: 'STANDARD', region, accountId: '111122223333', definition: null, definitionBytes: null }));
          const executions: CostExecutionInput[] = machinesRuns.flatMap((transitions, i) =>
            transitions.map((count) => ({ id: id++, stateMachineId: machines[i].id, startDate: new Date('2026-02-10T00:00:00Z'), status: 'SUCCEEDED', durationMs: 1_000, stateTransitions: count, inputBytes: 10, outputBytes: 10, mapRunArn: null, definitionBytes: null, mapIterations: 0, parallelEntries: [], taskSubmittedEvents: 0, activityEvents: 0 })),
          );
          const review = getMonthlyCostReview({ machines, executions, metrics: [] }, { month: '2026-02', now: new Date('2026-04-01T00:00:00Z'), prices: LIST_PRICES });
          const total = machinesRuns.flat().reduce((a, b) => a + b, 0);
          const expected = estimateStandardCost(standardRate(region), { transitions: Math.max(0, total - 4_000), freeTransitionsUsed: Infinity }).grossPicoUsd;
          expect(review.total.picoUsd).toBe(expected);
          const shares = review.machines.reduce((sum, row) => sum + (row.cost.known ? row.cost.picoUsd : 0n), 0n);
          expect(shares).toBe(expected);
          expect(review.machines.every((row) => row.cost.known && row.cost.picoUsd >= 0n)).toBe(true);
        },
      ),
    );
  });

  it('never lowers the month’s bill when a machine runs more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: 1, max: 3_000 }), fc.integer({ min: 1, max: 60 }), (base, extra, transitions) => {
        const machine: CostMachineInput = { id: 1, arn: 'arn:aws:states:us-east-1:111122223333:stateMachine:m', name: 'm', type: 'STANDARD', region: 'us-east-1', accountId: '111122223333', definition: null, definitionBytes: null };
        const run = (id: number): CostExecutionInput => ({ id, stateMachineId: 1, startDate: new Date('2026-02-10T00:00:00Z'), status: 'SUCCEEDED', durationMs: 1_000, stateTransitions: transitions, inputBytes: 10, outputBytes: 10, mapRunArn: null, definitionBytes: null, mapIterations: 0, parallelEntries: [], taskSubmittedEvents: 0, activityEvents: 0 });
        const bill = (count: number) =>
          getMonthlyCostReview({ machines: [machine], executions: Array.from({ length: count }, (_, i) => run(i + 2)), metrics: [] }, { month: '2026-02', now: new Date('2026-04-01T00:00:00Z'), prices: LIST_PRICES }).total.picoUsd;
        expect(bill(base + extra)).toBeGreaterThanOrEqual(bill(base));
      }),
      { numRuns: 40 },
    );
  });
});
