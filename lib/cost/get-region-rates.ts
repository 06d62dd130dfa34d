import type { PriceSource, PriceTable } from './price-table';
import { parseUsd, type PicoUsd } from './usd';

export type StandardRate = {
  region: string;
  picoUsdPer1kTransitions: PicoUsd;
  freeTransitionsPerMonth: number;
  discountBasisPoints: number;
  source: PriceSource | null;
};

export type ExpressRate = {
  region: string;
  picoUsdPerMillionRequests: PicoUsd;
  /** Tier bounds in MB-milliseconds (GB-seconds × 1,024 × 1,000), the unit usage is summed in. */
  durationTiers: { upToMbMs: bigint | null; picoUsdPerGbHour: PicoUsd }[];
  discountBasisPoints: number;
  source: PriceSource | null;
};

export type Rate<T> = { known: true; rate: T } | { known: false; reason: string };
export type RegionRates = { region: string; standard: Rate<StandardRate>; express: Rate<ExpressRate> };

export const MB_MS_PER_GB_SECOND = 1_024n * 1_000n;

/** The prices of one region, parsed for exact arithmetic; a region the table lacks is unknown, not free. */
export function getRegionRates(table: PriceTable, region: string): RegionRates {
  const sourceOf = (id: string) => table.sources.find((source) => source.id === id) ?? null;
  const standardPrice = table.standard[region];
  const expressPrice = table.express[region];
  const missing = (type: string) =>
    `No ${type} price for ${region} in ${table.label}; add the region's price as a negotiated rate (Setting cost.prices).`;
  return {
    region,
    standard: standardPrice
      ? {
          known: true,
          rate: {
            region,
            picoUsdPer1kTransitions: parseUsd(standardPrice.usdPer1kTransitions),
            freeTransitionsPerMonth: table.freeTransitionsPerMonth,
            discountBasisPoints: table.discountBasisPoints,
            source: sourceOf(standardPrice.sourceId),
          },
        }
      : { known: false, reason: missing('Standard') },
    express: expressPrice
      ? {
          known: true,
          rate: {
            region,
            picoUsdPerMillionRequests: parseUsd(expressPrice.usdPerMillionRequests),
            durationTiers: expressPrice.durationTiers.map((tier) => ({
              upToMbMs: tier.upToGbSeconds === null ? null : BigInt(tier.upToGbSeconds) * MB_MS_PER_GB_SECOND,
              picoUsdPerGbHour: parseUsd(tier.usdPerGbHour),
            })),
            discountBasisPoints: table.discountBasisPoints,
            source: sourceOf(expressPrice.sourceId),
          },
        }
      : { known: false, reason: missing('Express') },
  };
}
