import type { ExecutionStatus } from '@/lib/model';
import type { Db } from './client';
import type { Prisma } from './generated/sqlite';
import { getFailureKeyWhere, type FailureFilter } from './get-failure-key-where';
import { toExecutionStatus } from './to-execution-summary';

/** What an eligibility rule needs of an execution (lib/analysis ActionCandidate), plus where to act on it. */
export type ActionCandidateRow = {
  id: number;
  arn: string;
  name: string;
  status: ExecutionStatus;
  stateMachineArn: string;
  stateMachineName: string;
  stateMachineType: string;
  sourceId: number;
  sourceKind: string;
  sourceName: string;
  sourceEnabled: boolean;
  startDate: Date;
  stopDate: Date | null;
  eventCount: number;
  historyComplete: boolean;
  redriveCount: number;
  redriveStatus: string | null;
  redriveStatusReason: string | null;
  mapRunArn: string | null;
  /** The definition the execution ran, when known: locates task tokens. */
  revisionId: number | null;
};

/** The most executions one action may target: RedriveExecution refills 150/s outside the big three (quotas.md §4). */
export const MAX_ACTION_TARGETS = 5_000;

export type ActionTargetSelector = { arns: readonly string[] } | { groupKey: string; filter: FailureFilter };

/** The executions an action would target, by ARN or as a whole failure group, at most MAX_ACTION_TARGETS. */
export async function listActionCandidates(db: Db, selector: ActionTargetSelector): Promise<ActionCandidateRow[]> {
  let where: Prisma.ExecutionWhereInput;
  if ('arns' in selector) {
    where = { arn: { in: [...new Set(selector.arns)].slice(0, MAX_ACTION_TARGETS) } };
  } else {
    const keyWhere = await getFailureKeyWhere(db, selector.filter);
    if (!keyWhere) return [];
    where = { failureKey: { AND: [keyWhere, { groupKey: selector.groupKey }] } };
  }
  const rows = await db.execution.findMany({
    where,
    orderBy: [{ stopDate: 'desc' }, { id: 'desc' }],
    take: MAX_ACTION_TARGETS,
    select: {
      id: true,
      arn: true,
      name: true,
      status: true,
      startDate: true,
      stopDate: true,
      eventCount: true,
      historyComplete: true,
      redriveCount: true,
      redriveStatus: true,
      redriveStatusReason: true,
      mapRunArn: true,
      revisionId: true,
      sourceId: true,
      stateMachine: { select: { arn: true, name: true, type: true } },
      source: { select: { kind: true, name: true, enabled: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    arn: row.arn,
    name: row.name,
    status: toExecutionStatus(row.status),
    stateMachineArn: row.stateMachine.arn,
    stateMachineName: row.stateMachine.name,
    stateMachineType: row.stateMachine.type,
    sourceId: row.sourceId,
    sourceKind: row.source.kind,
    sourceName: row.source.name,
    sourceEnabled: row.source.enabled,
    startDate: row.startDate,
    stopDate: row.stopDate,
    eventCount: row.eventCount,
    historyComplete: row.historyComplete,
    redriveCount: row.redriveCount,
    redriveStatus: row.redriveStatus,
    redriveStatusReason: row.redriveStatusReason,
    mapRunArn: row.mapRunArn,
    revisionId: row.revisionId,
  }));
}
