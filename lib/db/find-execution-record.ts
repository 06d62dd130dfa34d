import type { ExecutionRecord, ExecutionStatus, RedriveStatus } from '@/lib/model';
import type { Db } from './client';
import { listHistoryEvents } from './list-history-events';

/** A stored execution in the shape a sync writes, with its stored events when asked for. */
export async function findExecutionRecord(db: Db, arn: string, options: { withEvents?: boolean } = {}): Promise<ExecutionRecord | null> {
  const row = await db.execution.findUnique({ where: { arn }, include: { stateMachine: { select: { arn: true } } } });
  if (!row) return null;
  return {
    arn: row.arn,
    name: row.name,
    stateMachineArn: row.stateMachine.arn,
    status: row.status as ExecutionStatus,
    startDate: row.startDate,
    stopDate: row.stopDate,
    input: row.input,
    output: row.output,
    error: row.error,
    cause: row.cause,
    failedStateName: row.failedStateName,
    redriveCount: row.redriveCount,
    redriveDate: row.redriveDate,
    redriveStatus: row.redriveStatus as RedriveStatus | null,
    redriveStatusReason: row.redriveStatusReason,
    mapRunArn: row.mapRunArn,
    events: options.withEvents ? await listHistoryEvents(db, row.id) : [],
    historyComplete: row.historyComplete,
  };
}
