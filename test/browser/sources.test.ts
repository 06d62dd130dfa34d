import path from 'node:path';
import type { SFNClient } from '@aws-sdk/client-sfn';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineServer } from '@/scripts/engine';
import { createTestDatabase, type TestDatabase } from '@/test/support/test-database';
import { createMachine, definitions, startExecutions, startSyncEngine, waitUntilClosed } from '../integration/sync-support';
import { openAppPage, SCREENSHOTS, type RunningApp } from './support';

const PASSWORD = 'sources-test-password';

describe('sources page', () => {
  let database: TestDatabase;
  let server: EngineServer;
  let sfn: SFNClient;
  let app: RunningApp;
  let closeApp: (() => Promise<void>) | undefined;
  let page: Page;
  let arns: string[];

  beforeAll(async () => {
    database = await createTestDatabase();
    ({ server, sfn } = await startSyncEngine());
    const orders = await createMachine(sfn, 'orders', definitions.chain(5));
    const refunds = await createMachine(sfn, 'refunds', definitions.fail);
    arns = [...(await startExecutions(sfn, orders, 20)), ...(await startExecutions(sfn, refunds, 2))];
    await waitUntilClosed(sfn, arns);
    ({ app, page, close: closeApp } = await openAppPage({ databaseUrl: database.url, env: { STATESCOPE_ADMIN_PASSWORD: PASSWORD } }));
  });
  afterAll(async () => {
    await closeApp?.();
    await server?.close();
    await database?.cleanup();
  });

  it('adds a local engine as a source, syncs it with a progress bar, and its executions appear', async () => {
    await page.goto(`${app.url}/sources`);
    await expect.poll(() => page.getByRole('button', { name: 'Add source' }).isDisabled()).toBe(true);
    await page.goto(`${app.url}/login?next=/sources`);
    await page.getByLabel('Admin password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/sources$/);

    // A wrong endpoint is refused where it was typed, and nothing is saved.
    await page.getByLabel('Local endpoint', { exact: false }).check();
    await page.getByLabel('Name').fill('Test engine');
    await page.getByLabel('Endpoint URL').fill('localhost:8083');
    await page.getByLabel('Max requests per second').fill('8');
    await page.getByRole('button', { name: 'Add source' }).click();
    await expect.poll(() => page.locator('#source-endpoint-error').textContent()).toBe('Not an http(s) URL (e.g. http://localhost:8083).');
    expect(await database.db.source.count()).toBe(0);

    await page.getByLabel('Endpoint URL').fill(server.endpoint);
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect.poll(() => page.getByTestId('connection-result').textContent()).toMatch(/✓ Connected to http:\/\/127\.0\.0\.1:\d+: found state machine (orders|refunds) and more\./);

    await page.getByRole('button', { name: 'Add source' }).click();
    await expect.poll(() => page.getByTestId('source-form-result').textContent()).toBe('Added "Test engine". Sync it now, or let the interval do it.');
    const row = page.locator('[data-source-name="Test engine"]');
    await expect.poll(() => row.textContent()).toContain('never synced');

    await row.getByRole('button', { name: 'Sync Test engine now' }).click();
    // 8 requests a second makes the sync take a few seconds: long enough to watch it.
    await expect.poll(() => row.getByTestId('sync-progress').count(), { timeout: 10_000 }).toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'sources-syncing.png'), fullPage: true });
    await expect.poll(() => row.getByTestId('last-sync').getAttribute('data-status'), { timeout: 30_000 }).toBe('SUCCEEDED');
    expect(await row.getByTestId('last-sync').textContent()).toMatch(/22 written/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'sources-synced.png'), fullPage: true });

    await page.goto(`${app.url}/executions`);
    await expect.poll(() => page.locator('[data-execution-arn]').count()).toBe(22);
    await expect.poll(() => page.locator('[data-status-count="FAILED"] .count-card-value').textContent()).toBe('2');

    const audit = await database.db.auditEntry.findMany({ where: { action: { startsWith: 'source-' } }, orderBy: { at: 'asc' } });
    expect(audit.map((entry) => [entry.action, entry.actor])).toEqual([
      ['source-create', expect.any(String)],
      ['source-sync', expect.any(String)],
    ]);
  });

  it('shows an unreachable endpoint’s error on the sync run instead of failing the page', async () => {
    const source = await database.db.source.findFirstOrThrow();
    await page.goto(`${app.url}/sources/${source.id}`);
    await page.getByLabel('Endpoint URL').fill('http://127.0.0.1:9');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.getByTestId('source-form-result').textContent()).toBe('Saved "Test engine".');
    await page.getByRole('button', { name: 'Sync Test engine now' }).click();
    await expect.poll(() => page.locator('[data-run-status="FAILED"]').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.locator('[data-run-status="FAILED"]').textContent()).toContain('Could not connect (ECONNREFUSED)');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'source-failed-sync.png'), fullPage: true });
  });
});
