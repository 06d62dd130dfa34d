import type { ExecutionStatus } from '@/lib/model';
import type { Db } from './client';
import { toExecutionStatus } from './to-execution-summary';

/** Executions started on one UTC day, by status. */
export type DailyStatusCounts = { day: string; total: number; byStatus: Partial<Record<ExecutionStatus, number>> };

/** Enough for a few months of a busy account; beyond it the oldest days read low, and the caller is told. */
const MAX_ROWS = 500_000;

/**
 * Executions started per UTC day from `since` to `until`, by status, every day present (zero when none).
 * Reads only start dates and statuses, so it stays cheap.
 */
export async function listDailyStatusCounts(db: Db, range: { since: Date; until: Date }): Promise<{ days: DailyStatusCounts[]; capped: boolean }> {
  const rows = await db.execution.findMany({
    where: { startDate: { gte: range.since, lte: range.until } },
    select: { startDate: true, status: true },
    orderBy: { startDate: 'desc' },
    take: MAX_ROWS,
  });
  const days = new Map<string, DailyStatusCounts>();
  for (let day = startOfUtcDay(range.since); day <= range.until.getTime(); day += 86_400_000) {
    const key = new Date(day).toISOString().slice(0, 10);
    days.set(key, { day: key, total: 0, byStatus: {} });
  }
  for (const row of rows) {
    const entry = days.get(row.startDate.toISOString().slice(0, 10));
    if (!entry) continue;
    const status = toExecutionStatus(row.status);
    entry.total++;
    entry.byStatus[status] = (entry.byStatus[status] ?? 0) + 1;
  }
  return { days: [...days.values()], capped: rows.length >= MAX_ROWS };
}

function startOfUtcDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}
