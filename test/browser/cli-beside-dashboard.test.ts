import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ListStateMachinesCommand, SFNClient } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, getFreePort } from './support';

const TSX = path.join('node_modules', '.bin', 'tsx');
const READY_TIMEOUT_MS = 120_000;
/** Pages the dashboard renders from the database while the CLIs run. */
const BUSY_PAGES = ['/', '/executions', '/costs', '/failures', '/stuck'];

type CliResult = { status: number | null; stdout: string; stderr: string };

/**
 * `npm start` (migrate, seed, engine, background sync, dashboard) on a fresh SQLite file, kept busy with page
 * loads, and every CLI run against the same file while it serves: each used to fail at its migration step.
 */
describe('the CLIs while npm start serves the same SQLite database', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'statescope-cli-beside-'));
  const databaseUrl = `file:${path.join(dir, 'statescope.db')}`;
  const env = { ...process.env, DATABASE_URL: databaseUrl, TZ: 'UTC' };
  let app: ChildProcess;
  let output = '';
  let url: string;
  let stopBusy = false;
  let busy: Promise<number>;

  const runCli = (script: string, ...args: string[]) =>
    new Promise<CliResult>((resolve) => {
      execFile(TSX, [`scripts/${script}.ts`, ...args], { env }, (error, stdout, stderr) =>
        resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
      );
    });

  beforeAll(async () => {
    await ensureBuilt();
    const [port, sfnPort] = [await getFreePort(), await getFreePort()];
    url = `http://127.0.0.1:${port}`;
    app = spawn(TSX, ['scripts/start.ts'], {
      env: { ...env, PORT: String(port), SFN_PORT: String(sfnPort), LOCAL_ENGINE_SYNC_INTERVAL_SEC: '2' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    app.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    app.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const deadline = Date.now() + READY_TIMEOUT_MS;
    for (;;) {
      if (app.exitCode !== null) throw new Error(`npm start exited with ${app.exitCode}:\n${output}`);
      if (Date.now() > deadline) throw new Error(`npm start did not serve ${url} within ${READY_TIMEOUT_MS} ms:\n${output}`);
      const answered = await fetch(`${url}/`, { signal: AbortSignal.timeout(5_000) }).then((response) => response.ok, () => false);
      if (answered) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    // Two readers at a time, page after page, until the CLIs are done.
    const loadPages = async () => {
      let loaded = 0;
      for (let i = 0; !stopBusy; i++) {
        const response = await fetch(`${url}${BUSY_PAGES[i % BUSY_PAGES.length]}`).catch(() => null);
        await response?.arrayBuffer();
        if (response?.ok) loaded++;
      }
      return loaded;
    };
    busy = Promise.all([loadPages(), loadPages()]).then(([a, b]) => a + b);
  }, 600_000);

  afterAll(async () => {
    stopBusy = true;
    await busy;
    if (app?.pid !== undefined && app.exitCode === null) {
      const exited = new Promise((resolve) => app.once('exit', resolve));
      process.kill(-app.pid, 'SIGTERM');
      const timer = setTimeout(() => app.pid !== undefined && process.kill(-app.pid, 'SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports a file, and the dashboard shows the execution', async () => {
    const result = await runCli('import', 'test/fixtures/import/order-lambda.failed.json');
    expect(result.stderr).not.toMatch(/migrate|SocketTimeout/);
    expect(result).toMatchObject({ status: 0, stdout: expect.stringMatching(/1 execution\(s\) \(1 new/) });
    const page = await fetch(`${url}/executions/${encodeURIComponent('arn:aws:states:eu-west-1:210987654321:execution:checkout:order-8812')}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('PaymentDeclinedError');
  });

  it('prints the cost review and the findings', async () => {
    const costs = await runCli('costs');
    expect(costs.stderr).not.toMatch(/busy|migrate|SocketTimeout/);
    expect(costs).toMatchObject({ status: 0, stdout: expect.stringMatching(/order|billing|backup/i) });
    const findings = await runCli('findings', '--json', '--all');
    expect(findings.status).toBe(0);
    expect(JSON.parse(findings.stdout)).toEqual(expect.arrayContaining([expect.objectContaining({ kind: expect.stringMatching(/stuck|quota/) })]));
  });

  it('syncs the local engine source npm start registered', async () => {
    const result = await runCli('sync', '--source', 'Local engine');
    expect(result.status).toBe(0);
    // npm start's own background sync may hold the source's lease at that moment: then the CLI says so.
    expect(result.stdout).toMatch(/SUCCEEDED in [\d.]+ s|another sync of this source is running/);
  });

  it('starts a second engine endpoint on the same database, which answers with the stored state machines', async () => {
    const port = await getFreePort();
    const engine = spawn(TSX, ['scripts/engine.ts', '--port', String(port)], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let engineOutput = '';
    engine.stdout?.on('data', (chunk: Buffer) => (engineOutput += chunk.toString()));
    engine.stderr?.on('data', (chunk: Buffer) => (engineOutput += chunk.toString()));
    try {
      const deadline = Date.now() + 60_000;
      while (!engineOutput.includes('Step Functions API at')) {
        if (engine.exitCode !== null || Date.now() > deadline) throw new Error(`npm run engine did not start:\n${engineOutput}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const sfn = new SFNClient({ endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
      const listed = await sfn.send(new ListStateMachinesCommand({}));
      expect(listed.stateMachines?.length).toBeGreaterThan(0);
    } finally {
      const exited = new Promise((resolve) => engine.once('exit', resolve));
      if (engine.pid !== undefined && engine.exitCode === null) process.kill(-engine.pid, 'SIGTERM');
      await exited;
    }
  });

  it('runs conformance cases from a small folder', async () => {
    const cases = fs.mkdtempSync(path.join(dir, 'cases-'));
    fs.copyFileSync(path.resolve('..', 'shared', 'conformance', 'cases', 'pass', 'base.decl_version_1_0.json'), path.join(cases, 'base.decl_version_1_0.json'));
    const result = await runCli('conformance', cases);
    expect(result).toMatchObject({ status: 0, stdout: expect.stringContaining('1 passed, 0 failed, 0 skipped') });
  });

  it('kept serving pages the whole time', async () => {
    stopBusy = true;
    expect(await busy).toBeGreaterThan(10);
    expect(output).not.toMatch(/is busy|SQLITE_BUSY|SocketTimeout/);
  });
});
