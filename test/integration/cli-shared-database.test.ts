import { execFile } from 'node:child_process';
import path from 'node:path';
import type { SFNClient } from '@aws-sdk/client-sfn';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getSqliteFilePath } from '@/lib/db';
import type { EngineServer } from '@/scripts/engine';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { addLocalSource, createMachine, definitions, startExecutions, startSyncEngine, waitUntilClosed } from './sync-support';

type CliResult = { status: number | null; stdout: string; stderr: string };

/** A CLI as `npm run <script>` runs it, asynchronously so the test worker keeps answering vitest. */
function runCli(url: string, script: string, ...args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(path.join('node_modules', '.bin', 'tsx'), [`scripts/${script}.ts`, ...args], { env: { ...process.env, DATABASE_URL: url, TZ: 'UTC' } }, (error, stdout, stderr) =>
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

// SQLite's locks are what a second process runs into; PostgreSQL has no such file lock.
describe.skipIf(process.env.TEST_DATABASE_URL?.startsWith('postgres'))('CLIs on a SQLite database another process has open', () => {
  let database: TestDatabase;
  let file: string;
  let other: Database.Database | undefined;
  let server: EngineServer;
  let sfn: SFNClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    file = getSqliteFilePath(database.url);
    ({ server, sfn } = await startSyncEngine());
  });
  afterEach(() => {
    other?.close();
    other = undefined;
  });
  afterAll(async () => {
    await server?.close();
    await database?.cleanup();
  });

  it('import, costs, findings and sync all run while another process is in the middle of reading, as the dashboard often is', async () => {
    const machineArn = await createMachine(sfn, 'nightly', definitions.chain(3));
    await waitUntilClosed(sfn, await startExecutions(sfn, machineArn, 3));
    await addLocalSource(database.db, server.endpoint, 'test engine');
    // An open read transaction, like a dashboard page being rendered: `prisma migrate deploy` waits for it in vain.
    other = new Database(file);
    other.exec('BEGIN');
    other.prepare('SELECT count(*) FROM "Execution"').get();

    const imported = await runCli(database.url, 'import', 'test/fixtures/import/order-lambda.failed.json');
    expect(imported.stderr).not.toMatch(/migrate|SocketTimeout/);
    expect(imported).toMatchObject({ status: 0, stdout: expect.stringMatching(/order-lambda\.failed\.json: 1 execution\(s\) \(1 new/) });
    expect(await database.db.execution.findUnique({ where: { arn: 'arn:aws:states:eu-west-1:210987654321:execution:checkout:order-8812' }, select: { status: true } })).toEqual({
      status: 'FAILED',
    });

    const costs = await runCli(database.url, 'costs', '--month', '2026-11');
    expect(costs).toMatchObject({ status: 0, stdout: expect.stringContaining('checkout') });

    const findings = await runCli(database.url, 'findings', '--json', '--all');
    expect(findings.status).toBe(0);
    expect(JSON.parse(findings.stdout)).toEqual(expect.any(Array));

    const synced = await runCli(database.url, 'sync', '--source', 'test engine');
    expect(synced).toMatchObject({ status: 0, stdout: expect.stringMatching(/SUCCEEDED in [\d.]+ s: 1 state machine\(s\), 3 execution\(s\) seen, 3 written/) });
    expect(await database.db.execution.count({ where: { stateMachine: { name: 'nightly' } } })).toBe(3);
  }, 180_000);

  it('says the database is busy, and where, when another process keeps its write lock past the wait', async () => {
    other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    const result = await runCli(database.url, 'import', 'test/fixtures/import/nightly-export.bundle.jsonl');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`The database at ${file} is busy: another Statescope process holds a write lock; retried for 10 s.`);
    other.exec('ROLLBACK');
    expect(await database.db.execution.count({ where: { stateMachine: { name: 'nightly-export' } } })).toBe(0);
  }, 120_000);
});
