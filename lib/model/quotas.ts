/**
 * The Step Functions quotas Statescope measures, in one table. Every figure comes from
 * ../shared/reference/quotas.md (section in each comment); lib/engine/limits.ts enforces the same values.
 * Account limits are defaults: new accounts get lower state-transition buckets (quotas.md, note at the top),
 * so CloudWatch's ProvisionedBucketSize / ProvisionedRefillRate win whenever they were synced.
 */

const DAY_MS = 86_400_000;

/** Max events in one Standard execution history (quotas.md §1, hard). */
export const MAX_HISTORY_EVENTS = 25_000;
/** Redrive needs room for ExecutionRedriven and one more event: fewer than 24,999 (quotas.md §1). */
export const MAX_REDRIVABLE_HISTORY_EVENTS = 24_999;
/** Max input/output of a task, state or execution: 256 KiB of UTF-8 (quotas.md §1, hard). */
export const MAX_PAYLOAD_BYTES = 262_144;
/** quotas.md §1 suggests flagging payloads above 200 KiB. */
export const PAYLOAD_WARNING_BYTES = 204_800;
/** Max Standard execution time, 1 year (quotas.md §1, hard). */
export const MAX_STANDARD_EXECUTION_MS = 365 * DAY_MS;
/** Max Express execution time, 5 minutes (quotas.md §1, hard). */
export const MAX_EXPRESS_EXECUTION_MS = 5 * 60_000;
/** Redrivable period: 14 days from the close (quotas.md §1, hard). */
export const REDRIVE_WINDOW_MS = 14 * DAY_MS;
/** AWS keeps a closed execution's history 90 days (quotas.md §1; can be lowered to 30 on request). */
export const HISTORY_RETENTION_MS = 90 * DAY_MS;
/** Open (running) Standard executions per account and region (quotas.md §2, soft). */
export const DEFAULT_OPEN_EXECUTION_LIMIT = 1_000_000;
/** Task TimeoutSeconds / HeartbeatSeconds default, i.e. effectively unbounded (quotas.md §5). */
export const DEFAULT_TASK_TIMEOUT_SECONDS = 99_999_999;
/** A worker's GetActivityTask long poll lasts up to 60 s (quotas.md §5): a polled activity starts within it. */
export const ACTIVITY_POLL_MS = 60_000;

/** A token bucket: burst capacity and sustained refill per second. */
export type TokenBucket = { bucketSize: number; refillPerSecond: number };

/** The "big three" regions get larger buckets (quotas.md §3, §4). */
export const LARGE_QUOTA_REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1'] as const;

/** StateTransition throttling for Standard workflows; Express is unlimited (quotas.md §3, current page). */
export const STATE_TRANSITION_BUCKETS = {
  large: { bucketSize: 5_000, refillPerSecond: 5_000 },
  other: { bucketSize: 800, refillPerSecond: 800 },
} as const satisfies Record<string, TokenBucket>;

/** StartExecution API throttling (quotas.md §4). */
export const START_EXECUTION_BUCKETS = {
  STANDARD: {
    large: { bucketSize: 1_300, refillPerSecond: 300 },
    other: { bucketSize: 800, refillPerSecond: 150 },
  },
  EXPRESS: {
    large: { bucketSize: 6_000, refillPerSecond: 6_000 },
    other: { bucketSize: 6_000, refillPerSecond: 6_000 },
  },
} as const satisfies Record<string, Record<string, TokenBucket>>;

export function isLargeQuotaRegion(region: string | null | undefined): boolean {
  return region !== null && region !== undefined && (LARGE_QUOTA_REGIONS as readonly string[]).includes(region);
}

/** Default StateTransition bucket of a region (quotas.md §3). */
export function getStateTransitionBucket(region: string | null | undefined): TokenBucket {
  return isLargeQuotaRegion(region) ? STATE_TRANSITION_BUCKETS.large : STATE_TRANSITION_BUCKETS.other;
}

/** Default StartExecution bucket of a region for a workflow type (quotas.md §4). */
export function getStartExecutionBucket(region: string | null | undefined, type: 'STANDARD' | 'EXPRESS'): TokenBucket {
  return START_EXECUTION_BUCKETS[type][isLargeQuotaRegion(region) ? 'large' : 'other'];
}
