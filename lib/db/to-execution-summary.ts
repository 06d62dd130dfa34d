import { isExecutionStatus, type ExecutionStatus, type ExecutionSummary } from '@/lib/model';
import type { Execution } from './generated/sqlite';

export type ExecutionSummaryRow = Omit<Execution, 'input' | 'output'> & {
  stateMachine: { arn: string; name: string };
};

/** Ingest validates statuses before writing, so another value here means a corrupt row. */
export function toExecutionStatus(value: string): ExecutionStatus {
  if (!isExecutionStatus(value)) throw new Error(`Unknown execution status "${value}" in the database`);
  return value;
}

export function toExecutionSummary(row: ExecutionSummaryRow): ExecutionSummary {
  return {
    id: row.id,
    arn: row.arn,
    name: row.name,
    stateMachineArn: row.stateMachine.arn,
    stateMachineName: row.stateMachine.name,
    status: toExecutionStatus(row.status),
    startDate: row.startDate,
    stopDate: row.stopDate,
    durationMs: row.durationMs,
    error: row.error,
    cause: row.cause,
    failedStateName: row.failedStateName,
    redriveCount: row.redriveCount,
    mapRunArn: row.mapRunArn,
    eventCount: row.eventCount,
    lastEventAt: row.lastEventAt,
    inputBytes: row.inputBytes,
    outputBytes: row.outputBytes,
    historyComplete: row.historyComplete,
  };
}
