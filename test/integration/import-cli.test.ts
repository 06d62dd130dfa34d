import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

describe('npm run import', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.cleanup();
  });

  // Asynchronous, so the test worker keeps answering vitest while the CLI runs.
  const importFiles = (...args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(
        path.join('node_modules', '.bin', 'tsx'),
        ['scripts/import.ts', ...args],
        { env: { ...process.env, DATABASE_URL: database.url } },
        (error, stdout, stderr) => resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
      );
    });

  it('imports files given on the command line and says what it stored', async () => {
    const result = await importFiles('test/fixtures/import/order-lambda.failed.json');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/order-lambda\.failed\.json: 1 execution\(s\) \(1 new, 0 updated, 0 unchanged\)/);
  });

  it('exits non-zero and names the file, line and event of what it could not import', async () => {
    const result = await importFiles('test/fixtures/import/nightly-export.bundle.jsonl', 'test/fixtures/import/truncated.malformed.json');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('error: nightly-export.bundle.jsonl, line 4, event 2: timestamp is not a date');
    expect(result.stdout).toContain('error: truncated.malformed.json, line 4: malformed JSON');
  });

  it('refuses a bare history without --execution-arn and accepts it with one', async () => {
    const bare = 'test/fixtures/import/report-wait.bare-history.epoch.json';
    expect((await importFiles(bare)).stdout).toMatch(/--execution-arn/);
    const arn = 'arn:aws:states:eu-west-1:210987654321:execution:weekly-report:r-7';
    const result = await importFiles(bare, '--execution-arn', arn);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('1 new');
  });

  it('imports a history PowerShell saved as UTF-16, and says what a page leaves missing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-cli-'));
    try {
      const text = fs.readFileSync('test/fixtures/import/order-lambda.failed.json', 'utf8').replace('order-8812', 'order-utf16');
      const utf16 = path.join(dir, 'order.utf16.json');
      fs.writeFileSync(utf16, Buffer.from(`\uFEFF${text}`, 'utf16le'));
      const result = await importFiles(utf16);
      expect(result.stdout).toMatch(/order\.utf16\.json: 1 execution\(s\) \(1 new, 0 updated, 0 unchanged\)/);
      expect(result.status).toBe(0);

      const events = (JSON.parse(text) as { events: unknown[] }).events.slice(0, 3);
      const page = path.join(dir, 'page-1.json');
      fs.writeFileSync(page, JSON.stringify({ events, nextToken: 'AAAAKgAAAAIAAAAA' }));
      const arn = 'arn:aws:states:eu-west-1:210987654321:execution:checkout:order-paged';
      const paged = await importFiles(page, '--execution-arn', arn);
      expect(paged.status).toBe(0);
      expect(paged.stdout).toContain(`incomplete: ${arn} lacks every event after 3`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a file it cannot read', async () => {
    const missing = path.join(os.tmpdir(), 'no-such-history.json');
    fs.rmSync(missing, { force: true });
    const result = await importFiles(missing);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('cannot read');
  });
});
