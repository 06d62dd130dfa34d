import { spawn } from 'node:child_process';
import path from 'node:path';
import type { SFNClient } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSyncRuns } from '@/lib/db';
import type { EngineServer } from '@/scripts/engine';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { createMachine, definitions, readHistory, startExecutions, startSyncEngine, storedEventIds, waitUntilClosed } from './sync-support';

const CLI_TIMEOUT_MS = 180_000;

describe('npm run sync', () => {
  let database: TestDatabase;
  let server: EngineServer;
  let sfn: SFNClient;
  let arns: string[];

  beforeAll(async () => {
    database = await createTestDatabase();
    ({ server, sfn } = await startSyncEngine());
    const machineArn = await createMachine(sfn, 'nightly', definitions.chain(40));
    arns = await startExecutions(sfn, machineArn, 150);
    await waitUntilClosed(sfn, arns, 60_000);
  }, CLI_TIMEOUT_MS);
  afterAll(async () => {
    await server?.close();
    await database?.cleanup();
  });

  /** The CLI in its own process group, so a test can kill it the way a crash would. */
  const runSync = (args: string[], onOutput?: (text: string, kill: () => void) => void) =>
    new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) => {
      const child = spawn(path.join('node_modules', '.bin', 'tsx'), ['scripts/sync.ts', ...args], {
        env: { ...process.env, DATABASE_URL: database.url },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      let output = '';
      const kill = () => {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      };
      const collect = (chunk: Buffer) => {
        output += chunk.toString();
        onOutput?.(output, kill);
      };
      child.stdout.on('data', collect);
      child.stderr.on('data', collect);
      child.on('close', (code, signal) => resolve({ code, signal, output }));
    });

  it('refuses a source it cannot use, saying which option is wrong', async () => {
    const result = await runSync(['--add-aws', 'moon-base-1x', '--role-arn', 'admin']);
    expect(result.code).toBe(2);
    expect(result.output).toContain('--add-aws: Not an AWS region (e.g. eu-west-1).');
    expect(result.output).toContain('--role-arn: Not an IAM role ARN');
    expect(await database.db.source.count()).toBe(0);
  }, CLI_TIMEOUT_MS);

  it('killed mid-sync, then run again, stores every execution once with no gaps', async () => {
    let killed = false;
    // 25 requests a second makes the sync last several seconds, time to kill it midway.
    const first = await runSync(['--add-local', server.endpoint, '--name', 'engine under test', '--max-rps', '25'], (output, kill) => {
      // Kill once some executions are stored, as a crash would: no cleanup runs.
      if (!killed && /\d+%.*[1-9]\d* executions/.test(output)) {
        killed = true;
        kill();
      }
    });
    expect(first.signal, first.output).toBe("SIGKILL");
    const afterKill = await database.db.execution.count();
    expect(afterKill).toBeGreaterThan(0);
    expect(afterKill).toBeLessThan(150);
    expect((await listSyncRuns(database.db, (await database.db.source.findFirstOrThrow()).id))[0].status).toBe('RUNNING');

    await database.db.source.updateMany({ data: { maxRequestsPerSec: null } });
    const second = await runSync(['--source', 'engine under test']);
    expect(second.code, second.output).toBe(0);
    expect(second.output).toMatch(/SUCCEEDED in [\d.]+ s: 1 state machine\(s\)/);
    expect(second.output).toContain('1 earlier sync(s) had stopped before finishing');
    const runs = await listSyncRuns(database.db, (await database.db.source.findFirstOrThrow()).id);
    expect(runs.map((run) => run.status)).toEqual(['SUCCEEDED', 'INTERRUPTED']);

    const stored = await storedEventIds(database.db);
    expect(stored.size).toBe(150);
    for (const arn of arns.slice(0, 10)) expect(stored.get(arn)).toEqual((await readHistory(sfn, arn)).map((event) => event.id));
    for (const ids of stored.values()) expect(ids).toEqual(Array.from({ length: 82 }, (_, i) => i + 1));
  }, CLI_TIMEOUT_MS);

  it('lists sources with their last sync', async () => {
    const result = await runSync(['--list']);
    expect(result.code).toBe(0);
    expect(result.output).toMatch(/engine under test: http:\/\/127\.0\.0\.1:\d+; manual; 150 executions; last sync SUCCEEDED/);
    const audit = await database.db.auditEntry.findFirstOrThrow({ where: { action: 'source-create' } });
    expect(audit.actor).toMatch(/^cli:/);
  }, CLI_TIMEOUT_MS);
});
