import type { ExecutionSummary } from '@/lib/model';
import type { Db } from './client';
import { getFailureKeyWhere, type FailureFilter } from './get-failure-key-where';
import { toExecutionSummary } from './to-execution-summary';

export type FailureMember = ExecutionSummary & {
  sourceId: number;
  redriveStatus: string | null;
  redriveStatusReason: string | null;
};

/** The newest executions of a failure group (paged by offset: a group's page count stays small). */
export async function listFailureGroupExecutions(
  db: Db,
  groupKey: string,
  filter: FailureFilter,
  page: { limit: number; offset: number },
): Promise<{ items: FailureMember[]; total: number }> {
  const where = await getFailureKeyWhere(db, filter);
  if (!where) return { items: [], total: 0 };
  const scoped = { AND: [where, { groupKey }] };
  const [rows, total] = await Promise.all([
    db.failureKey.findMany({
      where: scoped,
      orderBy: [{ failedAt: 'desc' }, { executionId: 'desc' }],
      skip: page.offset,
      take: page.limit,
      select: { execution: { omit: { input: true, output: true }, include: { stateMachine: { select: { arn: true, name: true } } } } },
    }),
    db.failureKey.count({ where: scoped }),
  ]);
  return {
    items: rows.map(({ execution }) => ({
      ...toExecutionSummary(execution),
      sourceId: execution.sourceId,
      redriveStatus: execution.redriveStatus,
      redriveStatusReason: execution.redriveStatusReason,
    })),
    total,
  };
}
