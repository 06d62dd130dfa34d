import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncSource } from '@/lib/ingest';
import type { EngineServer } from '@/scripts/engine';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { addLocalSource, definitions, ROLE, startSyncEngine } from './sync-support';

/** Five ListExecutions pages of 1,000: a sync used to stop at the second with "query parameter limit … exceeded". */
const EXECUTIONS = 5_000;

describe('sync of a local engine holding thousands of executions', () => {
  let database: TestDatabase;
  let server: EngineServer;
  let sourceId: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    ({ server } = await startSyncEngine());
    sourceId = await addLocalSource(database.db, server.endpoint);
    // Started in-process (the engine's own API, not 5,000 HTTP round trips); the sync reads them over HTTP.
    const { engine } = server;
    const { stateMachineArn } = engine.createStateMachine({ name: 'orders', definition: definitions.chain(2), roleArn: ROLE });
    const arns = Array.from({ length: EXECUTIONS }, (_, i) => engine.startExecution({ stateMachineArn, name: `run-${i}`, input: '{}' }).executionArn);
    for (const arn of arns) await engine.waitForExecution(arn);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await database?.cleanup();
  });

  it(`stores all ${EXECUTIONS.toLocaleString()} executions with their histories`, async () => {
    const result = await syncSource(database.db, sourceId);
    if (result.status === 'ALREADY_RUNNING') throw new Error('lease held');
    expect(result.error ?? null).toBeNull();
    expect(result.status).toBe('SUCCEEDED');
    // Two Pass states: 6 events each.
    expect(result.progress).toMatchObject({ executionsSeen: EXECUTIONS, executionsWritten: EXECUTIONS, eventsWritten: EXECUTIONS * 6 });
    expect(await database.db.execution.count({ where: { status: 'SUCCEEDED', historyComplete: true, eventCount: 6 } })).toBe(EXECUTIONS);
    expect(await database.db.historyEvent.count()).toBe(EXECUTIONS * 6);
  }, 300_000);
});
