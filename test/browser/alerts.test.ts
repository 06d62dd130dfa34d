import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAlerts } from '@/lib/alerts';
import { createTestDatabase, type TestDatabase } from '@/test/support/test-database';
import { startAlertReceiver } from '../alerts/alert-receiver';
import { storeEngineRuns } from '../alerts/alert-engine-runs';
import { neverDone, scenarios } from '../analysis/stuck-engine-runs';
import { openAppPage, SCREENSHOTS, type RunningApp } from './support';

const PASSWORD = 'correct horse battery staple';
const SECRET = 'whsec-browser-0123456789abcdef';
const PUBLIC_URL = 'https://statescope.example.com';

describe('alerts page: an operator sets a rule, and mutes a failure group from its page', () => {
  let database: TestDatabase;
  let app: RunningApp;
  let page: Page;
  let closeApp: (() => Promise<void>) | undefined;
  let receiver: Awaited<ReturnType<typeof startAlertReceiver>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    receiver = await startAlertReceiver();
    // A burst of card failures ten minutes ago, run on the local engine: a new failure group.
    await storeEngineRuns(database.db, { StartAt: 'Charge', States: { Charge: { Type: 'Fail', Error: 'CardDeclined', Cause: 'card declined by issuer' } } }, { name: 'payments', startMs: Date.now() - 600_000, count: 3 });
    ({ app, page, close: closeApp } = await openAppPage({ databaseUrl: database.url, env: { STATESCOPE_ADMIN_PASSWORD: PASSWORD, STATESCOPE_BACKGROUND_SYNC: 'off', STATESCOPE_ALERTS: 'off' } }));
  });
  afterAll(async () => {
    await closeApp?.();
    await receiver?.close();
    await database?.cleanup();
  });

  it('adds a rule after sign-in, refusing a non-http URL, and audits it without the URL or secret', async () => {
    await page.goto(`${app.url}/login?next=/alerts`);
    await page.getByLabel('Admin password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/alerts');
    await expect.poll(() => page.getByTestId('operator-bar').getAttribute('data-access')).toBe('allowed');

    const form = page.getByRole('form', { name: 'Add an alert rule' });
    await form.getByLabel('Name').fill('payments failures');
    await form.getByLabel('Alert on').selectOption('new-failure-group');
    await form.getByLabel('Quiet period (minutes)').fill('30');
    await form.getByLabel('Send to').selectOption('webhook');
    // The browser's own URL check would stop file: before the server sees it; the server must refuse it too.
    await form.getByLabel('URL').evaluate((input) => input.setAttribute('type', 'text'));
    await form.getByLabel('URL').fill('file:///etc/passwd');
    await form.getByLabel('Signing secret (webhook)').fill(SECRET);
    await form.getByRole('button', { name: 'Add rule' }).click();
    await expect.poll(() => page.getByTestId('rule-result').textContent()).toBe('Check the highlighted fields; nothing was saved.');
    expect(await form.getByRole('alert').allTextContents()).toContain('Only http:// and https:// URLs can receive alerts');
    expect(await database.db.alertRule.count()).toBe(0);

    await form.getByLabel('URL').fill(receiver.url);
    await form.getByLabel('Signing secret (webhook)').fill(SECRET);
    await form.getByRole('button', { name: 'Add rule' }).click();
    await expect.poll(() => page.getByTestId('rule-result').textContent()).toMatch(/^Added "payments failures"/);
    await expect.poll(() => page.locator('[data-rule-name="payments failures"]').count()).toBe(1);
    expect(await page.locator('[data-rule-name="payments failures"]').textContent()).toContain('Webhook · 127.0.0.1');

    const audit = await database.db.auditEntry.findFirst({ where: { action: 'alert-rule-create' } });
    expect(audit?.actor).toBe('admin');
    const audited = JSON.stringify(audit);
    expect(audited).not.toContain(SECRET);
    expect(audited).not.toContain('/hooks/statescope');
    expect(audited).toContain('"channelHost":"127.0.0.1');

    // The evaluation the background loop (or cron) runs: the new group is sent, and shows as delivered.
    await runAlerts(database.db, { publicUrl: PUBLIC_URL });
    expect(receiver.received.map((message) => message.json.title)).toEqual(['New failure group on payments: CardDeclined']);
    await page.reload();
    await expect.poll(() => page.getByTestId('alert-deliveries').locator('tr[data-status="DELIVERED"]').count()).toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'alerts-rule.png'), fullPage: true });
  });

  it('mutes the failure group from its page with owner and note; a muted group sends nothing', async () => {
    await page.goto(`${app.url}/failures?range=all`);
    const group = page.getByTestId('failure-group');
    await expect.poll(() => group.count()).toBe(1);
    await group.getByRole('link', { name: /All 3 executions/ }).click();
    await page.waitForURL(/\/failures\/[^?]+/);

    await page.getByText('Acknowledge or mute…').click();
    const form = page.getByRole('form', { name: /^Acknowledge or mute payments/ });
    await form.getByLabel('Mute (send nothing)').check();
    await form.getByLabel('Owner').fill('payments on-call');
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel('Mute through (UTC day)').fill(tomorrow);
    await form.getByLabel('Note').fill('issuer outage, ticket PAY-42');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.getByTestId('mute-result').textContent()).toBe(`Muted through ${tomorrow} (UTC); owner payments on-call.`);
    await page.reload();
    await expect.poll(() => page.getByTestId('mute-badge').textContent()).toBe(`Muted through ${tomorrow} · payments on-call`);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'alerts-mute-failure-group.png'), fullPage: true });

    const audit = await database.db.auditEntry.findFirst({ where: { action: 'alert-mute' } });
    expect(audit?.actor).toBe('admin');
    expect(JSON.stringify(audit?.params)).toContain('issuer outage, ticket PAY-42');

    // A second rule would send the group as new, but it is muted.
    receiver.clear();
    const rule = await database.db.alertRule.findFirstOrThrow();
    await database.db.alertRule.create({ data: { ...rule, id: undefined, name: 'second opinion', createdAt: undefined, updatedAt: undefined } });
    const result = await runAlerts(database.db, { publicUrl: PUBLIC_URL });
    expect(result.candidates).toBe(0);
    expect(receiver.received).toEqual([]);
  });

  it('flags a runaway loop on /costs and the overview, linked to the loop, and sets a budget the forecast passes', async () => {
    // A poll loop burning three transitions a second for the last 25 minutes, still running.
    const [loop] = await storeEngineRuns(database.db, scenarios.pollLoop(1), { name: 'export-poller', startMs: Date.now() - 1_500_000, steps: 600, stepMs: 1_000, handlers: neverDone });

    await page.goto(`${app.url}/alerts`);
    const budget = page.getByRole('form', { name: 'Set a budget' });
    await budget.getByLabel('For').selectOption('account');
    await budget.getByLabel('Account id or state machine ARN').fill('111111111111');
    await budget.getByLabel('US$ a month (empty removes)').fill('0.01');
    await budget.getByRole('button', { name: 'Set budget' }).click();
    await expect.poll(() => page.getByTestId('budget-result').textContent()).toBe('Budget of 111111111111 set to $0.01 a month.');

    await page.goto(`${app.url}/costs`);
    await expect.poll(() => page.getByTestId('run-rate-jump').count()).toBe(1);
    expect(await page.getByTestId('run-rate-jump').textContent()).toMatch(/^Run rate jumped: at the last 24 hours’ rate the month ends at \$[\d.,]+, against \$[\d.,]+ at the month’s average/);
    const anomaly = page.getByTestId('cost-anomalies').locator('[data-machine="export-poller"]');
    expect(await anomaly.textContent()).toMatch(/export-poller: [\d,]+ transitions in the last 24 h after none in the 7 days before\. Behind it: the loop in export-poller-1\./);
    expect(await anomaly.getByRole('link', { name: 'export-poller-1' }).getAttribute('href')).toMatch(/^\/executions\/[^?]+\?event=\d+$/);
    expect(await anomaly.getByRole('link', { name: 'export-poller-1' }).getAttribute('href')).toContain(encodeURIComponent(loop.arn));
    expect(await page.getByTestId('budget-forecasts').locator('tr[data-over="true"]').count()).toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'alerts-costs-runaway.png'), fullPage: true });

    await page.goto(`${app.url}/`);
    await expect.poll(() => page.getByTestId('run-rate-jump').count()).toBe(1);
    expect(await page.getByTestId('cost-anomalies').textContent()).toContain('Behind it: the loop in export-poller-1.');
  });
});
