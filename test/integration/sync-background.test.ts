import type { SFNClient } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSourceByName, saveSource, startSyncRun, SYNC_RUNS_KEPT } from '@/lib/db';
import { ensureLocalEngineSource, LOCAL_ENGINE_SOURCE_NAME, startBackgroundSync } from '@/lib/ingest';
import type { EngineServer } from '@/scripts/engine';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { createMachine, definitions, startExecutions, startSyncEngine, waitUntilClosed } from './sync-support';

describe('background sync (npm start)', () => {
  let database: TestDatabase;
  let server: EngineServer;
  let sfn: SFNClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    ({ server, sfn } = await startSyncEngine());
  });
  afterAll(async () => {
    await server?.close();
    await database?.cleanup();
  });

  it('registers the local engine as a source once, following its endpoint and keeping the user’s interval', async () => {
    const created = await ensureLocalEngineSource(database.db, 'http://127.0.0.1:9999');
    expect(created).toMatchObject({ name: LOCAL_ENGINE_SOURCE_NAME, kind: 'LOCAL', syncIntervalSec: 30, enabled: true });
    await saveSource(database.db, { ...created, kind: 'LOCAL', syncIntervalSec: 10 }, created.id);
    const moved = await ensureLocalEngineSource(database.db, server.endpoint);
    expect(moved).toMatchObject({ id: created.id, endpoint: server.endpoint, syncIntervalSec: 10 });
    expect(await database.db.source.count()).toBe(1);
  });

  it('syncs enabled sources on their interval by itself, and leaves disabled and manual ones alone', async () => {
    const machineArn = await createMachine(sfn, 'ticker', definitions.chain(3));
    const arns = await startExecutions(sfn, machineArn, 3);
    await waitUntilClosed(sfn, arns);
    await saveSource(database.db, { kind: 'LOCAL', name: 'disabled', region: null, profile: null, roleArn: null, endpoint: server.endpoint, syncIntervalSec: 10, maxRequestsPerSec: null, enabled: false });
    await saveSource(database.db, { kind: 'LOCAL', name: 'manual', region: null, profile: null, roleArn: null, endpoint: server.endpoint, syncIntervalSec: null, maxRequestsPerSec: null, enabled: true });

    const synced: string[] = [];
    const loop = startBackgroundSync(database.db, { tickMs: 50, onSynced: (source, result) => synced.push(`${source.name}:${result.status}`) });
    try {
      for (let i = 0; i < 200 && synced.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      await loop.stop();
    }
    expect(synced).toEqual([`${LOCAL_ENGINE_SOURCE_NAME}:SUCCEEDED`]);
    const local = await findSourceByName(database.db, LOCAL_ENGINE_SOURCE_NAME);
    expect(await database.db.execution.count({ where: { sourceId: local?.id } })).toBe(3);
    expect(await database.db.syncRun.count()).toBe(1);
  });
});

describe('sync run history', () => {
  it('keeps the newest 500 runs of a source, so a 30-second loop does not grow it without end', async () => {
    const database = await createTestDatabase();
    try {
      const source = await saveSource(database.db, { kind: 'LOCAL', name: 'busy', region: null, profile: null, roleArn: null, endpoint: 'http://127.0.0.1:9', syncIntervalSec: 30, maxRequestsPerSec: null, enabled: true });
      await database.db.syncRun.createMany({ data: Array.from({ length: 520 }, (_, i) => ({ sourceId: source.id, kind: 'SYNC', status: 'SUCCEEDED', startedAt: new Date(Date.UTC(2026, 10, 1) + i * 30_000) })) });
      const { id } = await startSyncRun(database.db, source.id);
      expect(await database.db.syncRun.count({ where: { sourceId: source.id } })).toBe(SYNC_RUNS_KEPT);
      expect((await database.db.syncRun.findFirstOrThrow({ orderBy: { id: 'desc' } })).id).toBe(id);
    } finally {
      await database.cleanup();
    }
  });
});
