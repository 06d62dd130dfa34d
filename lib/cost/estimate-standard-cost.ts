import type { StandardRate } from './get-region-rates';
import { divideRounded, type PicoUsd } from './usd';

export type StandardCostEstimate = {
  transitions: number;
  /** Transitions the free tier covered here. */
  freeTransitions: number;
  billedTransitions: number;
  /** Before the free tier. */
  grossPicoUsd: PicoUsd;
  picoUsd: PicoUsd;
};

/**
 * Standard cost of `transitions` in one month (pricing.md §1): billed transitions × the region's price, after
 * the 4,000 free ones of the account and region. `freeTransitionsUsed` is what other usage of the same
 * account, region and month already took of the free tier, so the free tier is applied once.
 */
export function estimateStandardCost(rate: StandardRate, usage: { transitions: number; freeTransitionsUsed?: number }): StandardCostEstimate {
  const transitions = Math.max(0, Math.round(usage.transitions));
  const freeLeft = Math.max(0, rate.freeTransitionsPerMonth - (usage.freeTransitionsUsed ?? 0));
  const freeTransitions = Math.min(transitions, freeLeft);
  const billedTransitions = transitions - freeTransitions;
  return {
    transitions,
    freeTransitions,
    billedTransitions,
    grossPicoUsd: priceTransitions(rate, transitions),
    picoUsd: priceTransitions(rate, billedTransitions),
  };
}

function priceTransitions(rate: StandardRate, transitions: number): PicoUsd {
  const keep = BigInt(10_000 - rate.discountBasisPoints);
  return divideRounded(BigInt(transitions) * rate.picoUsdPer1kTransitions * keep, 1_000n * 10_000n);
}
