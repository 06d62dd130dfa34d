import { MB_MS_PER_GB_SECOND, type ExpressRate } from './get-region-rates';
import { divideRounded, type PicoUsd } from './usd';

export type ExpressCostEstimate = {
  requests: number;
  mbMs: number;
  gbSeconds: number;
  requestsPicoUsd: PicoUsd;
  durationPicoUsd: PicoUsd;
  picoUsd: PicoUsd;
  /** GB-seconds charged in each duration tier. */
  gbSecondsByTier: number[];
};

/** One GB-hour in MB-milliseconds: the denominator of every duration price. */
const MB_MS_PER_GB_HOUR = MB_MS_PER_GB_SECOND * 3_600n;

/**
 * Express cost in one month (pricing.md §2): $ per request plus duration × billed memory, priced by the
 * three GB-hour tiers. Usage is in MB-milliseconds (billed MB × billed ms, both already rounded up), exact
 * in integers. `priorMbMs` is the account's other Express usage in the same region and month: tiers apply
 * to the account's total, so this usage is priced from where that leaves off.
 */
export function estimateExpressCost(rate: ExpressRate, usage: { requests: number; mbMs: number; priorMbMs?: number }): ExpressCostEstimate {
  const requests = Math.max(0, Math.round(usage.requests));
  const mbMs = Math.max(0, Math.round(usage.mbMs));
  const keep = BigInt(10_000 - rate.discountBasisPoints);
  const requestsPicoUsd = divideRounded(BigInt(requests) * rate.picoUsdPerMillionRequests * keep, 1_000_000n * 10_000n);

  // Walk the tiers from where the account's other usage left off.
  let position = BigInt(Math.max(0, Math.round(usage.priorMbMs ?? 0)));
  let left = BigInt(mbMs);
  let lower = 0n;
  let numerator = 0n;
  const gbSecondsByTier: number[] = [];
  for (const tier of rate.durationTiers) {
    const start = position > lower ? position : lower;
    const room = tier.upToMbMs === null ? left : tier.upToMbMs > start ? tier.upToMbMs - start : 0n;
    const used = left < room ? left : room;
    numerator += used * tier.picoUsdPerGbHour;
    gbSecondsByTier.push(Number(used) / Number(MB_MS_PER_GB_SECOND));
    left -= used;
    position = start + used;
    if (tier.upToMbMs !== null) lower = tier.upToMbMs;
  }
  const durationPicoUsd = divideRounded(numerator * keep, MB_MS_PER_GB_HOUR * 10_000n);
  return {
    requests,
    mbMs,
    gbSeconds: mbMs / Number(MB_MS_PER_GB_SECOND),
    requestsPicoUsd,
    durationPicoUsd,
    picoUsd: requestsPicoUsd + durationPicoUsd,
    gbSecondsByTier,
  };
}
