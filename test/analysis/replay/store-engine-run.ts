import { ensureSource, saveExecution, saveStateMachine, type Db } from '@/lib/db';
import { getExecutionOutcome, isExecutionStatus, type ExecutionRecord } from '@/lib/model';
import type { EngineRun } from './engine-scenarios';

/** Stores an engine run the way sync stores a local engine's executions: machine, definition, history. */
export async function storeEngineRun(db: Db, run: EngineRun): Promise<{ executionArn: string; executionId: number }> {
  const sourceId = await ensureSource(db, { kind: 'LOCAL', name: 'Local engine (tests)', region: 'us-east-1', accountId: '111111111111' });
  const target = await saveStateMachine(db, sourceId, {
    arn: run.stateMachineArn,
    name: run.stateMachineName,
    type: 'STANDARD',
    definition: JSON.stringify(run.definition),
    revisionId: null,
    status: 'ACTIVE',
    roleArn: null,
    logGroupArn: null,
    createdAt: null,
  });
  const outcome = getExecutionOutcome(run.events);
  const record: ExecutionRecord = {
    arn: run.executionArn,
    name: run.executionArn.split(':').at(-1) ?? run.executionArn,
    stateMachineArn: run.stateMachineArn,
    status: isExecutionStatus(run.status) ? run.status : outcome.status,
    startDate: outcome.startDate ?? run.events[0].timestamp,
    stopDate: outcome.stopDate,
    input: run.input,
    output: run.output,
    error: run.error,
    cause: run.cause,
    failedStateName: outcome.failedStateName,
    redriveCount: 0,
    redriveDate: null,
    redriveStatus: null,
    redriveStatusReason: null,
    mapRunArn: null,
    events: run.events,
    historyComplete: true,
  };
  await saveExecution(db, { sourceId, ...target }, record);
  const stored = await db.execution.findUniqueOrThrow({ where: { arn: run.executionArn }, select: { id: true } });
  return { executionArn: run.executionArn, executionId: stored.id };
}
