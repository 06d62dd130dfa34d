import type { RateLimits } from '../sync/api-rate-limits';

/**
 * Refill per second of the action APIs' token buckets, "big three" regions vs the others (quotas.md §4).
 * GetActivityTask shares SendTask*'s figures.
 */
const ACTION_REFILL_PER_SEC: Record<string, { bigThree: number; other: number }> = {
  RedriveExecution: { bigThree: 300, other: 150 },
  StopExecution: { bigThree: 200, other: 25 },
  SendTaskSuccess: { bigThree: 500, other: 300 },
  SendTaskFailure: { bigThree: 500, other: 300 },
  GetActivityTask: { bigThree: 500, other: 300 },
};
const BIG_THREE_REGIONS = new Set(['us-east-1', 'us-west-2', 'eu-west-1']);
/** The buckets are shared with every other caller in the account: a bulk action plans for half of each refill. */
export const ACTION_BUCKET_SHARE = 0.5;

export type ActionOperation = keyof typeof ACTION_REFILL_PER_SEC;

/**
 * A source's budget for actions. AWS: half of each action API's refill rate, under the source's own ceiling
 * (Source.maxRequestsPerSec) when it has one. A local endpoint has no buckets: only that ceiling.
 */
export function getActionRateLimits(source: { kind: string; region: string | null; maxRequestsPerSec: number | null }): RateLimits {
  const ceiling = source.maxRequestsPerSec && source.maxRequestsPerSec > 0 ? source.maxRequestsPerSec : null;
  if (source.kind !== 'AWS') return { overallPerSec: ceiling, perOperation: {} };
  const group = BIG_THREE_REGIONS.has(source.region ?? '') ? 'bigThree' : 'other';
  const perOperation: Record<string, number> = {};
  for (const [operation, refill] of Object.entries(ACTION_REFILL_PER_SEC)) perOperation[operation] = ACTION_BUCKET_SHARE * refill[group];
  return { overallPerSec: ceiling, perOperation };
}
