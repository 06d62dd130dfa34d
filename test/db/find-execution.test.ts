import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countHistoryEventsByType,
  findExecution,
  findStateMachine,
  getExecutionOrThrow,
  listHistoryEvents,
  listStateMachinesWithCounts,
} from '@/lib/db';
import { AppError } from '@/lib/errors';
import { createTestDatabase, type TestDatabase } from '@/test/support/test-database';
import { seedExecutions, toExecutionArn, toStateMachineArn } from './seed-executions';

const START = new Date('2026-01-01T10:00:00.000Z');

describe('execution and state machine reads', () => {
  let testDb: TestDatabase;
  let failedId: number;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const { db } = testDb;
    const machineIds = await seedExecutions(db, [
      {
        machine: 'orders',
        name: 'failed-1',
        status: 'FAILED',
        startDate: START,
        durationMs: 2_500,
        error: 'Lambda.Unknown',
        cause: 'boom',
        failedStateName: 'ChargeCard',
        input: '{"orderId":1}',
      },
      { machine: 'orders', name: 'ok-1', status: 'SUCCEEDED', startDate: new Date(START.getTime() + 60_000) },
      { machine: 'orders', name: 'ok-2', status: 'SUCCEEDED', startDate: new Date(START.getTime() - 60_000) },
      { machine: 'billing', name: 'run-1', status: 'RUNNING', startDate: START },
    ]);
    const ordersId = machineIds.get('orders') ?? 0;
    await db.stateMachineRevision.createMany({
      data: [
        { stateMachineId: ordersId, definition: '{"StartAt":"Old"}', definitionHash: 'a', definitionBytes: 17, firstSeenAt: START },
        {
          stateMachineId: ordersId,
          definition: '{"StartAt":"ChargeCard"}',
          definitionHash: 'b',
          definitionBytes: 24,
          revisionId: 'rev-2',
          firstSeenAt: new Date(START.getTime() + 1_000),
        },
      ],
    });
    const failed = await db.execution.findUniqueOrThrow({ where: { arn: toExecutionArn('orders', 'failed-1') } });
    failedId = failed.id;
    const at = (seconds: number) => new Date(START.getTime() + seconds * 1_000);
    await db.historyEvent.createMany({
      data: [
        { executionId: failedId, eventId: 1, previousEventId: 0, type: 'ExecutionStarted', timestamp: at(0), details: { executionStartedEventDetails: { input: '{"orderId":1}', roleArn: 'arn:aws:iam::123456789012:role/r' } } },
        { executionId: failedId, eventId: 2, previousEventId: 0, type: 'TaskStateEntered', timestamp: at(0), stateName: 'ChargeCard', details: { stateEnteredEventDetails: { name: 'ChargeCard', input: '{}' } } },
        { executionId: failedId, eventId: 3, previousEventId: 2, type: 'TaskFailed', timestamp: at(1), details: { taskFailedEventDetails: { resourceType: 'lambda', resource: 'invoke', error: 'Lambda.Unknown', cause: 'boom' } } },
        { executionId: failedId, eventId: 4, previousEventId: 3, type: 'ShinyNewEvent', timestamp: at(2), details: { shinyNewEventDetails: { answer: 42 } } },
        { executionId: failedId, eventId: 5, previousEventId: 4, type: 'ExecutionFailed', timestamp: at(2.5), details: { executionFailedEventDetails: { error: 'Lambda.Unknown', cause: 'boom' } } },
      ],
    });
  });
  afterAll(async () => {
    await testDb?.cleanup();
  });

  it('finds an execution with its payloads and state machine', async () => {
    const execution = await findExecution(testDb.db, toExecutionArn('orders', 'failed-1'));
    expect(execution).toMatchObject({
      name: 'failed-1',
      status: 'FAILED',
      error: 'Lambda.Unknown',
      cause: 'boom',
      failedStateName: 'ChargeCard',
      input: '{"orderId":1}',
      stateMachineArn: toStateMachineArn('orders'),
      stateMachineName: 'orders',
      stateMachineType: 'STANDARD',
      sourceName: 'test',
      durationMs: 2_500,
    });
    expect(execution?.startDate).toEqual(START);
  });

  it('returns null for a missing execution and getExecutionOrThrow throws not_found', async () => {
    const arn = toExecutionArn('orders', 'nope');
    expect(await findExecution(testDb.db, arn)).toBeNull();
    const error = await getExecutionOrThrow(testDb.db, arn).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'not_found', status: 404 });
  });

  it('rebuilds history events into the AWS shape, in id order', async () => {
    const events = await listHistoryEvents(testDb.db, failedId);
    expect(events.map((event) => event.id)).toEqual([1, 2, 3, 4, 5]);
    expect(events[2]).toEqual({
      id: 3,
      previousEventId: 2,
      type: 'TaskFailed',
      timestamp: new Date(START.getTime() + 1_000),
      taskFailedEventDetails: { resourceType: 'lambda', resource: 'invoke', error: 'Lambda.Unknown', cause: 'boom' },
    });
    // An event type newer than our SDK keeps its raw members.
    expect(events[3]).toMatchObject({ type: 'ShinyNewEvent', shinyNewEventDetails: { answer: 42 } });
  });

  it('filters events by type and searches their text case-insensitively', async () => {
    const failures = await listHistoryEvents(testDb.db, failedId, { types: ['TaskFailed', 'ExecutionFailed'] });
    expect(failures.map((event) => event.id)).toEqual([3, 5]);
    const found = await listHistoryEvents(testDb.db, failedId, { search: 'CHARGECARD' });
    expect(found.map((event) => event.id)).toEqual([2]);
    const both = await listHistoryEvents(testDb.db, failedId, { types: ['TaskFailed'], search: 'lambda.unknown' });
    expect(both.map((event) => event.id)).toEqual([3]);
  });

  it('counts events per type', async () => {
    expect(await countHistoryEventsByType(testDb.db, failedId)).toEqual([
      { type: 'ExecutionFailed', count: 1 },
      { type: 'ExecutionStarted', count: 1 },
      { type: 'ShinyNewEvent', count: 1 },
      { type: 'TaskFailed', count: 1 },
      { type: 'TaskStateEntered', count: 1 },
    ]);
  });

  it('lists state machines with counts per status and their newest start', async () => {
    const machines = await listStateMachinesWithCounts(testDb.db);
    expect(machines.map((machine) => machine.name)).toEqual(['billing', 'orders']);
    const orders = machines[1];
    expect(orders.countsByStatus).toMatchObject({ FAILED: 1, SUCCEEDED: 2, RUNNING: 0 });
    expect(orders.executionCount).toBe(3);
    expect(orders.lastStartDate).toEqual(new Date(START.getTime() + 60_000));
    expect(machines[0].countsByStatus.RUNNING).toBe(1);
  });

  it('finds a state machine with its newest definition', async () => {
    const machine = await findStateMachine(testDb.db, toStateMachineArn('orders'));
    expect(machine).toMatchObject({
      name: 'orders',
      definition: '{"StartAt":"ChargeCard"}',
      revisionId: 'rev-2',
      revisionCount: 2,
    });
    expect(await findStateMachine(testDb.db, toStateMachineArn('missing'))).toBeNull();
    const billing = await findStateMachine(testDb.db, toStateMachineArn('billing'));
    expect(billing?.definition).toBeNull();
  });
});
