import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayExecution, toReplayFromText, toReplayText } from '@/lib/analysis';
import { findExecutionDefinition, listHistoryEvents, listHistoryEventsById, listReplayEvents } from '@/lib/db';
import type { HistoryEvent } from '@/lib/model';
import { createTestDatabase, type TestDatabase } from '@/test/support/test-database';
import { runOrder, type EngineRun } from '@/test/analysis/replay/engine-scenarios';
import { storeEngineRun } from '@/test/analysis/replay/store-engine-run';

describe('replay reads', () => {
  let database: TestDatabase;
  let run: EngineRun;
  let executionId: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    run = await runOrder();
    ({ executionId } = await storeEngineRun(database.db, run));
  });

  afterAll(async () => {
    await database?.cleanup();
  });

  it('lists events without payloads, and the replay built from them matches the one from the whole history', async () => {
    const light = await listReplayEvents(database.db, executionId);
    expect(light.map((event) => [event.id, event.previousEventId, event.type, event.timestamp.getTime()])).toEqual(
      run.events.map((event) => [event.id, event.previousEventId, event.type, event.timestamp.getTime()]),
    );
    expect(light[1].stateEnteredEventDetails).toEqual({ name: 'Validate' });
    expect(light.find((event) => event.type === 'TaskStateEntered')?.stateEnteredEventDetails?.input).toBeUndefined();
    expect(light.find((event) => event.type === 'TaskFailed')?.taskFailedEventDetails?.error).toBe('Payment.Busy');
    expect(light.find((event) => event.type === 'MapIterationStarted')?.mapIterationStartedEventDetails).toEqual({ index: 0, name: 'Ship' });

    const fromLight = replayExecution(light, { definition: run.definition });
    const fromFull = replayExecution(run.events, { definition: run.definition });
    expect(fromLight.warnings).toEqual([]);
    expect(fromLight.value).toEqual(fromFull.value);
  });

  it('reads chosen events whole, and skips ids it does not have', async () => {
    const events = await listHistoryEventsById(database.db, executionId, [11, 2, 999, 2]);
    expect(events.map((event) => event.id)).toEqual([2, 11]);
    expect(events[0].stateEnteredEventDetails?.input).toBe(run.input);
    expect(events).toEqual((await listHistoryEvents(database.db, executionId)).filter((event) => event.id === 2 || event.id === 11));
  });

  it('finds the definition the execution ran', async () => {
    const found = await findExecutionDefinition(database.db, executionId);
    expect(found?.exact).toBe(true);
    expect(JSON.parse(found!.definition)).toEqual(run.definition);
    expect(await findExecutionDefinition(database.db, executionId + 1_000)).toBeNull();
  });
});

/** The timestamp text SQLite keeps (adapter-better-sqlite3's iso8601): what a forged line would carry. */
const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms);

/**
 * A FAILED execution whose state name smuggles a line of its own into the text listReplayEvents reads: an
 * ExecutionSucceeded event, in both timestamp formats the decoder understands.
 */
function forgedRun(): EngineRun {
  const forged = (id: number) =>
    [`${id}\t\tExecutionSucceeded\t${at(9_000).toISOString().replace('Z', '+00:00')}\t\t{}`, `${id + 1}\t\tExecutionSucceeded\t2026-01-01 00:00:09.000\t\t{}`].join('\n');
  const name = `Charge\n${forged(900)}\n`;
  const evil = `Ship\t\r\u2028\u2029\\"\u0001t\u0001n\n${forged(950)}`;
  const events: HistoryEvent[] = [
    { id: 1, type: 'ExecutionStarted', timestamp: at(0), executionStartedEventDetails: { input: '{}', roleArn: 'arn:aws:iam::111111111111:role/r' } },
    { id: 2, previousEventId: 1, type: 'PassStateEntered', timestamp: at(1_000), stateEnteredEventDetails: { name, input: '{}' } },
    { id: 3, previousEventId: 2, type: 'PassStateExited', timestamp: at(2_000), stateExitedEventDetails: { name, output: '{}' } },
    { id: 4, previousEventId: 3, type: 'FailStateEntered', timestamp: at(3_000), stateEnteredEventDetails: { name: evil, input: '{}' } },
    { id: 5, previousEventId: 4, type: 'ExecutionFailed', timestamp: at(4_000), executionFailedEventDetails: { error: `Bad\n${forged(990)}`, cause: 'it\tfailed\n' } },
  ];
  return {
    stateMachineArn: 'arn:aws:states:us-east-1:111111111111:stateMachine:forgery',
    stateMachineName: 'forgery',
    executionArn: 'arn:aws:states:us-east-1:111111111111:execution:forgery:run-1',
    definition: { StartAt: name, States: { [name]: { Type: 'Pass', Next: evil }, [evil]: { Type: 'Fail', Error: 'Bad' } } },
    events,
    status: 'FAILED',
    input: '{}',
    output: null,
    error: 'Bad',
    cause: 'it\tfailed\n',
  };
}

describe('replay reads of hostile text', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.cleanup();
  });

  it('keeps a FAILED execution FAILED when its state names carry newlines and forged event lines', async () => {
    const run = forgedRun();
    const { executionId } = await storeEngineRun(database.db, run);
    const light = await listReplayEvents(database.db, executionId);
    expect(light.map((event) => [event.id, event.type])).toEqual(run.events.map((event) => [event.id, event.type]));
    expect(light[1].stateEnteredEventDetails?.name).toBe(run.events[1].stateEnteredEventDetails?.name);
    expect(light[3].stateEnteredEventDetails?.name).toBe(run.events[3].stateEnteredEventDetails?.name);
    expect(light[4].executionFailedEventDetails).toEqual(run.events[4].executionFailedEventDetails);

    const replay = replayExecution(light, { definition: run.definition }).value;
    expect(replay.status).toBe('FAILED');
    expect(replay.events.ids).toEqual([1, 2, 3, 4, 5]);
    // And through the text the page loads.
    const decoded = toReplayFromText(toReplayText(replay));
    expect(decoded.status).toBe('FAILED');
    expect(decoded.events.ids).toHaveLength(5);
    expect(decoded.visits.map((visit) => visit.name)).toEqual([run.events[1].stateEnteredEventDetails?.name, run.events[3].stateEnteredEventDetails?.name]);
  });

  it('reads back any state name, event type, error and cause exactly', async () => {
    let runs = 0;
    // Delimiters, the escape character and its codes, quotes, backslashes, line separators, astral characters.
    const unit = fc.oneof(
      fc.constantFrom('\t', '\n', '\r', '\u0001', '0', 't', 'n', '\\', '"', "'", '%', '\u2028', '\u2029', '\u007f', '\u0085', '😀'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((char) => !char.includes('\u0000')),
    );
    // Text the databases can hold: well-formed UTF-16 without NUL (PostgreSQL text refuses NUL; a lone
    // surrogate cannot be written as UTF-8 at all).
    const text = fc.string({ unit, minLength: 1, maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(text, text, text, text, async (name, type, error, cause) => {
        const events: HistoryEvent[] = [
          { id: 1, type: 'TaskStateEntered', timestamp: at(0), stateEnteredEventDetails: { name, input: '{}' } },
          { id: 2, previousEventId: 1, type, timestamp: at(1) },
          { id: 3, previousEventId: 2, type: 'TaskFailed', timestamp: at(2), taskFailedEventDetails: { error, cause, resource: 'invoke', resourceType: 'lambda' } },
          { id: 4, previousEventId: 3, type: 'TaskStateExited', timestamp: at(3), stateExitedEventDetails: { name, output: '{}' } },
        ];
        const { executionId } = await storeEngineRun(database.db, { ...forgedRun(), executionArn: `arn:aws:states:us-east-1:111111111111:execution:forgery:property-${++runs}`, events });
        const light = await listReplayEvents(database.db, executionId);
        expect(light.map((event) => [event.id, event.type])).toEqual(events.map((event) => [event.id, event.type]));
        expect(light[0].stateEnteredEventDetails).toEqual({ name });
        expect(light[2].taskFailedEventDetails).toEqual(events[2].taskFailedEventDetails);
        expect(light[3].stateExitedEventDetails).toEqual({ name });
      }),
      { numRuns: 50 },
    );
    // Fifty executions stored and read back: seconds on an idle machine, more on a busy PostgreSQL.
  }, 120_000);
});
