import type { Db } from './client';

/** The first and last start dates of stored executions: which months have something to review. */
export async function findCostMonthRange(db: Db): Promise<{ first: Date | null; last: Date | null }> {
  const range = await db.execution.aggregate({ _min: { startDate: true }, _max: { startDate: true } });
  return { first: range._min.startDate, last: range._max.startDate };
}
