/** Prices as data: every figure from ../shared/reference/pricing.md, with the source it names and its date. */

export type PriceSource = { id: string; title: string; asOf: string };

export type StandardPrice = { usdPer1kTransitions: string; sourceId: string };

export type ExpressDurationTier = {
  /** Upper bound of the tier in GB-seconds of the month (account and region); null for the last tier. */
  upToGbSeconds: number | null;
  usdPerGbHour: string;
};

export type ExpressPrice = { usdPerMillionRequests: string; durationTiers: ExpressDurationTier[]; sourceId: string };

export type PriceTable = {
  /** Shown beside every cost: whose prices these are. */
  label: string;
  sources: PriceSource[];
  /** pricing.md §1: 4,000 free transitions per month, per account and region; Express has none. */
  freeTransitionsPerMonth: number;
  standard: Record<string, StandardPrice>;
  express: Record<string, ExpressPrice>;
  /** A negotiated discount on every price, in basis points (500 = 5 %). */
  discountBasisPoints: number;
};

const A = 'aws-pricing-page-standard';
const B = 'price-list-ape1';
const EXPRESS = 'aws-pricing-page-express';

const standard = (usdPer1kTransitions: string, sourceId = A): StandardPrice => ({ usdPer1kTransitions, sourceId });

/** List prices of pricing.md §1 and §2. */
export const LIST_PRICES: PriceTable = {
  label: 'AWS list prices (pricing.md)',
  sources: [
    { id: A, title: 'Stored copy of aws.amazon.com/step-functions/pricing (regional Standard table, pre-Express)', asOf: 'about 2019' },
    { id: B, title: 'AWS Price List record APE1-StateTransition (low confidence)', asOf: 'undated' },
    { id: EXPRESS, title: 'Stored copies of aws.amazon.com/step-functions/pricing (Express era); tier bounds as in infracost', asOf: '2020 or later' },
  ],
  freeTransitionsPerMonth: 4_000,
  standard: {
    'us-east-1': standard('0.0250'),
    'us-east-2': standard('0.0250'),
    'us-west-2': standard('0.0250'),
    'us-west-1': standard('0.0279'),
    'ca-central-1': standard('0.0250'),
    'sa-east-1': standard('0.0375'),
    'us-gov-east-1': standard('0.0300'),
    'us-gov-west-1': standard('0.0300'),
    'eu-west-1': standard('0.0250'),
    'eu-central-1': standard('0.0250'),
    'eu-west-2': standard('0.0250'),
    'eu-west-3': standard('0.0297'),
    'eu-north-1': standard('0.0250'),
    'ap-southeast-1': standard('0.0250'),
    'ap-northeast-1': standard('0.0250'),
    'ap-southeast-2': standard('0.0250'),
    'ap-northeast-2': standard('0.0271'),
    'ap-south-1': standard('0.0285'),
    'ap-east-1': standard('0.0275', B),
  },
  express: {
    // Only us-east-1 Express prices were found (pricing.md §2).
    'us-east-1': {
      usdPerMillionRequests: '1.00',
      durationTiers: [
        { upToGbSeconds: 3_600_000, usdPerGbHour: '0.06' },
        { upToGbSeconds: 18_000_000, usdPerGbHour: '0.03' },
        { upToGbSeconds: null, usdPerGbHour: '0.01642' },
      ],
      sourceId: EXPRESS,
    },
  },
  discountBasisPoints: 0,
};
