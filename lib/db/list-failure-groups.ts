import type { Db } from './client';
import { getFailureKeyWhere, type FailureFilter } from './get-failure-key-where';

export type FailureGroupRow = {
  groupKey: string;
  stateMachineArn: string;
  stateMachineName: string;
  failedStateName: string | null;
  error: string | null;
  normalisedCause: string;
  count: number;
  firstSeen: Date;
  lastSeen: Date;
};

export type FailureGroupPage = { groups: FailureGroupRow[]; totalGroups: number; totalFailures: number };

/**
 * Failure groups matching a filter, largest first (then most recent), grouped and counted in SQL over
 * FailureKey (call refreshFailureKeys first). Every grouped column depends on groupKey alone, so grouping
 * by all of them yields one row per group with its parts.
 */
export async function listFailureGroups(db: Db, filter: FailureFilter, page: { limit: number; offset: number }): Promise<FailureGroupPage> {
  const where = await getFailureKeyWhere(db, filter);
  if (!where) return { groups: [], totalGroups: 0, totalFailures: 0 };
  const rows = await db.failureKey.groupBy({
    by: ['groupKey', 'stateMachineId', 'failedStateName', 'error', 'normalisedCause'],
    where,
    _count: { _all: true },
    _min: { failedAt: true },
    _max: { failedAt: true },
  });
  rows.sort((a, b) => b._count._all - a._count._all || (b._max.failedAt?.getTime() ?? 0) - (a._max.failedAt?.getTime() ?? 0) || (a.groupKey < b.groupKey ? -1 : 1));
  const shown = rows.slice(page.offset, page.offset + page.limit);
  const machines = await db.stateMachine.findMany({
    where: { id: { in: [...new Set(shown.map((row) => row.stateMachineId))] } },
    select: { id: true, arn: true, name: true },
  });
  const machineById = new Map(machines.map((machine) => [machine.id, machine]));
  return {
    groups: shown.map((row) => ({
      groupKey: row.groupKey,
      stateMachineArn: machineById.get(row.stateMachineId)?.arn ?? '',
      stateMachineName: machineById.get(row.stateMachineId)?.name ?? '?',
      failedStateName: row.failedStateName,
      error: row.error,
      normalisedCause: row.normalisedCause,
      count: row._count._all,
      firstSeen: row._min.failedAt ?? new Date(0),
      lastSeen: row._max.failedAt ?? new Date(0),
    })),
    totalGroups: rows.length,
    totalFailures: rows.reduce((sum, row) => sum + row._count._all, 0),
  };
}
