import type { ExecutionStatus } from '@/lib/model';
import { chunkQueryList } from './chunk-query-list';
import type { Db } from './client';

/** What a sync needs to know of a stored execution to decide whether to read it again. */
export type ExecutionSyncState = {
  id: number;
  arn: string;
  stateMachineId: number;
  status: ExecutionStatus;
  startDate: Date;
  stopDate: Date | null;
  redriveCount: number;
  eventCount: number;
  historyComplete: boolean;
  revisionId: number | null;
  /** sha256 of the definition the execution ran, when known. */
  definitionHash: string | null;
};

const SELECT = {
  id: true,
  arn: true,
  stateMachineId: true,
  status: true,
  startDate: true,
  stopDate: true,
  redriveCount: true,
  eventCount: true,
  historyComplete: true,
  revisionId: true,
  revision: { select: { definitionHash: true } },
} as const;

type Row = { revision: { definitionHash: string } | null; status: string } & Omit<ExecutionSyncState, 'definitionHash' | 'status'>;

function toSyncState({ revision, ...row }: Row): ExecutionSyncState {
  return { ...row, status: row.status as ExecutionStatus, definitionHash: revision?.definitionHash ?? null };
}

/** Stored executions among these ARNs, by ARN. */
export async function findExecutionSyncStates(db: Db, arns: readonly string[]): Promise<Map<string, ExecutionSyncState>> {
  const states = new Map<string, ExecutionSyncState>();
  for (const chunk of chunkQueryList(arns)) {
    const rows = await db.execution.findMany({ where: { arn: { in: chunk } }, select: SELECT });
    for (const row of rows) states.set(row.arn, toSyncState(row));
  }
  return states;
}

/** A source's executions still open (RUNNING or PENDING_REDRIVE) in our database, oldest first. */
export async function listOpenExecutions(db: Db, sourceId: number, stateMachineType?: string): Promise<(ExecutionSyncState & { stateMachineArn: string })[]> {
  const rows = await db.execution.findMany({
    where: { sourceId, status: { in: ['RUNNING', 'PENDING_REDRIVE'] }, ...(stateMachineType ? { stateMachine: { type: stateMachineType } } : {}) },
    select: { ...SELECT, stateMachine: { select: { arn: true } } },
    orderBy: { startDate: 'asc' },
  });
  return rows.map(({ stateMachine, ...row }) => ({ ...toSyncState(row), stateMachineArn: stateMachine.arn }));
}

/** The newest stored execution of a machine whose definition is known: where a sync's revision search can start. */
export async function findNewestExecutionRevision(db: Db, stateMachineId: number): Promise<{ startDate: Date; definitionHash: string } | null> {
  const row = await db.execution.findFirst({
    where: { stateMachineId, revisionId: { not: null } },
    orderBy: { startDate: 'desc' },
    select: { startDate: true, revision: { select: { definitionHash: true } } },
  });
  return row?.revision ? { startDate: row.startDate, definitionHash: row.revision.definitionHash } : null;
}
