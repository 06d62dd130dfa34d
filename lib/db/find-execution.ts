import type { ExecutionDetail } from '@/lib/model';
import { toEventIdRanges } from './to-event-id-ranges';
import type { Db } from './client';
import { toExecutionSummary } from './to-execution-summary';

/** One execution with its payloads, or null when none has this ARN. */
export async function findExecution(db: Db, arn: string): Promise<ExecutionDetail | null> {
  const row = await db.execution.findUnique({
    where: { arn },
    include: {
      stateMachine: { select: { arn: true, name: true, type: true } },
      source: { select: { name: true } },
    },
  });
  if (!row) return null;
  return {
    ...toExecutionSummary(row),
    stateMachineType: row.stateMachine.type,
    sourceName: row.source.name,
    input: row.input,
    output: row.output,
    redriveStatus: row.redriveStatus,
    redriveStatusReason: row.redriveStatusReason,
    redriveDate: row.redriveDate,
    stateTransitions: row.stateTransitions,
    missingEvents: row.historyComplete ? null : toEventIdRanges(row.missingEvents),
  };
}
