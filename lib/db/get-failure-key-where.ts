import type { Db } from './client';
import type { Prisma } from './generated/sqlite';
import { getContainsInsensitive } from './get-contains-insensitive';

export const FAILURE_STATUSES = ['FAILED', 'TIMED_OUT', 'ABORTED'] as const;
export type FailureStatus = (typeof FAILURE_STATUSES)[number];

/** Every member narrows; an absent or empty one does not. */
export type FailureFilter = {
  /** Inclusive lower bound on when the execution failed (stopDate). */
  failedAfter?: Date;
  /** Exclusive upper bound. */
  failedBefore?: Date;
  stateMachineArns?: readonly string[];
  sourceIds?: readonly number[];
  statuses?: readonly FailureStatus[];
  /** Case-insensitive text in the error, the cause or the execution input. */
  search?: string;
  /** One failure group only. */
  groupKey?: string;
};

/** The FailureKey WHERE of a filter, or null when it cannot match (an unknown state machine). */
export async function getFailureKeyWhere(db: Db, filter: FailureFilter): Promise<Prisma.FailureKeyWhereInput | null> {
  const where: Prisma.FailureKeyWhereInput = {};
  if (filter.stateMachineArns?.length) {
    const machines = await db.stateMachine.findMany({ where: { arn: { in: [...filter.stateMachineArns] } }, select: { id: true } });
    if (machines.length === 0) return null;
    where.stateMachineId = { in: machines.map((machine) => machine.id) };
  }
  if (filter.groupKey) where.groupKey = filter.groupKey;
  if (filter.sourceIds?.length) where.sourceId = { in: [...filter.sourceIds] };
  if (filter.statuses?.length) where.status = { in: [...filter.statuses] };
  if (filter.failedAfter || filter.failedBefore) {
    where.failedAt = { ...(filter.failedAfter ? { gte: filter.failedAfter } : {}), ...(filter.failedBefore ? { lt: filter.failedBefore } : {}) };
  }
  const search = filter.search?.trim();
  if (search) {
    const contains = getContainsInsensitive(db, search);
    where.execution = { OR: [{ error: contains }, { cause: contains }, { input: contains }] };
  }
  return where;
}
