import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/test/support/test-database';
import { importFixtures, importTexts, openAppPage, SCREENSHOTS, type LaunchedBrowser, type RunningApp } from './support';

const FIXTURES = ['test/fixtures/browser/payments.succeeded.json', 'test/fixtures/browser/payment-lambda.failed.json'];
const FAILED_ARN = 'arn:aws:states:us-east-1:111122223333:execution:payments:order-1004';

describe('executions pages', () => {
  let database: TestDatabase;
  let app: RunningApp;
  let closeApp: (() => Promise<void>) | undefined;
  let page: Page;

  beforeAll(async () => {
    database = await createTestDatabase();
    await importFixtures(database.db, FIXTURES);
    ({ app, page, close: closeApp } = await openAppPage({ databaseUrl: database.url }));
  });

  afterAll(async () => {
    await closeApp?.();
    await database?.cleanup();
  });

  it('filters the list to failed executions and shows why one failed', async () => {
    await page.goto(`${app.url}/executions`);
    await expect.poll(() => page.locator('[data-execution-arn]').count()).toBe(4);
    await expect.poll(() => page.locator('[data-status-count="FAILED"] .count-card-value').textContent()).toBe('1');

    await page.locator('[data-status-count="FAILED"]').click();
    await page.waitForURL(/status=FAILED/);
    await expect.poll(() => page.locator('[data-execution-arn]').count()).toBe(1);
    expect(await page.locator('[data-execution-arn]').getAttribute('data-execution-arn')).toBe(FAILED_ARN);

    await page.getByRole('link', { name: 'order-1004' }).click();
    await page.waitForURL(/\/executions\/arn/);
    await expect.poll(() => page.getByTestId('error-name').textContent()).toBe('CardDeclinedError');
    expect(await page.getByTestId('failed-state').textContent()).toBe('ChargeCard');
    expect(await page.getByTestId('error-message').textContent()).toContain('Card declined: insufficient funds');
    await expect.poll(() => page.locator('[data-event-type="TaskFailed"]').count()).toBe(1);
    expect(await page.locator('[data-testid="events-table"] tbody tr').count()).toBe(8);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'execution-failed.png'), fullPage: true });
  });

  it('filters with the form, keeping the filter in the URL', async () => {
    await page.goto(`${app.url}/executions`);
    await page.getByLabel('Status', { exact: true }).selectOption('SUCCEEDED');
    await page.getByLabel('Sort', { exact: true }).selectOption('startDate:asc');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/status=SUCCEEDED/);
    await expect
      .poll(() => page.locator('[data-execution-arn]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-execution-arn')?.split(':').at(-1))))
      .toEqual(['order-1001', 'order-1002', 'order-1003']);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'executions-succeeded.png'), fullPage: true });
  });

  it('filters an execution’s events by type', async () => {
    await page.goto(`${app.url}/executions/${encodeURIComponent(FAILED_ARN)}?type=TaskFailed`);
    await expect.poll(() => page.locator('[data-testid="events-table"] tbody tr').count()).toBe(1);
    await page.locator('[data-event-type="TaskFailed"] summary').click();
    expect(await page.locator('[data-event-type="TaskFailed"] pre').textContent()).toContain('"errorType": "CardDeclinedError"');
  });

  it('answers 404 for an execution it does not have', async () => {
    const response = await page.goto(`${app.url}/executions/${encodeURIComponent(`${FAILED_ARN}-missing`)}`);
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.getByTestId('execution-not-found').isVisible()).toBe(true);
  });

  it('lists state machines with their counts and definition', async () => {
    await page.goto(`${app.url}/state-machines`);
    await page.getByRole('link', { name: 'payments', exact: true }).click();
    await page.waitForURL(/\/state-machines\/arn/);
    await expect.poll(() => page.locator('[data-status-count="SUCCEEDED"] .count-card-value').textContent()).toBe('3');
    await expect.poll(() => page.getByText('"ValidateOrder"').first().isVisible()).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'state-machine.png'), fullPage: true });
  });

  it('keeps a 256 KiB payload responsive: the tree opens one level and pages long arrays', async () => {
    // The failed fixture again under a new name, its input a payload near the 256 KiB quota.
    const items = Array.from({ length: 4_000 }, (_, index) => ({ sku: `SKU-${index}`, qty: index % 5, note: 'x'.repeat(30) }));
    const input = JSON.stringify({ orderId: 'order-2000', items });
    const record = JSON.parse(fs.readFileSync(FIXTURES[1], 'utf8')) as { executionArn: string; name: string; input: string };
    const text = JSON.stringify({ ...record, executionArn: record.executionArn.replace('order-1004', 'order-2000'), name: 'order-2000', input })
      .replaceAll('order-1004', 'order-2000');
    const [result] = await importTexts(database, [{ fileName: 'large.json', text }]);
    expect(result.ok).toBe(true);
    expect(input.length).toBeGreaterThan(200_000);

    const started = Date.now();
    await page.goto(`${app.url}/executions/${encodeURIComponent(FAILED_ARN.replace('order-1004', 'order-2000'))}`);
    const inputPanel = page.getByRole('region', { name: 'Input' });
    await inputPanel.getByText('4000 items').click();
    await expect.poll(() => inputPanel.getByRole('button', { name: /3900 more/ }).isVisible()).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
    await inputPanel.getByRole('button', { name: 'Raw' }).click();
    await expect.poll(() => inputPanel.getByRole('button', { name: /show the remaining/ }).isVisible()).toBe(true);
  });
});

const IMPORT_PASSWORD = 'import operator password';

describe('import page', () => {
  let database: TestDatabase;
  let app: RunningApp;
  let browser: LaunchedBrowser;
  let closeApp: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    ({ app, browser, close: closeApp } = await openAppPage({ databaseUrl: database.url, env: { STATESCOPE_ADMIN_PASSWORD: IMPORT_PASSWORD } }));
  });

  afterAll(async () => {
    await closeApp?.();
    await database?.cleanup();
  });

  it('asks for sign-in before importing', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${app.url}/import`);
    expect(await page.getByTestId('operator-bar').getAttribute('data-access')).toBe('signed-out');
    expect(await page.getByRole('button', { name: 'Import' }).isDisabled()).toBe(true);
    await page.getByTestId('operator-bar').getByRole('link', { name: 'Sign in' }).click();
    await page.waitForURL(/\/login/);
    await page.getByLabel('Admin password').fill(IMPORT_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/import$/);
    await expect.poll(() => page.getByTestId('operator-bar').getAttribute('data-access')).toBe('allowed');
    await page.close();
  });

  it('imports uploaded files and names the file and line of each error', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${app.url}/import`);
    // The third file as PowerShell saves it: UTF-16 LE with a byte-order mark.
    const utf16 = Buffer.from(`\ufeff${fs.readFileSync('test/fixtures/browser/payments.succeeded.json', 'utf8')}`, 'utf16le');
    await page.locator('input[name="files"]').setInputFiles([
      ...['test/fixtures/browser/payment-lambda.failed.json', 'test/fixtures/import/truncated.malformed.json'].map((file) => ({
        name: path.basename(file),
        mimeType: 'application/json',
        buffer: fs.readFileSync(file),
      })),
      { name: 'payments-powershell.json', mimeType: 'application/json', buffer: utf16 },
    ]);
    await page.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => page.getByTestId('import-file-result').count(), { timeout: 15_000 }).toBe(3);
    const text = await page.getByLabel('Import results').textContent();
    expect(text).toContain('order-1004');
    expect(text).toContain('order-1001');
    expect(text).toMatch(/truncated\.malformed\.json, line \d+/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'import.png'), fullPage: true });
    const audit = await database.db.auditEntry.findFirst({ where: { action: 'import' }, orderBy: { id: 'desc' } });
    expect(audit?.actor).toBe('admin');

    await page.getByRole('link', { name: 'order-1004' }).click();
    await page.waitForURL(/\/executions\/arn/);
    await expect.poll(() => page.getByTestId('failed-state').textContent()).toBe('ChargeCard');
  });
});
