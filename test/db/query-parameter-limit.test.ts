import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findExecutionSyncStates,
  listFailureHourCounts,
  listMapRunArns,
  MAX_QUERY_PARAMETERS,
  saveMetricHours,
  saveSourceMetricHours,
} from '@/lib/db';
import { createTestDatabase, type TestDatabase } from '@/test/support/test-database';
import { seedExecutions, toExecutionArn } from './seed-executions';

/** More values than one statement may bind on SQLite (32,766) and than Prisma binds on PostgreSQL (32,766). */
const MANY = 70_000;
const START = new Date('2026-03-01T00:00:00.000Z');
const HOUR_MS = 3_600_000;

/** `count` values from `make`, with `known` placed first, in the middle and last. */
function manyWith<T>(known: readonly T[], make: (index: number) => T, count = MANY): T[] {
  const values = Array.from({ length: count }, (_, index) => make(index));
  known.forEach((value, index) => {
    values[index === 0 ? 0 : index === 1 ? Math.floor(count / 2) : count - known.length + index] = value;
  });
  return values;
}

describe(`reads and writes given more than ${MAX_QUERY_PARAMETERS.toLocaleString()} values`, () => {
  let testDb: TestDatabase;
  const parentArn = toExecutionArn('orders', 'parent');
  const mapRunArn = 'arn:aws:states:eu-west-1:123456789012:mapRun:orders/fan:4f0b6c3e-1';
  const storedArns = [parentArn, toExecutionArn('orders', 'failed'), toExecutionArn('orders', 'last')];

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const { db } = testDb;
    const machineIds = await seedExecutions(db, [
      { machine: 'orders', name: 'parent', status: 'SUCCEEDED', startDate: START },
      { machine: 'orders', name: 'failed', status: 'FAILED', startDate: START, error: 'States.TaskFailed', failedStateName: 'Charge' },
      { machine: 'orders', name: 'last', status: 'RUNNING', startDate: new Date(START.getTime() + 60_000) },
    ]);
    const stateMachineId = machineIds.get('orders') ?? 0;
    const executions = await db.execution.findMany({ where: { arn: { in: storedArns } }, select: { id: true, arn: true, sourceId: true } });
    const parentId = executions.find((row) => row.arn === parentArn)?.id ?? 0;
    await db.historyEvent.createMany({
      data: [1, 2, 3].map((eventId) => ({
        executionId: parentId,
        eventId,
        type: eventId === 2 ? 'MapRunStarted' : 'PassStateEntered',
        timestamp: new Date(START.getTime() + eventId),
        details: eventId === 2 ? { mapRunStartedEventDetails: { mapRunArn } } : {},
      })),
    });
    const failed = executions.find((row) => row.arn === storedArns[1]);
    await db.failureKey.create({
      data: {
        executionId: failed?.id ?? 0,
        groupKey: 'orders|Charge|States.TaskFailed',
        stateMachineId,
        sourceId: failed?.sourceId ?? 0,
        status: 'FAILED',
        failedStateName: 'Charge',
        error: 'States.TaskFailed',
        normalisedCause: '',
        failedAt: START,
        failedHour: START.getTime() / HOUR_MS,
        syncedAt: START,
      },
    });
  });
  afterAll(async () => {
    await testDb?.cleanup();
  });

  it('looks up 70,000 listed executions as a sync of a large account does: stored states and the Map Runs they started', async () => {
    const arns = manyWith(storedArns, (index) => toExecutionArn('orders', `unknown-${index}`));
    const states = await findExecutionSyncStates(testDb.db, arns);
    expect([...states.keys()].sort()).toEqual([...storedArns].sort());
    expect(states.get(storedArns[2])?.status).toBe('RUNNING');
    expect(await listMapRunArns(testDb.db, arns)).toEqual([{ executionArn: parentArn, mapRunArn }]);
  });

  it('counts failures per hour for 70,000 failure groups', async () => {
    const keys = manyWith(['orders|Charge|States.TaskFailed'], (index) => `group-${index}`);
    const counts = await listFailureHourCounts(testDb.db, {}, keys);
    expect(counts.size).toBe(MANY);
    expect([...(counts.get('orders|Charge|States.TaskFailed') ?? new Map())]).toEqual([[START.getTime() / HOUR_MS, 1]]);
    expect(counts.get('group-1')?.size).toBe(0);
  });

  // Prisma writes a few thousand rows a second: just over the limit keeps this test short.
  it('stores more metric hours at once than one statement binds, and replaces them when read again', async () => {
    const { db } = testDb;
    const stateMachineId = (await db.stateMachine.findFirstOrThrow()).id;
    const sourceId = (await db.source.findFirstOrThrow()).id;
    const count = MAX_QUERY_PARAMETERS + 1_000;
    const hours = Array.from({ length: count }, (_, index) => new Date(START.getTime() - index * HOUR_MS));
    const rows = (value: number) => hours.map((hourStart) => ({ stateMachineId, metric: 'ExecutionsStarted', statistic: 'Sum', hourStart, value }));
    const sourceRows = (value: number) => hours.map((hourStart) => ({ sourceId, metric: 'ThrottledEvents', statistic: 'Sum', dimension: 'StartExecution', hourStart, value }));

    expect(await saveMetricHours(db, rows(1))).toBe(count);
    expect(await saveSourceMetricHours(db, sourceRows(1))).toBe(count);
    expect(await saveMetricHours(db, rows(2))).toBe(count);
    expect(await saveSourceMetricHours(db, sourceRows(2))).toBe(count);

    const stored = await db.metricHour.groupBy({ by: ['value'], _count: { _all: true } });
    expect(stored.map((group) => [group.value, group._count._all])).toEqual([[2, count]]);
    const storedSource = await db.sourceMetricHour.groupBy({ by: ['value'], _count: { _all: true } });
    expect(storedSource.map((group) => [group.value, group._count._all])).toEqual([[2, count]]);
  }, 120_000);
});
