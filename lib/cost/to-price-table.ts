import { z } from 'zod';
import { LIST_PRICES, type PriceTable } from './price-table';

/** The Setting row whose JSON value overrides list prices with a negotiated rate. */
export const COST_PRICES_SETTING_KEY = 'cost.prices';

const usd = z.string().regex(/^\d+(\.\d{1,12})?$/, 'a decimal USD amount as text, e.g. "0.0225"');
const region = z.string().regex(/^[a-z]{2}(-gov)?-[a-z]+-\d$/, 'an AWS region code, e.g. "eu-west-1"');

export const priceOverridesSchema = z
  .object({
    label: z.string().min(1).max(120).optional(),
    asOf: z.string().min(1).max(40).optional(),
    discountPercent: z.number().min(0).max(100).optional(),
    freeTransitionsPerMonth: z.number().int().min(0).optional(),
    standard: z.record(region, z.object({ usdPer1kTransitions: usd })).optional(),
    express: z
      .record(
        region,
        z.object({
          usdPerMillionRequests: usd,
          durationTiers: z
            .array(z.object({ upToGbSeconds: z.number().int().positive().nullable(), usdPerGbHour: usd }))
            .min(1)
            .refine((tiers) => tiers.at(-1)?.upToGbSeconds === null, 'the last tier must have upToGbSeconds: null'),
        }),
      )
      .optional(),
  })
  .strict();

export type PriceOverrides = z.infer<typeof priceOverridesSchema>;

/**
 * The price table in force: list prices with a negotiated rate laid over them (the Setting
 * `cost.prices`). A malformed setting is reported and ignored, never half-applied.
 */
export function toPriceTable(setting: unknown, base: PriceTable = LIST_PRICES): { value: PriceTable; warnings: string[] } {
  if (setting === null || setting === undefined) return { value: base, warnings: [] };
  const parsed = priceOverridesSchema.safeParse(setting);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(value)'}: ${issue.message}`).join('; ');
    return { value: base, warnings: [`Setting ${COST_PRICES_SETTING_KEY} is not valid and was ignored (${problems}); list prices are used.`] };
  }
  const overrides = parsed.data;
  const sourceId = 'negotiated';
  return {
    value: {
      label: overrides.label ?? 'Negotiated rate',
      sources: [...base.sources, { id: sourceId, title: overrides.label ?? `Negotiated rate (Setting ${COST_PRICES_SETTING_KEY})`, asOf: overrides.asOf ?? 'undated' }],
      freeTransitionsPerMonth: overrides.freeTransitionsPerMonth ?? base.freeTransitionsPerMonth,
      standard: {
        ...base.standard,
        ...Object.fromEntries(Object.entries(overrides.standard ?? {}).map(([key, price]) => [key, { ...price, sourceId }])),
      },
      express: {
        ...base.express,
        ...Object.fromEntries(Object.entries(overrides.express ?? {}).map(([key, price]) => [key, { ...price, sourceId }])),
      },
      discountBasisPoints: Math.round((overrides.discountPercent ?? 0) * 100),
    },
    warnings: [],
  };
}
