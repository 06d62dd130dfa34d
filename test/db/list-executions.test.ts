import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countExecutionsByStatus,
  listExecutions,
  type Db,
} from '@/lib/db';
import { EXECUTION_SORTS, type ExecutionFilter, type ExecutionSort, type ExecutionStatus } from '@/lib/model';
import { createTestDatabase, type TestDatabase } from '@/test/support/test-database';
import { seedExecutions, toStateMachineArn, type SeedExecution } from './seed-executions';

const BASE = Date.UTC(2026, 0, 1);
const STATUSES: ExecutionStatus[] = ['SUCCEEDED', 'SUCCEEDED', 'FAILED', 'RUNNING', 'TIMED_OUT', 'ABORTED'];
const ERRORS = ['Lambda.ServiceException', 'States.Timeout', 'States.TaskFailed', 'CustomError'];

/** 150 executions over 3 machines; startDates and durations tie in threes so ties cross page edges. */
function makeExecutions(): SeedExecution[] {
  return Array.from({ length: 150 }, (_, i) => {
    const status = STATUSES[i % STATUSES.length];
    return {
      machine: ['orders', 'billing', 'reports'][i % 3],
      name: `run-${String(i).padStart(3, '0')}`,
      status,
      startDate: new Date(BASE + Math.floor(i / 3) * 60_000),
      durationMs: (i % 7) * 1_000,
      error: status === 'FAILED' || status === 'TIMED_OUT' ? ERRORS[i % ERRORS.length] : null,
    };
  });
}

type Row = { id: number; startDate: Date; durationMs: number | null };

function sortRows(rows: Row[], sort: ExecutionSort): number[] {
  const [key, direction] = sort.split(':');
  const sign = direction === 'desc' ? -1 : 1;
  return [...rows]
    .sort((a, b) => {
      if (key === 'duration') {
        if (a.durationMs === null || b.durationMs === null) {
          // Running executions last in either direction.
          if (a.durationMs !== b.durationMs) return a.durationMs === null ? 1 : -1;
          return sign * (a.id - b.id);
        }
        if (a.durationMs !== b.durationMs) return sign * (a.durationMs - b.durationMs);
      } else if (a.startDate.getTime() !== b.startDate.getTime()) {
        return sign * (a.startDate.getTime() - b.startDate.getTime());
      }
      return sign * (a.id - b.id);
    })
    .map((row) => row.id);
}

async function walkForward(db: Db, sort: ExecutionSort, filter: ExecutionFilter = {}): Promise<number[][]> {
  const pages: number[][] = [];
  let after: string | undefined;
  for (let guard = 0; guard < 100; guard += 1) {
    const page = await listExecutions(db, filter, { sort, limit: 10, after });
    pages.push(page.items.map((item) => item.id));
    if (!page.nextCursor) return pages;
    after = page.nextCursor;
  }
  throw new Error('pagination did not end');
}

describe('listExecutions', () => {
  let testDb: TestDatabase;
  let rows: Row[];

  beforeAll(async () => {
    testDb = await createTestDatabase();
    await seedExecutions(testDb.db, makeExecutions());
    rows = await testDb.db.execution.findMany({ select: { id: true, startDate: true, durationMs: true } });
  });
  afterAll(async () => {
    await testDb?.cleanup();
  });

  it.each(EXECUTION_SORTS)('pages through every execution once, in order, by %s', async (sort) => {
    const pages = await walkForward(testDb.db, sort);
    expect(pages.flat()).toEqual(sortRows(rows, sort));
    expect(pages.slice(0, -1).every((page) => page.length === 10)).toBe(true);
  });

  it.each(EXECUTION_SORTS)('pages back to the first page by %s', async (sort) => {
    const forward = await walkForward(testDb.db, sort);
    let page = await listExecutions(testDb.db, {}, { sort, limit: 10 });
    while (page.nextCursor) page = await listExecutions(testDb.db, {}, { sort, limit: 10, after: page.nextCursor });
    const backward: number[][] = [page.items.map((item) => item.id)];
    while (page.prevCursor) {
      page = await listExecutions(testDb.db, {}, { sort, limit: 10, before: page.prevCursor });
      backward.unshift(page.items.map((item) => item.id));
    }
    expect(backward.flat()).toEqual(forward.flat());
    expect(backward[0]).toEqual(forward[0]);
    expect(page.prevCursor).toBeNull();
  });

  it('has no previous page on the first page and no next page on the last', async () => {
    const first = await listExecutions(testDb.db, {}, { limit: 200 });
    expect(first.items).toHaveLength(150);
    expect(first.prevCursor).toBeNull();
    expect(first.nextCursor).toBeNull();
  });

  it('falls back to the first page for a mangled cursor', async () => {
    const first = await listExecutions(testDb.db, {}, { limit: 5 });
    const mangled = await listExecutions(testDb.db, {}, { limit: 5, after: 'not-a-cursor' });
    expect(mangled.items.map((item) => item.id)).toEqual(first.items.map((item) => item.id));
  });

  it('leaves the input and output payloads out of list rows', async () => {
    const page = await listExecutions(testDb.db, {}, { limit: 1 });
    expect(page.items[0]).not.toHaveProperty('input');
    expect(page.items[0]).not.toHaveProperty('output');
    expect(page.items[0].stateMachineArn).toMatch(/:stateMachine:/);
  });

  it('filters by state machine, status and start time', async () => {
    const filter: ExecutionFilter = {
      stateMachineArns: [toStateMachineArn('orders'), toStateMachineArn('billing')],
      statuses: ['FAILED', 'TIMED_OUT'],
      startedAfter: new Date(BASE + 10 * 60_000),
      startedBefore: new Date(BASE + 30 * 60_000),
    };
    const expected = makeExecutions().filter(
      (execution) =>
        ['orders', 'billing'].includes(execution.machine) &&
        ['FAILED', 'TIMED_OUT'].includes(execution.status) &&
        execution.startDate.getTime() >= BASE + 10 * 60_000 &&
        execution.startDate.getTime() < BASE + 30 * 60_000,
    );
    const pages = await walkForward(testDb.db, 'startDate:desc', filter);
    expect(pages.flat()).toHaveLength(expected.length);
    const page = await listExecutions(testDb.db, filter, { limit: 200 });
    expect(new Set(page.items.map((item) => item.name))).toEqual(new Set(expected.map((execution) => execution.name)));
  });

  it('matches error text case-insensitively', async () => {
    const expected = makeExecutions().filter((execution) => execution.error?.startsWith('Lambda.')).length;
    for (const errorText of ['lambda.service', 'LAMBDA.SERVICEEXCEPTION', 'Lambda.ServiceException']) {
      const page = await listExecutions(testDb.db, { errorText }, { limit: 200 });
      expect(page.items.length).toBe(expected);
      expect(page.items.every((item) => item.error === 'Lambda.ServiceException')).toBe(true);
    }
  });

  it('finds nothing for an unknown state machine', async () => {
    const page = await listExecutions(testDb.db, { stateMachineArns: [toStateMachineArn('missing')] });
    expect(page.items).toEqual([]);
    expect(await countExecutionsByStatus(testDb.db, { stateMachineArns: [toStateMachineArn('missing')] })).toMatchObject({
      FAILED: 0,
      SUCCEEDED: 0,
    });
  });

  it('counts executions per status under a filter', async () => {
    const all = await countExecutionsByStatus(testDb.db);
    expect(all).toEqual({ RUNNING: 25, SUCCEEDED: 50, FAILED: 25, TIMED_OUT: 25, ABORTED: 25, PENDING_REDRIVE: 0 });
    const orders = await countExecutionsByStatus(testDb.db, { stateMachineArns: [toStateMachineArn('orders')] });
    expect(Object.values(orders).reduce((sum, count) => sum + count, 0)).toBe(50);
    const timeouts = await countExecutionsByStatus(testDb.db, { errorText: 'states.timeout' });
    expect(timeouts.FAILED + timeouts.TIMED_OUT).toBe(
      makeExecutions().filter((execution) => execution.error === 'States.Timeout').length,
    );
  });
});
