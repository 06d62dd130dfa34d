import { chunkQueryList } from './chunk-query-list';
import type { Db } from './client';
import { getFailureKeyWhere, type FailureFilter } from './get-failure-key-where';

/** Failures per UTC hour (hours since 1970) of each of the given groups, counted in SQL. */
export async function listFailureHourCounts(db: Db, filter: FailureFilter, groupKeys: readonly string[]): Promise<Map<string, Map<number, number>>> {
  const counts = new Map<string, Map<number, number>>(groupKeys.map((key) => [key, new Map()]));
  const where = await getFailureKeyWhere(db, filter);
  if (!where || groupKeys.length === 0) return counts;
  // Each group's rows fall in one chunk, so the chunks' counts need no adding up.
  for (const chunk of chunkQueryList([...counts.keys()])) {
    const rows = await db.failureKey.groupBy({
      by: ['groupKey', 'failedHour'],
      where: { AND: [where, { groupKey: { in: chunk } }] },
      _count: { _all: true },
    });
    for (const row of rows) counts.get(row.groupKey)?.set(row.failedHour, row._count._all);
  }
  return counts;
}
