import { execFile } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FINDING_THRESHOLDS_SETTING } from '@/lib/analysis';
import { saveSetting } from '@/lib/db';
import { HOUR, T0 } from '../analysis/stuck-engine-runs';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { seedStuckRuns, type SeededRuns } from './findings-seed';

type Record = { kind: string; type: string; severity: string; arn: string; reason: string; value: number; limit: number; unit: string; suggestedAction: string; url: string };

describe('npm run findings', () => {
  let database: TestDatabase;
  let empty: TestDatabase;
  let runs: SeededRuns;
  const now = new Date(T0 + 6 * HOUR).toISOString();

  beforeAll(async () => {
    [database, empty] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    runs = await seedStuckRuns(database.db, T0);
  });
  afterAll(async () => {
    await database?.cleanup();
    await empty?.cleanup();
  });

  // Asynchronous, so the test worker keeps answering vitest while the CLI runs.
  const findings = (url: string, ...args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(path.join('node_modules', '.bin', 'tsx'), ['scripts/findings.ts', ...args], { env: { ...process.env, DATABASE_URL: url, TZ: 'UTC' } }, (error, stdout, stderr) =>
        resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
      );
    });

  it('prints the stuck runs and quota risks of a seeded database as a table', async () => {
    const result = await findings(database.url, '--now', now);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Stuck runs: 4');
    expect(lines[1]).toMatch(/^SEVERITY\s+RULE\s+EXECUTION\s+STATE\s+FOR\s+REASON$/);
    expect(result.stdout).toMatch(/critical\s+waiting-on-callback\s+order-approval-run\s+RequestApproval\s+6 h 00 m\s+"RequestApproval" has waited 6 h 00 m for its task token/);
    expect(result.stdout).toMatch(/warning\s+activity-not-started\s+tape-backup-run\s+ArchiveToTape\s+6 h 00 m/);
    expect(result.stdout).toMatch(/critical\s+loop\s+export-poller-run\s+IsDone/);
    expect(result.stdout).toMatch(/critical\s+overdue\s+export-poller-run\s+WaitABit/);
    expect(result.stdout).toMatch(/Quota risks: \d+\nSEVERITY\s+QUOTA\s+SCOPE\s+SUBJECT\s+CURRENT\s+LIMIT\s+USED\s+HITS LIMIT\s+REASON/);
    expect(result.stdout).toMatch(/warning\s+redrive-window\s+execution\s+payments-run\s+12 d 6 h\s+14 d 0 h\s+87\.5%\s+in 1 d 18 h/);
    // Quotas within their limits are left out unless asked for.
    expect(result.stdout).not.toMatch(/^ok /m);
    expect((await findings(database.url, '--now', now, '--all')).stdout).toMatch(/^ok\s+open-executions\s+account\s+Local engine\s+3\s+1,000,000/m);
  });

  it('prints one JSON object per finding for scripts, with links to the stuck point', async () => {
    const result = await findings(database.url, '--json', '--now', now, '--base-url', 'https://statescope.example.com/');
    expect(result.status).toBe(0);
    const records = JSON.parse(result.stdout) as Record[];
    expect(records.filter((record) => record.kind === 'stuck').map((record) => [record.type, record.arn]).sort()).toEqual([
      ['activity-not-started', runs.activity.arn],
      ['loop', runs.loop.arn],
      ['overdue', runs.loop.arn],
      ['waiting-on-callback', runs.approval.arn],
    ]);
    const approval = records.find((record) => record.type === 'waiting-on-callback');
    expect(approval).toMatchObject({ severity: 'critical', value: 6 * HOUR, limit: 4 * HOUR, unit: 'ms' });
    expect(approval?.suggestedAction).toMatch(/SendTaskSuccess/);
    const submitted = runs.approval.record.events.find((event) => event.type === 'TaskSubmitted');
    expect(approval?.url).toBe(`https://statescope.example.com/executions/${encodeURIComponent(runs.approval.arn)}?event=${submitted?.id}`);
    const redrive = records.find((record) => record.type === 'redrive-window');
    expect(redrive).toMatchObject({ kind: 'quota', arn: runs.failed.arn, limit: 14 * 24 * HOUR, unit: 'ms' });
    expect(records.every((record) => record.severity !== 'ok')).toBe(true);
  });

  it('exits 3 with --fail-on when a finding is that bad, and 0 on a database with nothing wrong', async () => {
    expect((await findings(database.url, '--now', now, '--fail-on', 'critical')).status).toBe(3);
    const clean = await findings(empty.url, '--fail-on', 'warning');
    expect(clean.status).toBe(0);
    expect(clean.stdout).toBe('Stuck runs: 0\n\nQuota risks: 0\n');
  });

  it('uses the thresholds saved in settings', async () => {
    await saveSetting(database.db, FINDING_THRESHOLDS_SETTING, { callbackWaitMinutes: 8 * 60 });
    const records = JSON.parse((await findings(database.url, '--json', '--now', now)).stdout) as Record[];
    expect(records.some((record) => record.type === 'waiting-on-callback')).toBe(false);
    await saveSetting(database.db, FINDING_THRESHOLDS_SETTING, {});
  });

  it('rejects bad arguments with exit 2 and says why', async () => {
    const badSeverity = await findings(database.url, '--fail-on', 'sometimes');
    expect(badSeverity.status).toBe(2);
    expect(badSeverity.stderr).toContain('--fail-on must be critical or warning, not "sometimes".');
    const badNow = await findings(database.url, '--now', 'yesterday');
    expect(badNow.status).toBe(2);
    expect(badNow.stderr).toContain('--now must be an ISO-8601 instant');
  });
});
