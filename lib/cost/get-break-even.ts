import type { ExpressRate, StandardRate } from './get-region-rates';
import { MB_MS_PER_GB_SECOND } from './get-region-rates';
import { PICO_PER_USD } from './usd';

export type BreakEven =
  | { kind: 'volume'; executionsPerMonth: number; expressCheaperAbove: true }
  | { kind: 'none'; cheaper: 'STANDARD' | 'EXPRESS'; reason: string };

/**
 * The monthly execution count above which Express costs less than Standard for runs of this shape, the
 * machine alone in its account and region. Standard is free up to the free tier and then linear; Express is
 * linear with falling tier prices, so their difference is convex and crosses zero at most once.
 */
export function getBreakEven(input: {
  standard: StandardRate;
  express: ExpressRate;
  transitionsPerExecution: number;
  mbMsPerExecution: number;
}): BreakEven {
  const { standard, express, transitionsPerExecution: t, mbMsPerExecution: m } = input;
  const usd = (pico: bigint) => Number(pico) / Number(PICO_PER_USD);
  const keepS = 1 - standard.discountBasisPoints / 10_000;
  const keepE = 1 - express.discountBasisPoints / 10_000;
  const perTransition = (usd(standard.picoUsdPer1kTransitions) / 1_000) * keepS;
  const perRequest = (usd(express.picoUsdPerMillionRequests) / 1_000_000) * keepE;
  const mbMsPerGbHour = Number(MB_MS_PER_GB_SECOND) * 3_600;
  const tiers = express.durationTiers.map((tier) => ({ upTo: tier.upToMbMs === null ? Infinity : Number(tier.upToMbMs), perMbMs: (usd(tier.picoUsdPerGbHour) / mbMsPerGbHour) * keepE }));

  const standardCost = (n: number) => Math.max(0, n * t - standard.freeTransitionsPerMonth) * perTransition;
  const expressCost = (n: number) => {
    let left = n * m;
    let lower = 0;
    let duration = 0;
    for (const tier of tiers) {
      const used = Math.min(left, tier.upTo - lower);
      duration += used * tier.perMbMs;
      left -= used;
      lower = tier.upTo;
      if (left <= 0) break;
    }
    return n * perRequest + duration;
  };
  const diff = (n: number) => standardCost(n) - expressCost(n);

  // Breakpoints where either line changes slope.
  const points = [0, t > 0 ? standard.freeTransitionsPerMonth / t : Infinity, ...tiers.map((tier) => (m > 0 ? tier.upTo / m : Infinity))]
    .filter((n) => Number.isFinite(n))
    .sort((a, b) => a - b);
  for (let i = 0; i < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    const slope = to === undefined ? diff(from + 1) - diff(from) : (diff(to) - diff(from)) / (to - from || 1);
    const startValue = diff(from);
    if (startValue <= 0 && slope > 0) {
      const crossing = from + -startValue / slope;
      if (to === undefined || crossing <= to) {
        if (crossing <= 0) continue;
        return { kind: 'volume', executionsPerMonth: Math.ceil(crossing), expressCheaperAbove: true };
      }
    }
  }
  const finalSlope = t * perTransition - (perRequest + m * tiers[tiers.length - 1].perMbMs);
  return finalSlope > 0
    ? { kind: 'none', cheaper: 'EXPRESS', reason: 'Express costs less at every volume.' }
    : { kind: 'none', cheaper: 'STANDARD', reason: 'Standard costs less at every volume: a run costs more in Express requests and duration than in transitions.' };
}
