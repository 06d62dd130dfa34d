import { createEngine, createSequentialIdGenerator, createVirtualClock, type TaskHandler } from '@/lib/engine';
import { ensureSource, saveExecution, saveStateMachine, type Db } from '@/lib/db';
import type { ExecutionRecord, StateMachineRecord } from '@/lib/model';

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs `count` executions of one definition on the local engine (a virtual clock starting at `startMs`,
 * advanced `steps` × `stepMs` after the starts) and stores them as a sync of the source "Local engine" does.
 */
export async function storeEngineRuns(
  db: Db,
  definition: Record<string, unknown>,
  options: { name: string; startMs: number; count?: number; steps?: number; stepMs?: number; handlers?: Record<string, TaskHandler> },
): Promise<ExecutionRecord[]> {
  const clock = createVirtualClock({ start: options.startMs });
  const engine = createEngine({ clock, ids: createSequentialIdGenerator(), handlers: options.handlers });
  const text = JSON.stringify(definition);
  const { stateMachineArn } = engine.createStateMachine({ name: options.name, definition: text });
  const arns: string[] = [];
  for (let index = 0; index < (options.count ?? 1); index++) {
    arns.push(engine.startExecution({ stateMachineArn, name: `${options.name}-${index + 1}`, input: '{}' }).executionArn);
    await flush();
  }
  for (let step = 0; step < (options.steps ?? 0); step++) {
    await clock.advance(options.stepMs ?? 1_000);
    await flush();
  }
  await flush();
  const sourceId = await ensureSource(db, { kind: 'LOCAL', name: 'Local engine', region: 'us-east-1', accountId: '123456789012' });
  const machine: StateMachineRecord = { arn: stateMachineArn, name: options.name, type: 'STANDARD', definition: text, revisionId: null, status: 'ACTIVE', roleArn: null, logGroupArn: null, createdAt: null };
  const { stateMachineId, revisionId } = await saveStateMachine(db, sourceId, machine);
  const records: ExecutionRecord[] = [];
  for (const executionArn of arns) {
    const described = engine.describeExecution({ executionArn });
    const record: ExecutionRecord = {
      arn: executionArn,
      name: described.name ?? executionArn.split(':').at(-1) ?? '',
      stateMachineArn,
      status: described.status as ExecutionRecord['status'],
      startDate: new Date(described.startDate ?? options.startMs),
      stopDate: described.stopDate ? new Date(described.stopDate) : null,
      input: described.input ?? null,
      output: described.output ?? null,
      error: described.error ?? null,
      cause: described.cause ?? null,
      failedStateName: null,
      redriveCount: 0,
      redriveDate: null,
      redriveStatus: null,
      redriveStatusReason: null,
      mapRunArn: null,
      events: engine.readHistory(executionArn),
      historyComplete: true,
    };
    await saveExecution(db, { sourceId, stateMachineId, revisionId }, record);
    records.push(record);
  }
  return records;
}
