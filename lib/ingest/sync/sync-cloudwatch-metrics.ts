import { GetMetricDataCommand, type CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { z } from 'zod';
import { findLatestMetricHour, saveMetricHours, saveSourceMetricHours, type MetricHourRow, type SourceMetricHourRow } from '@/lib/db';
import type { SourceSettings } from '@/lib/model';
import { describeAwsError, getAwsErrorName } from './aws-error';
import type { SyncClock } from './create-rate-limiter';
import type { SyncContext } from './sync-context';
import type { SyncedStateMachine } from './sync-state-machines';
import { METRIC_PERIOD_SEC, toMetricQueries } from './to-metric-queries';

/** GetMetricData takes at most 500 queries per call (cloudwatch-metrics.md §4). */
const MAX_QUERIES_PER_CALL = 500;
const HOUR_MS = 3600 * 1000;
/** A first sync fetches two weeks: within the 15 days CloudWatch keeps 1-minute data (§4, retention). */
export const METRICS_FIRST_LOOKBACK_HOURS = 14 * 24;
/** Data points arrive late (§1), so the last few stored hours are fetched again. */
const METRICS_REFETCH_HOURS = 3;

const metricPageSchema = z
  .object({
    MetricDataResults: z
      .array(
        z
          .object({
            Id: z.string(),
            Timestamps: z.array(z.date()).optional(),
            Values: z.array(z.number()).optional(),
            StatusCode: z.string().optional(),
            Messages: z.array(z.object({ Code: z.string().optional(), Value: z.string().optional() }).loose()).optional(),
          })
          .loose(),
      )
      .optional(),
    NextToken: z.string().optional(),
  })
  .loose();

/**
 * AWS/States metrics per machine per hour (MetricHour) and account-level ones per source (SourceMetricHour),
 * for the cost and quota views. A local endpoint has no CloudWatch: skipped, and said so in the run's notes.
 */
export async function syncCloudWatchMetrics(
  context: SyncContext,
  options: { source: SourceSettings; cloudWatch: CloudWatchClient; machines: SyncedStateMachine[]; clock: SyncClock },
): Promise<void> {
  if (options.source.kind !== 'AWS') {
    context.tracker.note('CloudWatch metrics are not available from a local endpoint: skipped (cost and quota views use the stored histories).');
    return;
  }
  const now = options.clock.now();
  const endTime = Math.ceil(now / HOUR_MS) * HOUR_MS;
  const latest = await findLatestMetricHour(context.db, context.sourceId);
  const startTime = latest
    ? Math.max(latest.getTime() - METRICS_REFETCH_HOURS * HOUR_MS, endTime - METRICS_FIRST_LOOKBACK_HOURS * HOUR_MS)
    : endTime - METRICS_FIRST_LOOKBACK_HOURS * HOUR_MS;
  const { queries, targets } = toMetricQueries(options.machines);
  const machineRows: MetricHourRow[] = [];
  const sourceRows: SourceMetricHourRow[] = [];
  const forbidden = new Set<string>();

  try {
    for (let start = 0; start < queries.length; start += MAX_QUERIES_PER_CALL) {
      const batch = queries.slice(start, start + MAX_QUERIES_PER_CALL);
      let nextToken: string | undefined;
      do {
        const input = { MetricDataQueries: batch, StartTime: new Date(startTime), EndTime: new Date(endTime), NextToken: nextToken, ScanBy: 'TimestampAscending' as const };
        const page = metricPageSchema.parse(
          await context.requester.send('GetMetricData', (abortSignal) => options.cloudWatch.send(new GetMetricDataCommand(input), { abortSignal })),
        );
        for (const result of page.MetricDataResults ?? []) {
          const target = targets.get(result.Id);
          if (!target) continue;
          if (result.StatusCode === 'Forbidden') forbidden.add(target.metric);
          const timestamps = result.Timestamps ?? [];
          const values = result.Values ?? [];
          timestamps.forEach((timestamp, index) => {
            const value = values[index];
            if (value === undefined || !Number.isFinite(value)) return;
            const hourStart = new Date(Math.floor(timestamp.getTime() / (METRIC_PERIOD_SEC * 1000)) * METRIC_PERIOD_SEC * 1000);
            if (target.kind === 'machine') machineRows.push({ stateMachineId: target.stateMachineId, metric: target.metric, statistic: target.statistic, hourStart, value });
            else sourceRows.push({ sourceId: context.sourceId, metric: target.metric, statistic: target.statistic, dimension: target.dimension, hourStart, value });
          });
        }
        nextToken = page.NextToken;
      } while (nextToken);
    }
  } catch (error) {
    if (context.signal?.aborted) throw error;
    context.tracker.error(`GetMetricData ${getAwsErrorName(error)}`, `Could not read CloudWatch metrics: ${describeAwsError(error)}`);
    return;
  }
  if (forbidden.size > 0) context.tracker.error('GetMetricData Forbidden', `CloudWatch refused some metrics (Forbidden): ${[...forbidden].join(', ')}`);
  await saveMetricHours(context.db, machineRows);
  await saveSourceMetricHours(context.db, sourceRows);
  context.tracker.note(`CloudWatch: ${machineRows.length} hourly value(s) for ${options.machines.length} state machine(s), ${sourceRows.length} account-level.`);
}
