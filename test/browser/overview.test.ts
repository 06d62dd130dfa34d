import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUR } from '@/test/analysis/stuck-engine-runs';
import { seedStuckRuns, type SeededRuns } from '@/test/integration/findings-seed';
import { createTestDatabase, type TestDatabase } from '@/test/support/test-database';
import { openAppPage, SCREENSHOTS, type RunningApp } from './support';

const ADMIN_PASSWORD = 'overview-test-password';

describe('overview and stuck runs', () => {
  let database: TestDatabase;
  let app: RunningApp;
  let closeApp: (() => Promise<void>) | undefined;
  let page: Page;
  let runs: SeededRuns;

  beforeAll(async () => {
    database = await createTestDatabase();
    // Engine runs started six hours ago: past the 4-hour callback threshold, on the real clock the app uses.
    runs = await seedStuckRuns(database.db, Date.now() - 6 * HOUR);
    ({ app, page, close: closeApp } = await openAppPage({ databaseUrl: database.url, env: { STATESCOPE_ADMIN_PASSWORD: ADMIN_PASSWORD } }));
  });

  afterAll(async () => {
    await closeApp?.();
    await database?.cleanup();
  });

  it('shows counts, failure rate, stuck runs and quota risks on the home page, each tile linking on', async () => {
    await page.goto(app.url);
    await expect.poll(() => page.locator('[data-status-count="RUNNING"] .count-card-value').textContent()).toBe('3');
    expect(await page.locator('[data-status-count="FAILED"] .count-card-value').textContent()).toBe('1');
    expect(await page.locator('[data-status-count="SUCCEEDED"] .count-card-value').textContent()).toBe('1');

    const stuck = page.getByTestId('tile-stuck');
    await expect.poll(() => stuck.locator('[data-figure="Stuck runs"]').textContent()).toContain('3');
    expect(await stuck.locator('[data-rule]').evaluateAll((items) => items.map((item) => item.getAttribute('data-rule')).sort())).toEqual([
      'activity-not-started',
      'loop',
      'overdue',
      'waiting-on-callback',
    ]);

    const risks = page.getByTestId('tile-quotas');
    await expect.poll(() => risks.locator('tr[data-quota="redrive-window"]').count()).toBe(1);
    expect(await risks.locator('tr[data-quota="redrive-window"]').textContent()).toContain(runs.failed.name);

    // One failed of the two closed runs started in the last 30 days.
    expect(await page.getByTestId('failure-rate').textContent()).toBe('50.0%');
    await expect.poll(() => page.locator('[data-testid="failure-rate-chart"] svg').count()).toBeGreaterThan(0);
    // This month's costs per machine (lib/cost), unless the runs fell in last month.
    const sameMonth = new Date(Date.now() - 6 * HOUR).getUTCMonth() === new Date().getUTCMonth();
    if (sameMonth) await expect.poll(() => page.locator('[data-testid="costly-machines"] tbody tr').count()).toBeGreaterThanOrEqual(4);
    else await expect.poll(() => page.getByTestId('tile-costs').textContent()).toContain('No executions this month');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'overview.png'), fullPage: true });

    await stuck.getByRole('link', { name: 'All stuck runs' }).click();
    await page.waitForURL(/\/stuck$/);
    await expect.poll(() => page.getByTestId('stuck-count').textContent()).toContain('4 of 4 findings');
  });

  it('filters stuck runs and opens one at its stuck point', async () => {
    await page.goto(`${app.url}/stuck`);
    await page.getByLabel('Reason').selectOption('activity-not-started');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/rule=activity-not-started/);
    await expect.poll(() => page.locator('[data-rule]').count()).toBe(1);
    expect(await page.locator('[data-rule]').getAttribute('data-execution-arn')).toBe(runs.activity.arn);
    expect(await page.locator('[data-rule]').textContent()).toContain('No worker has picked up activity tape-archive');

    await page.goto(`${app.url}/stuck?sort=longest`);
    const approval = page.locator(`[data-rule="waiting-on-callback"]`);
    await expect.poll(() => approval.count()).toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'stuck.png'), fullPage: true });
    await approval.getByRole('link', { name: 'Open at stuck point' }).click();

    const submitted = runs.approval.record.events.find((event) => event.type === 'TaskSubmitted');
    await page.waitForURL(new RegExp(`/executions/[^?]+\\?event=${submitted?.id}$`));
    await expect.poll(() => page.getByTestId('execution-arn').textContent()).toBe(runs.approval.arn);
    // Where the replay is on the page, its cursor stands at the stuck event.
    const replay = page.getByTestId('replay');
    if (await replay.count()) await expect.poll(() => replay.getAttribute('data-event-id')).toBe(String(submitted?.id));
  });

  it('saves thresholds for a signed-in operator, audited, and stuck runs follow them', async () => {
    await page.goto(`${app.url}/settings`);
    await expect.poll(() => page.getByLabel('Waiting on a task token or activity worker').isDisabled()).toBe(true);

    await page.goto(`${app.url}/login?next=/settings`);
    await page.getByLabel('Admin password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/settings$/);

    const callbackWait = page.getByLabel('Waiting on a task token or activity worker');
    await callbackWait.fill('-5');
    await page.getByRole('button', { name: 'Save thresholds' }).click();
    await expect.poll(() => page.getByTestId('thresholds-result').textContent()).toBe('Some thresholds are out of range; nothing was saved.');
    expect(await page.locator('#callbackWaitMinutes-error').textContent()).toBe('At least 1 minutes');

    await callbackWait.fill('480');
    await page.getByRole('button', { name: 'Save thresholds' }).click();
    await expect.poll(() => page.getByTestId('thresholds-result').textContent()).toBe('Thresholds saved. Stuck runs and quota risks now use them.');
    const audit = await database.db.auditEntry.findFirst({ where: { action: 'settings-change' }, orderBy: { at: 'desc' } });
    expect(audit).toMatchObject({ outcome: 'SUCCEEDED', targets: ['findings.thresholds'] });
    expect((audit?.params as { after: { callbackWaitMinutes: number } }).after.callbackWaitMinutes).toBe(480);

    // Six hours of waiting is now under the eight-hour threshold.
    await page.goto(`${app.url}/stuck`);
    await expect.poll(() => page.getByTestId('stuck-count').textContent()).toContain('3 of 3 findings');
    expect(await page.locator('[data-rule="waiting-on-callback"]').count()).toBe(0);
  });
});
