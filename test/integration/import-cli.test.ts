import { spawnSync } from 'node:child_process';
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

  const importFiles = (...args: string[]) =>
    spawnSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/import.ts', ...args], {
      env: { ...process.env, DATABASE_URL: database.url },
      encoding: 'utf8',
    });

  it('imports files given on the command line and says what it stored', () => {
    const result = importFiles('test/fixtures/import/order-lambda.failed.json');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/order-lambda\.failed\.json: 1 execution\(s\) \(1 new, 0 updated, 0 unchanged\)/);
  });

  it('exits non-zero and names the file, line and event of what it could not import', () => {
    const result = importFiles('test/fixtures/import/nightly-export.bundle.jsonl', 'test/fixtures/import/truncated.malformed.json');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('error: nightly-export.bundle.jsonl, line 4, event 2: timestamp is not a date');
    expect(result.stdout).toContain('error: truncated.malformed.json, line 4: malformed JSON');
  });

  it('refuses a bare history without --execution-arn and accepts it with one', () => {
    const bare = 'test/fixtures/import/report-wait.bare-history.epoch.json';
    expect(importFiles(bare).stdout).toMatch(/--execution-arn/);
    const arn = 'arn:aws:states:eu-west-1:210987654321:execution:weekly-report:r-7';
    const result = importFiles(bare, '--execution-arn', arn);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('1 new');
  });

  it('reports a file it cannot read', () => {
    const missing = path.join(os.tmpdir(), 'no-such-history.json');
    fs.rmSync(missing, { force: true });
    const result = importFiles(missing);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('cannot read');
  });
});
