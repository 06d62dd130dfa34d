import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSource, saveExecution, saveStateMachine, type Db } from '@/lib/db';
import { createEngine, createSequentialIdGenerator, createVirtualClock } from '@/lib/engine';
import { getStateTransitionCount, type ExecutionRecord, type HistoryEvent } from '@/lib/model';
import { createTestDatabase, type TestDatabase } from '@/test/support/test-database';

const MACHINE_ARN = 'arn:aws:states:us-east-1:111111111111:stateMachine:sm';

/** A real history with retries and a Map: Task (retried twice) → Map over 4 items (Task each). */
async function recordHistory(): Promise<HistoryEvent[]> {
  let calls = 0;
  const clock = createVirtualClock({ autoAdvance: true, start: Date.UTC(2024, 0, 1) });
  const engine = createEngine({ clock, ids: createSequentialIdGenerator(), handlers: { f: (input) => (++calls <= 2 ? Promise.reject(new Error('boom')) : input) } });
  const definition = {
    StartAt: 'T',
    States: {
      T: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:111111111111:function:f', Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 1, MaxAttempts: 3 }], Next: 'M' },
      M: { Type: 'Map', ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:111111111111:function:f', End: true } } }, End: true },
    },
  };
  const { stateMachineArn } = engine.createStateMachine({ name: 'sm', definition: JSON.stringify(definition) });
  const { executionArn } = engine.startExecution({ stateMachineArn, input: '[1,2,3,4]' });
  await engine.waitForExecution(executionArn);
  return engine.readHistory(executionArn);
}

function toRecord(name: string, events: HistoryEvent[], status: ExecutionRecord['status']): ExecutionRecord {
  return {
    arn: `arn:aws:states:us-east-1:111111111111:execution:sm:${name}`,
    name,
    stateMachineArn: MACHINE_ARN,
    status,
    startDate: new Date(Date.UTC(2024, 0, 1)),
    stopDate: status === 'RUNNING' ? null : new Date(Date.UTC(2024, 0, 1, 0, 5)),
    input: '[1,2,3,4]',
    output: null,
    error: null,
    cause: null,
    failedStateName: null,
    redriveCount: 0,
    redriveDate: null,
    redriveStatus: null,
    redriveStatusReason: null,
    mapRunArn: null,
    events,
    historyComplete: events[0]?.id === 1 && events.every((event, index) => event.id === index + 1),
  };
}

describe('saveExecution fills stateTransitions', () => {
  let testDb: TestDatabase;
  let db: Db;
  let target: { sourceId: number; stateMachineId: number; revisionId: number | null };
  let history: HistoryEvent[];
  const stored = async (name: string) =>
    (await db.execution.findUniqueOrThrow({ where: { arn: toRecord(name, [], 'RUNNING').arn }, select: { stateTransitions: true } })).stateTransitions;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = testDb.db;
    const sourceId = await ensureSource(db, { kind: 'IMPORT', name: 'test', region: 'us-east-1', accountId: '111111111111' });
    const machine = await saveStateMachine(db, sourceId, { arn: MACHINE_ARN, name: 'sm', type: 'STANDARD', definition: null, revisionId: null, status: null, roleArn: null, logGroupArn: null, createdAt: null });
    target = { sourceId, ...machine };
    history = await recordHistory();
  });

  afterAll(async () => {
    await testDb?.cleanup();
  });

  it('stores the count of a complete history: one entry and two retries of T, the Map and four iterations', async () => {
    await saveExecution(db, target, toRecord('whole', history, 'SUCCEEDED'));
    expect(getStateTransitionCount(history)).toBe(1 + 2 + 1 + 4);
    expect(await stored('whole')).toBe(8);
  });

  it('adds the transitions of appended events to the stored count, wherever the history was cut', async () => {
    for (const cut of [3, 5, 9, 14, history.length - 1]) {
      const name = `grown-${cut}`;
      await saveExecution(db, target, toRecord(name, history.slice(0, cut), 'RUNNING'));
      expect(await stored(name)).toBe(getStateTransitionCount(history.slice(0, cut)));
      // A sync sends only the events after the last stored one.
      await saveExecution(db, target, toRecord(name, history.slice(cut), 'SUCCEEDED'));
      expect(await stored(name)).toBe(8);
    }
  });

  it('leaves the count unknown when a gap means events are missing, and keeps it when an older copy comes again', async () => {
    await saveExecution(db, target, toRecord('gap', history.slice(0, 4), 'RUNNING'));
    await saveExecution(db, target, toRecord('gap', history.slice(6), 'SUCCEEDED'));
    expect(await stored('gap')).toBeNull();

    await saveExecution(db, target, toRecord('older', history, 'SUCCEEDED'));
    await saveExecution(db, target, { ...toRecord('older', history.slice(0, 5), 'SUCCEEDED') });
    expect(await stored('older')).toBe(8);
  });

  it('counts a row stored before transitions were counted when its complete history is imported again', async () => {
    await saveExecution(db, target, toRecord('legacy', history, 'SUCCEEDED'));
    await db.execution.update({ where: { arn: toRecord('legacy', [], 'RUNNING').arn }, data: { stateTransitions: null } });
    const result = await saveExecution(db, target, toRecord('legacy', history, 'SUCCEEDED'));
    expect(result.status).toBe('updated');
    expect(await stored('legacy')).toBe(8);
  });
});
