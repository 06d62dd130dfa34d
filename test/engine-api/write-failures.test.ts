import { afterEach, describe, expect, it } from 'vitest';
import { createDb, createEngineStorageBackend } from '@/lib/db';
import { createDurableStorage, createEngine, createVirtualClock, type EngineStore, type EngineStoreBatch } from '@/lib/engine';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

// Runs on SQLite, and on PostgreSQL when TEST_DATABASE_URL names a server.
const T0 = Date.UTC(2024, 0, 1);
const ACCOUNT = { region: 'us-east-1', account: '123456789012' };
const PASS = JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } });
const executionArn = (machine: string, name: string) => `arn:aws:states:us-east-1:123456789012:execution:${machine}:${name}`;

type Report = { message: string; attempt: number; action: string; dropped?: string[] };

let database: TestDatabase | undefined;
afterEach(async () => {
  await database?.cleanup();
  database = undefined;
});

/** A durable engine over a real database; `wrap` may put something between the storage and the database. */
async function openEngine(wrap: (store: EngineStore) => EngineStore = (s) => s) {
  database ??= await createTestDatabase();
  const reports: Report[] = [];
  const storage = await createDurableStorage(wrap(createEngineStorageBackend(database.db)), {
    writeDelayMs: 1,
    onWriteError: (err, attempt, next) => reports.push({ message: err instanceof Error ? err.message : String(err), attempt, ...next }),
  });
  const engine = createEngine({ clock: createVirtualClock({ autoAdvance: true, start: T0 }), storage, ...ACCOUNT });
  return { db: database.db, storage, engine, reports };
}

/** Settles within `ms` or says it hung (a wedged writer never settles). */
function within<T>(promise: Promise<T>, ms = 10_000): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still waiting after ${ms} ms: the writer is wedged`)), ms))]);
}

describe('the durable storage when a write fails', () => {
  it('drops only the execution whose rows the database refuses, answers its waiter with an error, and writes on', async () => {
    const { db, storage, engine, reports } = await openEngine();
    const { stateMachineArn } = engine.createStateMachine({ name: 'orders', definition: PASS });
    await within(storage.flush());
    // A row already holds event 1 of the next execution: its insert breaks the primary key, every time.
    const doomed = executionArn('orders', 'doomed');
    await db.engineHistoryEvent.create({ data: { executionArn: doomed, id: 1, previousEventId: 0, type: 'ExecutionStarted', timestamp: new Date(T0), thread: '' } });

    engine.startExecution({ stateMachineArn, name: 'doomed' });
    engine.startExecution({ stateMachineArn, name: 'healthy' });
    await expect(within(storage.flush())).rejects.toThrow(/Not stored .*execution:orders:doomed/);
    expect(reports.map((r) => r.action)).toEqual(['split', 'drop']);
    expect(reports[1].dropped).toEqual([doomed]);

    // The rest of that batch, and every write after it, lands.
    engine.createStateMachine({ name: 'later', definition: PASS });
    await within(storage.flush());
    expect(await db.engineExecution.findUnique({ where: { arn: executionArn('orders', 'healthy') } })).toMatchObject({ status: 'SUCCEEDED' });
    expect(await db.engineStateMachine.count({ where: { name: 'later' } })).toBe(1);
    // The dropped execution is written no further: the database keeps what it had (nothing), as after a crash.
    expect(await db.engineExecution.count({ where: { arn: doomed } })).toBe(0);
    expect(await db.engineHistoryEvent.count({ where: { executionArn: doomed } })).toBe(1);
    await within(storage.close());
  });

  it('writes a batch that failed for good once in parts, and loses nothing', async () => {
    let failOnce = true;
    const { db, storage, engine, reports } = await openEngine((store) => ({
      ...store,
      // The first write carries two rows for one tag key: the database refuses the whole transaction.
      write: (batch: EngineStoreBatch) => {
        if (!failOnce) return store.write(batch);
        failOnce = false;
        return store.write({ ...batch, retagged: ['arn:aws:states:::x'], tags: [0, 1].map(() => ({ resourceArn: 'arn:aws:states:::x', key: 'k', value: 'v' })) });
      },
    }));
    const { stateMachineArn } = engine.createStateMachine({ name: 'kept', definition: PASS });
    engine.putTags(stateMachineArn, { team: 'payments' });
    await within(storage.flush());
    expect(reports.map((r) => r.action)).toEqual(['split']);
    expect(await db.engineStateMachine.count({ where: { arn: stateMachineArn } })).toBe(1);
    expect(await db.engineTag.findMany({ where: { resourceArn: stateMachineArn } })).toMatchObject([{ key: 'team', value: 'payments' }]);
    await within(storage.close());
  });

  it('retries a lost connection with back-off until the database answers again, dropping nothing', async () => {
    // The first two writes go to a server that is not there (a closed port), then the database is back.
    const unreachable = createDb('postgresql://statescope:x@127.0.0.1:9/nowhere?connect_timeout=2');
    let down = 2;
    const { db, storage, engine, reports } = await openEngine((store) => ({
      ...store,
      write: (batch: EngineStoreBatch) => (down-- > 0 ? createEngineStorageBackend(unreachable).write(batch) : store.write(batch)),
    }));
    const { stateMachineArn } = engine.createStateMachine({ name: 'patient', definition: PASS });
    await within(storage.flush());
    expect(reports.map((r) => [r.action, r.attempt])).toEqual([
      ['retry', 1],
      ['retry', 2],
    ]);
    expect(reports[0].message).toMatch(/reach database server/);
    expect(await db.engineStateMachine.count({ where: { arn: stateMachineArn } })).toBe(1);
    await within(storage.close());
    await unreachable.$disconnect();
  });

  it('stores text with a lone surrogate from inside the engine as U+FFFD instead of wedging', async () => {
    const { db, storage, engine, reports } = await openEngine();
    // Valid JSON escapes that decode to lone surrogates: a state name, and a Fail cause read from the input.
    const definition = '{"StartAt":"Check \\udc00","States":{"Check \\udc00":{"Type":"Pass","Next":"Fail"},"Fail":{"Type":"Fail","Error":"Bad","CausePath":"$.why"}}}';
    const { stateMachineArn } = engine.createStateMachine({ name: 'odd-text', definition });
    const { executionArn: arn } = engine.startExecution({ stateMachineArn, name: 'e1', input: '{"why":"half of 😀 is \\ud83d"}' });
    expect(await engine.waitForExecution(arn)).toMatchObject({ status: 'FAILED', cause: 'half of 😀 is \ud83d' });
    await within(storage.flush());
    expect(reports).toEqual([]);
    expect(await db.engineExecution.findUnique({ where: { arn } })).toMatchObject({ status: 'FAILED', cause: 'half of 😀 is \ufffd' });
    const names = (await db.engineHistoryEvent.findMany({ where: { executionArn: arn, stateName: { not: null } }, orderBy: { id: 'asc' } })).map((e) => e.stateName);
    expect(names[0]).toBe('Check \ufffd');
    await within(storage.close());
  });

  it('drops an execution whose text PostgreSQL cannot hold (a NUL), or keeps it on SQLite', async () => {
    const { db, storage, engine } = await openEngine();
    const definition = JSON.stringify({ StartAt: 'F', States: { F: { Type: 'Fail', Error: 'Nul', Cause: 'before\u0000after' } } });
    const { stateMachineArn } = engine.createStateMachine({ name: 'nul', definition });
    await within(storage.flush());
    const { executionArn: arn } = engine.startExecution({ stateMachineArn, name: 'n1' });
    await engine.waitForExecution(arn);
    const flushed = within(storage.flush());
    if (database?.url.startsWith('postgres')) await expect(flushed).rejects.toThrow(/Not stored .*execution:nul:n1/);
    else await flushed;
    engine.createStateMachine({ name: 'after-nul', definition: PASS });
    await within(storage.flush());
    expect(await db.engineStateMachine.count({ where: { name: 'after-nul' } })).toBe(1);
    await within(storage.close());
  });
});
