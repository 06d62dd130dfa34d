import { EXECUTION_STATUSES, isExecutionStatus, type ExecutionFilter, type ExecutionStatusCounts } from '@/lib/model';
import type { Db } from './client';
import { getExecutionWhere } from './get-execution-where';

export function getEmptyStatusCounts(): ExecutionStatusCounts {
  return Object.fromEntries(EXECUTION_STATUSES.map((status) => [status, 0])) as ExecutionStatusCounts;
}

/** How many executions match the filter, per status (every status present, zero when none). */
export async function countExecutionsByStatus(db: Db, filter: ExecutionFilter = {}): Promise<ExecutionStatusCounts> {
  const counts = getEmptyStatusCounts();
  const where = await getExecutionWhere(db, filter);
  if (!where) return counts;
  const groups = await db.execution.groupBy({ by: ['status'], where, _count: { _all: true } });
  for (const group of groups) {
    if (isExecutionStatus(group.status)) counts[group.status] = group._count._all;
  }
  return counts;
}
