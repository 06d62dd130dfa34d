/**
 * API token-bucket refill rates per second, per account and region (quotas.md §4): the "big three" regions
 * (us-east-1, us-west-2, eu-west-1) and every other region. A sync shares these buckets with every other
 * caller in the account, so it plans for a fraction of them.
 */
const SFN_REFILL_PER_SEC: Record<string, { bigThree: number; other: number }> = {
  GetExecutionHistory: { bigThree: 20, other: 20 },
  DescribeExecution: { bigThree: 15, other: 10 },
  ListExecutions: { bigThree: 5, other: 2 },
  DescribeStateMachineForExecution: { bigThree: 1, other: 1 },
  DescribeStateMachine: { bigThree: 20, other: 20 },
  ListStateMachines: { bigThree: 5, other: 5 },
};
/**
 * CloudWatch is not in quotas.md; AWS documents GetMetricData at 50 requests/s and FilterLogEvents at 5 per
 * account and region, so these stay well below.
 */
const CLOUDWATCH_REQUESTS_PER_SEC: Record<string, number> = { GetMetricData: 10, FilterLogEvents: 4 };

const BIG_THREE_REGIONS = new Set(['us-east-1', 'us-west-2', 'eu-west-1']);
/** The share of each bucket's refill a sync plans to use. */
export const AWS_BUCKET_SHARE = 0.8;
/**
 * Default overall ceiling for an AWS source: 80% of GetExecutionHistory's 20/s refill (quotas.md §4), the
 * call a sync makes most.
 */
export const DEFAULT_AWS_MAX_REQUESTS_PER_SEC = AWS_BUCKET_SHARE * SFN_REFILL_PER_SEC.GetExecutionHistory.other;

export type RateLimits = {
  /** Requests per second over all operations; null = no ceiling. */
  overallPerSec: number | null;
  /** Per operation, requests per second. */
  perOperation: Record<string, number>;
};

/**
 * A source's request budget. AWS: per-operation rates below the token buckets, and an overall ceiling
 * (Source.maxRequestsPerSec, default 16/s). A local endpoint has no buckets: only the ceiling, when set.
 */
export function getRateLimits(source: { kind: string; region: string | null; maxRequestsPerSec: number | null }): RateLimits {
  const ceiling = source.maxRequestsPerSec && source.maxRequestsPerSec > 0 ? source.maxRequestsPerSec : null;
  if (source.kind !== 'AWS') return { overallPerSec: ceiling, perOperation: {} };
  const group = BIG_THREE_REGIONS.has(source.region ?? '') ? 'bigThree' : 'other';
  const perOperation: Record<string, number> = { ...CLOUDWATCH_REQUESTS_PER_SEC };
  for (const [operation, refill] of Object.entries(SFN_REFILL_PER_SEC)) perOperation[operation] = AWS_BUCKET_SHARE * refill[group];
  return { overallPerSec: ceiling ?? DEFAULT_AWS_MAX_REQUESTS_PER_SEC, perOperation };
}
