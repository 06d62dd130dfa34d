import type { ExecutionFilter } from '@/lib/model';
import type { Db } from './client';
import type { Prisma } from './generated/sqlite';
import { getContainsInsensitive } from './get-contains-insensitive';

/**
 * The WHERE of an execution filter, or null when it cannot match anything. State machine ARNs are
 * resolved to ids first so the (stateMachineId, status, startDate) index serves the list.
 */
export async function getExecutionWhere(db: Db, filter: ExecutionFilter): Promise<Prisma.ExecutionWhereInput | null> {
  const where: Prisma.ExecutionWhereInput = {};
  if (filter.stateMachineArns?.length) {
    const machines = await db.stateMachine.findMany({
      where: { arn: { in: [...filter.stateMachineArns] } },
      select: { id: true },
    });
    if (machines.length === 0) return null;
    where.stateMachineId = { in: machines.map((machine) => machine.id) };
  }
  if (filter.statuses?.length) where.status = { in: [...filter.statuses] };
  if (filter.startedAfter || filter.startedBefore) {
    where.startDate = {
      ...(filter.startedAfter ? { gte: filter.startedAfter } : {}),
      ...(filter.startedBefore ? { lt: filter.startedBefore } : {}),
    };
  }
  const errorText = filter.errorText?.trim();
  // `not: null` lets the error index skip the executions that never failed before the substring scan.
  if (errorText) where.error = { not: null, ...getContainsInsensitive(db, errorText) };
  return where;
}
