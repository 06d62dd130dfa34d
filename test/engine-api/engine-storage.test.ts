import { afterEach, describe, expect, it } from 'vitest';
import { createEngineStorageBackend } from '@/lib/db';
import { createDurableStorage, createEngine, createSequentialIdGenerator, createVirtualClock, LambdaFunctionError, type TaskHandler } from '@/lib/engine';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

// Runs on SQLite, and on PostgreSQL when TEST_DATABASE_URL names a server.
const FN = 'arn:aws:lambda:us-east-1:111111111111:function:';
const T0 = Date.UTC(2024, 0, 1);

let database: TestDatabase | undefined;
afterEach(async () => {
  await database?.cleanup();
  database = undefined;
});

async function openStorage(options: { maxCachedEvents?: number } = {}) {
  database ??= await createTestDatabase();
  return createDurableStorage(createEngineStorageBackend(database.db), { writeDelayMs: 1, ...options });
}

describe('the engine on a database', () => {
  it('keeps state machines, revisions, executions, histories and tags across a restart', async () => {
    const storage = await openStorage();
    const clock = createVirtualClock({ autoAdvance: true, start: T0 });
    const engine = createEngine({ clock, storage, ids: createSequentialIdGenerator() });
    const { stateMachineArn } = engine.createStateMachine({ name: 'kept', definition: JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', Result: { v: 1 }, ResultPath: '$.a', Next: 'B' }, B: { Type: 'Wait', Seconds: 5, End: true } } }) });
    engine.putTags(stateMachineArn, { team: 'payments' });
    const { executionArn } = engine.startExecution({ stateMachineArn, name: 'first', input: '{"order":1}' });
    await engine.waitForExecution(executionArn);
    // Text that must survive the literal INSERTs: quotes, backslashes, newlines, NUL, non-ASCII.
    const tricky = JSON.stringify({ note: "it's a \\ \"quote\"\n\u0000 ü 😀 $1 ?" });
    const second = engine.startExecution({ stateMachineArn, name: 'tricky', input: tricky }).executionArn;
    await engine.waitForExecution(second);
    const trickyHistory = engine.readHistory(second);
    engine.updateStateMachine({ stateMachineArn, definition: JSON.stringify({ StartAt: 'Z', States: { Z: { Type: 'Succeed' } } }) });
    const { activityArn } = engine.createActivity({ name: 'kept-activity' });
    const before = engine.readHistory(executionArn);
    await storage.close();

    const reopened = await openStorage();
    const again = createEngine({ clock, storage: reopened });
    expect(again.describeExecution({ executionArn })).toMatchObject({ status: 'SUCCEEDED', output: '{"order":1,"a":{"v":1}}', input: '{"order":1}' });
    expect(await again.loadHistory(executionArn)).toEqual(before);
    expect(await again.loadHistory(second)).toEqual(trickyHistory);
    expect(again.describeExecution({ executionArn: second }).input).toBe(tricky);
    // The execution still describes the definition it ran, not the update.
    expect(JSON.parse(again.describeStateMachineForExecution({ executionArn }).definition)).toMatchObject({ StartAt: 'A' });
    expect(JSON.parse(again.describeStateMachine({ stateMachineArn }).definition)).toMatchObject({ StartAt: 'Z' });
    expect(again.getTags(stateMachineArn)).toEqual({ team: 'payments' });
    expect(again.listActivities().activities.map((a) => a.activityArn)).toEqual([activityArn]);
    await reopened.close();
  });

  it('resumes a retrying task and a waiting callback from the database at their original deadlines', async () => {
    const storage = await openStorage();
    const clock = createVirtualClock({ start: T0 });
    let calls = 0;
    const flaky: TaskHandler = () => {
      calls++;
      throw new LambdaFunctionError('Busy', 'try later');
    };
    const definition = JSON.stringify({
      StartAt: 'Call',
      States: {
        Call: { Type: 'Task', Resource: `${FN}flaky`, Retry: [{ ErrorEquals: ['Busy'], IntervalSeconds: 10, MaxAttempts: 1 }], Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Ask' }], Next: 'Ask' },
        Ask: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', Parameters: { 'token.$': '$$.Task.Token' }, End: true },
      },
    });
    const first = createEngine({ clock, storage, ids: createSequentialIdGenerator(), handlers: { flaky } });
    const { stateMachineArn } = first.createStateMachine({ name: 'resumable', definition });
    const { executionArn } = first.startExecution({ stateMachineArn, name: 'r1' });
    await clock.advance(3_000);
    expect(calls).toBe(1);
    // The process dies here: nothing more reaches the database.
    await storage.flush();

    const later = createVirtualClock({ start: T0 + 4_000 });
    const reopened = await openStorage();
    const second = createEngine({ clock: later, storage: reopened, ids: createSequentialIdGenerator(100), handlers: { flaky } });
    expect(await second.resume()).toEqual({ resumed: 1, closed: 0 });
    await later.advance(5_000);
    expect(calls).toBe(1);
    await later.advance(1_000);
    // The retry ran at 10 s after the failure, not 10 s after the restart.
    expect(calls).toBe(2);
    const scheduled = (await second.loadHistory(executionArn)).filter((e) => e.type === 'LambdaFunctionScheduled').map((e) => e.timestamp.getTime() - T0);
    expect(scheduled).toEqual([0, 10_000]);

    const token = JSON.parse((await second.loadHistory(executionArn)).find((e) => e.type === 'TaskScheduled')?.taskScheduledEventDetails?.parameters ?? '{}').token as string;
    second.sendTaskSuccess({ taskToken: token, output: '{"ok":true}' });
    expect(await second.waitForExecution(executionArn)).toMatchObject({ status: 'SUCCEEDED', output: '{"ok":true}' });
    const events = await second.loadHistory(executionArn);
    expect(events.map((e) => e.id)).toEqual(events.map((_, i) => i + 1));
    expect(events.filter((e) => e.type === 'TaskStateEntered').map((e) => e.stateEnteredEventDetails?.name)).toEqual(['Call', 'Ask']);
    await reopened.close();
  });

  it('keeps a SendTaskSuccess accepted just before the crash', async () => {
    const storage = await openStorage();
    const clock = createVirtualClock({ start: T0 });
    const first = createEngine({ clock, storage, ids: createSequentialIdGenerator() });
    const { stateMachineArn } = first.createStateMachine({ name: 'approval', definition: JSON.stringify({ StartAt: 'Ask', States: { Ask: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', Parameters: { 'token.$': '$$.Task.Token' }, End: true } } }) });
    const { executionArn } = first.startExecution({ stateMachineArn, name: 'a1' });
    await clock.advance(0);
    const token = JSON.parse(first.readHistory(executionArn).find((e) => e.type === 'TaskScheduled')?.taskScheduledEventDetails?.parameters ?? '{}').token as string;
    await storage.flush();
    // The engine accepts the answer (durably, as the API waits for) but dies before the task records it.
    storage.putTaskToken({ ...storage.listTaskTokens(executionArn)[0], outcome: { output: '{"approved":"yes"}' } });
    await storage.flush();

    const reopened = await openStorage();
    const second = createEngine({ clock: createVirtualClock({ start: T0 + 1000 }), storage: reopened });
    await second.resume();
    expect(await second.waitForExecution(executionArn)).toMatchObject({ status: 'SUCCEEDED', output: '{"approved":"yes"}' });
    expect(token).toBeTruthy();
    await reopened.close();
  });

  it('reads back histories it no longer caches, and redrives from them', async () => {
    const storage = await openStorage({ maxCachedEvents: 10 });
    const clock = createVirtualClock({ autoAdvance: true, start: T0 });
    let fail = true;
    const engine = createEngine({
      clock,
      storage,
      handlers: {
        gate: () => {
          if (fail) throw new LambdaFunctionError('Closed', 'gate closed');
          return 'open';
        },
      },
    });
    const chain = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`S${i}`, { Type: 'Pass', Next: i < 7 ? `S${i + 1}` : 'Gate' }]));
    const { stateMachineArn } = engine.createStateMachine({ name: 'evicted', definition: JSON.stringify({ StartAt: 'S0', States: { ...chain, Gate: { Type: 'Task', Resource: `${FN}gate`, End: true } } }) });
    const arns = ['e1', 'e2', 'e3'].map((name) => engine.startExecution({ stateMachineArn, name }).executionArn);
    for (const arn of arns) await engine.waitForExecution(arn);
    await storage.flush();
    expect(storage.cachedEventCount()).toBeLessThanOrEqual(30);
    const history = await engine.loadHistory(arns[0]);
    expect(history.map((e) => e.type).slice(-2)).toEqual(['LambdaFunctionFailed', 'ExecutionFailed']);

    fail = false;
    await engine.redriveExecution({ executionArn: arns[1] });
    expect(await engine.waitForExecution(arns[1])).toMatchObject({ status: 'SUCCEEDED', output: '"open"', redriveCount: 1 });
    await storage.flush();
    const after = await engine.loadHistory(arns[1]);
    expect(after.map((e) => e.id)).toEqual(after.map((_, i) => i + 1));
    expect(after.filter((e) => e.type === 'PassStateEntered')).toHaveLength(8);
    await storage.close();
  });
});
