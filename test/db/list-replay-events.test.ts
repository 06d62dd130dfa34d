import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayExecution } from '@/lib/analysis';
import { findExecutionDefinition, listHistoryEvents, listHistoryEventsById, listReplayEvents } from '@/lib/db';
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
