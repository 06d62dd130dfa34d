import { chunkQueryList } from './chunk-query-list';
import type { Db } from './client';

/** A first sync can store tens of thousands of hours in one transaction: Prisma's default 5 s is too short for it. */
const TRANSACTION_TIMEOUT_MS = 120_000;

export type MetricHourRow = { stateMachineId: number; metric: string; statistic: string; hourStart: Date; value: number };
export type SourceMetricHourRow = { sourceId: number; metric: string; statistic: string; dimension: string; hourStart: Date; value: number };

/**
 * Stores hourly metric values, replacing any stored for the same hours: CloudWatch revises recent data
 * points as late ones arrive (cloudwatch-metrics.md §1), so the newest read wins.
 */
export async function saveMetricHours(db: Db, input: readonly MetricHourRow[]): Promise<number> {
  const rows = lastPerKey(input, (row) => `${row.stateMachineId}\u0000${row.metric}\u0000${row.statistic}\u0000${row.hourStart.getTime()}`);
  if (rows.length === 0) return 0;
  const groups = groupBy(rows, (row) => `${row.stateMachineId}\u0000${row.metric}\u0000${row.statistic}`);
  await db.$transaction(async (tx) => {
    for (const group of groups) {
      const { stateMachineId, metric, statistic } = group[0];
      for (const hours of chunkQueryList(group.map((row) => row.hourStart))) {
        await tx.metricHour.deleteMany({ where: { stateMachineId, metric, statistic, hourStart: { in: hours } } });
      }
    }
    for (const data of chunkQueryList(rows, { parametersPerItem: 5 })) await tx.metricHour.createMany({ data });
  }, { timeout: TRANSACTION_TIMEOUT_MS, maxWait: TRANSACTION_TIMEOUT_MS });
  return rows.length;
}

/** Account-level and per-API metrics of a source, with the same replace-the-hour rule. */
export async function saveSourceMetricHours(db: Db, input: readonly SourceMetricHourRow[]): Promise<number> {
  const rows = lastPerKey(input, (row) => `${row.sourceId}\u0000${row.metric}\u0000${row.statistic}\u0000${row.dimension}\u0000${row.hourStart.getTime()}`);
  if (rows.length === 0) return 0;
  const groups = groupBy(rows, (row) => `${row.sourceId}\u0000${row.metric}\u0000${row.statistic}\u0000${row.dimension}`);
  await db.$transaction(async (tx) => {
    for (const group of groups) {
      const { sourceId, metric, statistic, dimension } = group[0];
      for (const hours of chunkQueryList(group.map((row) => row.hourStart))) {
        await tx.sourceMetricHour.deleteMany({ where: { sourceId, metric, statistic, dimension, hourStart: { in: hours } } });
      }
    }
    for (const data of chunkQueryList(rows, { parametersPerItem: 6 })) await tx.sourceMetricHour.createMany({ data });
  }, { timeout: TRANSACTION_TIMEOUT_MS, maxWait: TRANSACTION_TIMEOUT_MS });
  return rows.length;
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()];
}

function lastPerKey<T>(rows: readonly T[], keyOf: (row: T) => string): T[] {
  return [...new Map(rows.map((row) => [keyOf(row), row])).values()];
}

/** The newest hour stored for any metric of the source: a sync fetches from a little before it. */
export async function findLatestMetricHour(db: Db, sourceId: number): Promise<Date | null> {
  const [machine, source] = await Promise.all([
    db.metricHour.findFirst({ where: { stateMachine: { sourceId } }, orderBy: { hourStart: 'desc' }, select: { hourStart: true } }),
    db.sourceMetricHour.findFirst({ where: { sourceId }, orderBy: { hourStart: 'desc' }, select: { hourStart: true } }),
  ]);
  const latest = [machine?.hourStart, source?.hourStart].filter((date): date is Date => date instanceof Date);
  return latest.length ? new Date(Math.max(...latest.map((date) => date.getTime()))) : null;
}
