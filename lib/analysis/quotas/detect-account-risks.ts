import {
  DEFAULT_OPEN_EXECUTION_LIMIT,
  getStartExecutionBucket,
  getStateTransitionBucket,
  type FindingMetric,
  type FindingSource,
  type TokenBucket,
} from '@/lib/model';
import type { FindingThresholds } from '../stuck/finding-thresholds';
import type { FindingSeverity, QuotaRisk } from '../stuck/finding-types';
import { toDurationText } from '../stuck/to-duration-text';
import { toExecutionListHref } from '../stuck/to-finding-href';
import { getPeakRates } from './get-peak-rates';
import { getQuotaSeverity, toQuotaRisk } from './to-quota-risk';

const QUOTAS_PAGE = '/quotas?scope=account';

/**
 * Account and region quotas per source: StateTransition and StartExecution rates against their token
 * buckets (quotas.md §3, §4), and open executions against the account limit (§2). Limits come from
 * CloudWatch's Provisioned* metrics when synced (new accounts have lower ones), else quotas.md's defaults;
 * rates from CloudWatch's ConsumedCapacity when present, else from history timestamps.
 */
export function detectAccountRisks(sources: readonly FindingSource[], thresholds: FindingThresholds, now: Date): QuotaRisk[] {
  const risks: QuotaRisk[] = [];
  for (const source of sources) {
    const windowText = `the last ${toDurationText(source.windowMs)}`;
    const capped = source.samplesCapped ? ' (sample capped: a lower bound)' : '';
    const base = { sourceName: source.name, subjectArn: source.name, subjectName: source.name, stateMachineName: null, href: QUOTAS_PAGE } as const;

    const transitions = getPeakRates(source.recentTransitions);
    const transitionBucket = getBucket(source, 'StateTransition', getStateTransitionBucket(source.region));
    const consumed = getLatestMetric(source.metrics, 'ConsumedCapacity', 'StateTransition', 'Maximum');
    const throttled = sumMetric(source.metrics, 'ThrottledEvents', 'StateTransition') + sumMetric(source.metrics, 'ExecutionThrottled', null);
    const transitionValue = Math.max(transitions.sustainedPerSecond, consumed ?? 0);
    risks.push(
      toQuotaRisk({
        ...base,
        quota: 'state-transition-rate',
        scope: 'account',
        severity: worst(getQuotaSeverity(transitionValue, transitionBucket.refill, null, thresholds, now), throttled > 0 ? 'critical' : 'ok', getQuotaSeverity(transitions.burstPerSecond, transitionBucket.size, null, thresholds, now)),
        value: round(transitionValue),
        limit: transitionBucket.refill,
        unit: 'per-second',
        limitSource: transitionBucket.source,
        growthPerHour: null,
        projectedAt: null,
        reason:
          throttled > 0
            ? `CloudWatch counted ${throttled} throttled state transitions in ${windowText}: Standard executions are being slowed.`
            : `Peak ${round(transitionValue)} Standard state transitions/s sustained over a minute, against a refill of ${transitionBucket.refill}/s.`,
        evidence: [
          `${transitions.count.toLocaleString('en-US')} state transitions in ${windowText}${capped}; busiest second ${transitions.burstPerSecond} against a bucket of ${transitionBucket.size}.`,
          ...(consumed !== null ? [`CloudWatch ConsumedCapacity peak: ${round(consumed)}/s.`] : []),
          `Region ${source.region ?? 'unknown'}; Express transitions are not throttled.`,
        ],
        action: { label: 'Spread bursts out (Map MaxConcurrency, staggered schedules) or ask AWS to raise the StateTransition quota.', href: QUOTAS_PAGE },
      }),
    );

    for (const type of ['STANDARD', 'EXPRESS'] as const) {
      const starts = source.recentStarts.filter((start) => start.type === type).map((start) => start.startDate);
      if (type === 'EXPRESS' && starts.length === 0) continue;
      const peaks = getPeakRates(starts);
      const bucket = getBucket(source, 'StartExecution', getStartExecutionBucket(source.region, type));
      const consumedStarts = type === 'STANDARD' ? getLatestMetric(source.metrics, 'ConsumedCapacity', 'StartExecution', 'Maximum') : null;
      const value = Math.max(peaks.sustainedPerSecond, consumedStarts ?? 0);
      risks.push(
        toQuotaRisk({
          ...base,
          subjectArn: `${source.name} (${type})`,
          subjectName: `${source.name} · ${type === 'STANDARD' ? 'Standard' : 'Express'}`,
          quota: 'start-execution-rate',
          scope: 'account',
          severity: worst(getQuotaSeverity(value, bucket.refill, null, thresholds, now), getQuotaSeverity(peaks.burstPerSecond, bucket.size, null, thresholds, now)),
          value: round(value),
          limit: bucket.refill,
          unit: 'per-second',
          limitSource: bucket.source,
          growthPerHour: null,
          projectedAt: null,
          reason: `Peak ${round(value)} ${type === 'STANDARD' ? 'Standard' : 'Express'} StartExecution calls/s over a minute, against a refill of ${bucket.refill}/s.`,
          evidence: [
            `${peaks.count.toLocaleString('en-US')} executions started in ${windowText}${capped}; busiest second ${peaks.burstPerSecond} against a bucket of ${bucket.size}.`,
            'A throttled caller gets ThrottlingException and the SDK retries it with back-off.',
          ],
          action: { label: 'Batch work into fewer executions (a Map) or ask AWS to raise the StartExecution quota.', href: QUOTAS_PAGE },
        }),
      );
    }

    const limitMetric = getLatestMetric(source.metrics, 'OpenExecutionLimit', null, 'Maximum');
    const countMetric = getLatestMetric(source.metrics, 'OpenExecutionCount', null, 'Maximum');
    const openLimit = limitMetric ?? DEFAULT_OPEN_EXECUTION_LIMIT;
    const open = Math.max(source.openStandardExecutions, countMetric ?? 0);
    risks.push(
      toQuotaRisk({
        ...base,
        quota: 'open-executions',
        scope: 'account',
        severity: getQuotaSeverity(open, openLimit, null, thresholds, now, thresholds.openExecutionsWarnPercent),
        value: open,
        limit: openLimit,
        unit: 'executions',
        limitSource: limitMetric !== null ? 'CloudWatch OpenExecutionLimit' : 'quotas.md §2 default (soft)',
        growthPerHour: null,
        projectedAt: null,
        reason: `${open.toLocaleString('en-US')} open Standard executions of ${openLimit.toLocaleString('en-US')} allowed; at the limit StartExecution and RedriveExecution fail with ExecutionLimitExceeded.`,
        evidence: [
          `${source.openStandardExecutions.toLocaleString('en-US')} RUNNING in Statescope.`,
          ...(countMetric !== null ? [`CloudWatch OpenExecutionCount: ${countMetric.toLocaleString('en-US')} (approximate, reads low).`] : []),
        ],
        action: { label: 'See the running executions; stop the ones that will never finish.', href: toExecutionListHref({ status: 'RUNNING' }) },
      }),
    );
  }
  return risks;
}

function getBucket(source: FindingSource, dimension: 'StateTransition' | 'StartExecution', fallback: TokenBucket): { size: number; refill: number; source: string } {
  const size = getLatestMetric(source.metrics, 'ProvisionedBucketSize', dimension, null);
  const refill = getLatestMetric(source.metrics, 'ProvisionedRefillRate', dimension, null);
  if (size !== null && refill !== null && refill > 0) return { size, refill, source: `CloudWatch ProvisionedRefillRate/ProvisionedBucketSize (${dimension})` };
  return {
    size: fallback.bucketSize,
    refill: fallback.refillPerSecond,
    source: `quotas.md ${dimension === 'StateTransition' ? '§3' : '§4'} default for ${source.region ?? 'an unknown region'} (new accounts may have less)`,
  };
}

/** The newest account-level value of a metric whose dimension mentions `dimension` (or has none). */
function getLatestMetric(metrics: readonly FindingMetric[], metric: string, dimension: string | null, statistic: string | null): number | null {
  let latest: FindingMetric | null = null;
  for (const row of metrics) {
    if (row.metric !== metric || row.stateMachineArn !== null) continue;
    if (dimension === null ? row.dimension !== null && row.dimension !== '' : !(row.dimension ?? '').includes(dimension)) continue;
    if (statistic !== null && row.statistic !== statistic) continue;
    if (!latest || row.hourStart > latest.hourStart || (row.hourStart.getTime() === latest.hourStart.getTime() && row.value > latest.value)) latest = row;
  }
  return latest && Number.isFinite(latest.value) ? latest.value : null;
}

function sumMetric(metrics: readonly FindingMetric[], metric: string, dimension: string | null): number {
  let sum = 0;
  for (const row of metrics) {
    if (row.metric !== metric || row.stateMachineArn !== null) continue;
    if (dimension !== null && !(row.dimension ?? '').includes(dimension)) continue;
    if (row.statistic === 'Sum' && Number.isFinite(row.value)) sum += row.value;
  }
  return sum;
}

const ORDER: Record<FindingSeverity, number> = { critical: 0, warning: 1, ok: 2 };

function worst(...severities: FindingSeverity[]): FindingSeverity {
  return severities.reduce((a, b) => (ORDER[a] <= ORDER[b] ? a : b));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
