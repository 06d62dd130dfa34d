import { describe, expect, it } from 'vitest';
import {
  LIST_PRICES,
  estimateBilledMemoryMb,
  estimateExpressCost,
  estimateStandardCost,
  getBilledDurationMs,
  getRegionRates,
  toUsdText,
  type ExpressRate,
  type StandardRate,
} from '@/lib/cost';

function standardRate(region: string): StandardRate {
  const rates = getRegionRates(LIST_PRICES, region);
  if (!rates.standard.known) throw new Error(rates.standard.reason);
  return rates.standard.rate;
}
function expressRate(region = 'us-east-1'): ExpressRate {
  const rates = getRegionRates(LIST_PRICES, region);
  if (!rates.express.known) throw new Error(rates.express.reason);
  return rates.express.rate;
}
const cents = (picoUsd: bigint) => toUsdText(picoUsd, 2);
/** MB-milliseconds of `runs` executions of `billedMs` each at `memoryMb`. */
const mbMs = (runs: number, billedMs: number, memoryMb: number) => runs * billedMs * memoryMb;

describe('pricing.md §4 worked examples, to the cent', () => {
  it('example 1: one million Standard runs of 25.1 transitions cost $627.40 in us-east-1', () => {
    const transitionsPerRun = 1 + 1 + 1 + 1 + 10 * 2 + 1 + 0.1;
    const estimate = estimateStandardCost(standardRate('us-east-1'), { transitions: 1_000_000 * transitionsPerRun });
    expect(estimate.transitions).toBe(25_100_000);
    expect(estimate.billedTransitions).toBe(25_096_000);
    expect(cents(estimate.picoUsd)).toBe('627.40');
  });

  it('example 1 in Paris costs $745.35 and in São Paulo $941.10', () => {
    expect(cents(estimateStandardCost(standardRate('eu-west-3'), { transitions: 25_100_000 }).picoUsd)).toBe('745.35');
    expect(cents(estimateStandardCost(standardRate('sa-east-1'), { transitions: 25_100_000 }).picoUsd)).toBe('941.10');
  });

  it('example 2: the same workflow as Express bills 2.4 s at 64 MB and costs $3.50', () => {
    expect(getBilledDurationMs(2_350)).toBe(2_400);
    const memoryMb = estimateBilledMemoryMb({ definitionBytes: 20_000, payloadBytes: 8_000, parallelMapSteps: 10 });
    expect(memoryMb).toBe(64);
    const estimate = estimateExpressCost(expressRate(), { requests: 1_000_000, mbMs: mbMs(1_000_000, 2_400, memoryMb) });
    expect(estimate.gbSeconds).toBe(150_000);
    expect(cents(estimate.durationPicoUsd)).toBe('2.50');
    expect(cents(estimate.requestsPicoUsd)).toBe('1.00');
    expect(cents(estimate.picoUsd)).toBe('3.50');
  });

  it('example 3: 8,000,000 GB-s cross from the first into the second duration tier: $96.67 + $20.00 = $116.67', () => {
    const estimate = estimateExpressCost(expressRate(), { requests: 20_000_000, mbMs: mbMs(20_000_000, 3_200, 128) });
    expect(estimate.gbSeconds).toBe(8_000_000);
    expect(estimate.gbSecondsByTier).toEqual([3_600_000, 4_400_000, 0]);
    expect(cents(estimate.durationPicoUsd)).toBe('96.67');
    expect(cents(estimate.requestsPicoUsd)).toBe('20.00');
    expect(cents(estimate.picoUsd)).toBe('116.67');
  });

  it('AWS’s published example: 100 M runs × 10 s × 64 MB use all three tiers, $382.97 of duration', () => {
    const estimate = estimateExpressCost(expressRate(), { requests: 100_000_000, mbMs: mbMs(100_000_000, 10_000, 64) });
    expect(estimate.gbSeconds / 3_600).toBeCloseTo(17_361.11, 2);
    expect(estimate.gbSecondsByTier).toEqual([3_600_000, 14_400_000, 44_500_000]);
    expect(cents(estimate.durationPicoUsd)).toBe('382.97');
    expect(cents(estimate.picoUsd)).toBe('482.97');
  });

  it('AWS’s memory example: 50 MB + 50 KB + 32 KB × 400 map steps = 62.85 MB, billed as 64 MB', () => {
    expect(estimateBilledMemoryMb({ definitionBytes: 50_000, payloadBytes: 32_000, parallelMapSteps: 400 })).toBe(64);
    expect(estimateBilledMemoryMb({ definitionBytes: 50_000, payloadBytes: 32_000, parallelMapSteps: 500 })).toBe(128);
  });

  it('example 4: a Distributed Map of 1,000 Express children under a Standard parent costs about $0.06', () => {
    const parent = estimateStandardCost(standardRate('us-east-1'), { transitions: 3 + 1_000, freeTransitionsUsed: 4_000 });
    expect(toUsdText(parent.picoUsd, 6)).toBe('0.025075');
    const children = estimateExpressCost(expressRate(), { requests: 1_000, mbMs: mbMs(1_000, 30_000, 64) });
    expect(children.gbSeconds).toBe(1_875);
    expect(toUsdText(children.requestsPicoUsd, 6)).toBe('0.001000');
    expect(toUsdText(children.durationPicoUsd, 6)).toBe('0.031250');
    expect(cents(parent.picoUsd + children.picoUsd)).toBe('0.06');
    // Within the free tier the parent's 1,003 transitions cost nothing.
    expect(estimateStandardCost(standardRate('us-east-1'), { transitions: 1_003 }).picoUsd).toBe(0n);
  });

  it('example 4 with Standard children of 4 states: 5,003 transitions ≈ $0.125', () => {
    const estimate = estimateStandardCost(standardRate('us-east-1'), { transitions: 1_003 + 1_000 * 4, freeTransitionsUsed: 4_000 });
    expect(toUsdText(estimate.picoUsd, 6)).toBe('0.125075');
    expect(cents(estimate.picoUsd)).toBe('0.13');
  });
});

describe('prices as data', () => {
  it('has no Express price outside us-east-1, and says so instead of charging nothing', () => {
    const rates = getRegionRates(LIST_PRICES, 'eu-west-1');
    expect(rates.standard.known).toBe(true);
    expect(rates.express).toMatchObject({ known: false, reason: expect.stringContaining('No Express price for eu-west-1') });
    expect(getRegionRates(LIST_PRICES, 'me-central-1').standard.known).toBe(false);
  });

  it('names the source and date of each price', () => {
    const rate = standardRate('ap-east-1');
    expect(rate.source?.title).toContain('Price List');
    expect(standardRate('eu-west-3').source?.asOf).toBe('about 2019');
  });
});
