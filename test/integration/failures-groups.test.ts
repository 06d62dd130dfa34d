import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CAUSE_RULES_VERSION, getFailureParts, groupFailures } from '@/lib/analysis';
import { listActionCandidates, listFailureGroupExecutions, listFailureGroups, listFailureHourCounts, refreshFailureKeys, type FailureKeyDeriver } from '@/lib/db';
import { createTestDatabase, type TestDatabase } from '@/test/support/test-database';
import { seedExecutions, toExecutionArn, toStateMachineArn, type SeedExecution } from '@/test/db/seed-executions';

const deriver: FailureKeyDeriver = { rulesVersion: CAUSE_RULES_VERSION, derive: getFailureParts };
const at = (hour: number) => new Date(Date.UTC(2026, 2, 1, hour));

const seeds: SeedExecution[] = [
  ...[1001, 1002, 1003].map((n, i) => ({
    machine: 'orders',
    name: `o-${n}`,
    status: 'FAILED' as const,
    startDate: at(i),
    error: 'CardDeclinedError',
    cause: JSON.stringify({ errorMessage: `Card declined for order ${n}`, trace: [`line ${n}`] }),
    failedStateName: 'Charge',
    input: JSON.stringify({ orderId: n, customer: n === 1002 ? 'acme-corp' : 'globex' }),
  })),
  { machine: 'orders', name: 'o-2001', status: 'TIMED_OUT', startDate: at(5), error: 'States.Timeout', cause: null, failedStateName: 'Ship' },
  { machine: 'billing', name: 'b-1', status: 'ABORTED', startDate: at(6), error: 'Operator', cause: 'stopped by jane@example.com', failedStateName: null },
  { machine: 'orders', name: 'o-ok', status: 'SUCCEEDED', startDate: at(7) },
  { machine: 'orders', name: 'o-run', status: 'RUNNING', startDate: at(8) },
];

describe('failure groups in the database', () => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase();
    await seedExecutions(database.db, seeds);
  });
  afterEach(async () => {
    await database.cleanup();
  });

  it('groups failed, timed-out and aborted executions in SQL exactly as the in-memory rule does', async () => {
    const { db } = database;
    expect(await refreshFailureKeys(db, deriver)).toMatchObject({ written: 5, deleted: 0 });
    const page = await listFailureGroups(db, {}, { limit: 50, offset: 0 });
    expect(page).toMatchObject({ totalGroups: 3, totalFailures: 5 });
    const expected = groupFailures(
      seeds
        .filter((seed) => ['FAILED', 'TIMED_OUT', 'ABORTED'].includes(seed.status))
        .map((seed) => ({ ...seed, stateMachineArn: toStateMachineArn(seed.machine), error: seed.error ?? null, cause: seed.cause ?? null, failedStateName: seed.failedStateName ?? null, stopDate: new Date(seed.startDate.getTime() + 1_000) })),
    );
    expect(page.groups.map((group) => [group.groupKey, group.count, group.normalisedCause])).toEqual(expected.map((group) => [group.groupKey, group.count, group.normalisedCause]));
    expect(page.groups[0]).toMatchObject({ stateMachineName: 'orders', failedStateName: 'Charge', normalisedCause: 'Card declined for order <n>', firstSeen: new Date(at(0).getTime() + 1_000), lastSeen: new Date(at(2).getTime() + 1_000) });
  });

  it('filters by state machine, status, time and text in the error, cause or input', async () => {
    const { db } = database;
    await refreshFailureKeys(db, deriver);
    const count = async (filter: Parameters<typeof listFailureGroups>[1]) => (await listFailureGroups(db, filter, { limit: 50, offset: 0 })).totalFailures;
    expect(await count({ stateMachineArns: [toStateMachineArn('billing')] })).toBe(1);
    expect(await count({ stateMachineArns: [toStateMachineArn('nope')] })).toBe(0);
    expect(await count({ statuses: ['TIMED_OUT'] })).toBe(1);
    expect(await count({ failedAfter: at(2), failedBefore: at(6) })).toBe(2);
    expect(await count({ search: 'ACME-corp' })).toBe(1);
    expect(await count({ search: 'jane@' })).toBe(1);
    expect(await count({ search: 'states.timeout' })).toBe(1);
  });

  it('lists a group’s executions newest first and charts them per hour', async () => {
    const { db } = database;
    await refreshFailureKeys(db, deriver);
    const [group] = (await listFailureGroups(db, {}, { limit: 1, offset: 0 })).groups;
    const members = await listFailureGroupExecutions(db, group.groupKey, {}, { limit: 2, offset: 0 });
    expect(members.total).toBe(3);
    expect(members.items.map((item) => item.name)).toEqual(['o-1003', 'o-1002']);
    const hours = await listFailureHourCounts(db, {}, [group.groupKey]);
    expect([...(hours.get(group.groupKey) ?? new Map()).values()]).toEqual([1, 1, 1]);
    const candidates = await listActionCandidates(db, { groupKey: group.groupKey, filter: {} });
    expect(candidates.map((candidate) => candidate.arn).sort()).toEqual(['o-1001', 'o-1002', 'o-1003'].map((name) => toExecutionArn('orders', name)));
    expect(candidates[0]).toMatchObject({ stateMachineType: 'STANDARD', sourceKind: 'IMPORT' });
  });

  it('moves an execution out of its group once a later sync shows it redriven and running', async () => {
    const { db } = database;
    await refreshFailureKeys(db, deriver);
    await db.execution.update({
      where: { arn: toExecutionArn('orders', 'o-1001') },
      data: { status: 'RUNNING', stopDate: null, redriveCount: 1, lastSyncedAt: new Date(Date.now() + 1_000) },
    });
    expect(await refreshFailureKeys(db, deriver)).toMatchObject({ written: 0, deleted: 1 });
    expect((await listFailureGroups(db, {}, { limit: 1, offset: 0 })).groups[0].count).toBe(2);
    // Nothing changed since: the next refresh writes nothing.
    expect(await refreshFailureKeys(db, deriver)).toMatchObject({ written: 0, deleted: 0 });
  });

  it('derives and re-derives thousands of keys in batches the database accepts', async () => {
    const { db } = database;
    const past = at(10);
    await seedExecutions(
      db,
      Array.from({ length: 2_500 }, (_, i) => ({ machine: 'bulk', name: `bulk-${i}`, status: 'FAILED' as const, startDate: past, error: 'Boom', cause: `item ${i} failed`, failedStateName: 'Work' })),
    );
    expect(await refreshFailureKeys(db, deriver)).toMatchObject({ written: 2_505 });
    const later = new Date(Date.now() + 1_000);
    await db.execution.updateMany({ where: { name: { startsWith: 'bulk-1' } }, data: { status: 'RUNNING', lastSyncedAt: later } });
    const moved = await db.execution.count({ where: { name: { startsWith: 'bulk-1' } } });
    expect(await refreshFailureKeys(db, deriver)).toMatchObject({ written: 0, deleted: moved });
    const [bulk] = (await listFailureGroups(db, { stateMachineArns: [toStateMachineArn('bulk')] }, { limit: 1, offset: 0 })).groups;
    expect(bulk).toMatchObject({ count: 2_500 - moved, normalisedCause: 'item <n> failed' });
  });
});

