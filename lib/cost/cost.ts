import type { PicoUsd } from './usd';

/**
 * A cost that could be computed, or why not. Never zero for "don't know" (STYLE.md, Errors): an unknown
 * cost stays unknown through sums and the UI shows its reason.
 */
export type Cost = { known: true; picoUsd: PicoUsd } | { known: false; reason: string; incomplete?: true };

export const toKnownCost = (picoUsd: PicoUsd): Cost => ({ known: true, picoUsd });
export const toUnknownCost = (reason: string): Cost => ({ known: false, reason });
/** Unknown because only part of the history is stored: shown as "incomplete", never as a smaller cost. */
export const toIncompleteCost = (reason: string): Cost => ({ known: false, reason, incomplete: true });

/** a + b; unknown if either is, keeping the first reason. */
export function addCosts(a: Cost, b: Cost): Cost {
  if (!a.known) return a;
  if (!b.known) return b;
  return toKnownCost(a.picoUsd + b.picoUsd);
}

/** a − b; unknown if either is. */
export function subtractCosts(a: Cost, b: Cost): Cost {
  if (!a.known) return a;
  if (!b.known) return b;
  return toKnownCost(a.picoUsd - b.picoUsd);
}
