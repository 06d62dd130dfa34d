import type { ExecutionSummary } from '@/lib/model';
import type { Db } from './client';
import type { Prisma } from './generated/sqlite';
import { toExecutionSummary } from './to-execution-summary';

export type RunningExecution = ExecutionSummary & { sourceId: number; sourceName: string; revisionId: number | null; stateMachineType: string };

/** Running executions, oldest first (the longest-waiting on top), by state machine and source. */
export async function listRunningExecutions(
  db: Db,
  filter: { stateMachineArns?: readonly string[]; sourceIds?: readonly number[] },
  page: { limit: number; offset: number },
): Promise<{ items: RunningExecution[]; total: number }> {
  const where: Prisma.ExecutionWhereInput = {
    status: 'RUNNING',
    ...(filter.stateMachineArns?.length ? { stateMachine: { arn: { in: [...filter.stateMachineArns] } } } : {}),
    ...(filter.sourceIds?.length ? { sourceId: { in: [...filter.sourceIds] } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.execution.findMany({
      where,
      orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
      skip: page.offset,
      take: page.limit,
      omit: { input: true, output: true },
      include: { stateMachine: { select: { arn: true, name: true, type: true } }, source: { select: { name: true } } },
    }),
    db.execution.count({ where }),
  ]);
  return {
    items: rows.map((row) => ({
      ...toExecutionSummary(row),
      sourceId: row.sourceId,
      sourceName: row.source.name,
      revisionId: row.revisionId,
      stateMachineType: row.stateMachine.type,
    })),
    total,
  };
}
