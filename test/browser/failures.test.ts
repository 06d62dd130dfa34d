import { CreateStateMachineCommand, GetExecutionHistoryCommand, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncExecutions } from '@/lib/ingest';
import { startEngineServer, type EngineServer } from '@/scripts/engine';
import { eventually, ROLE } from '@/test/engine-api/support';
import { createTestDatabase, type TestDatabase } from '@/test/support/test-database';
import { openAppPage, SCREENSHOTS, type LaunchedBrowser, type RunningApp } from './support';

const PASSWORD = 'correct horse battery staple';
const TOKEN = 'tok_statescope_browser_test_0123';

/** The card service is down until the test says it is back: then a redrive succeeds. */
let serviceBack = false;
const handlers = {
  charge: (input: unknown) => {
    if (!serviceBack) throw Object.assign(new Error(`Card service unavailable for order ${(input as { orderId: number }).orderId}`), { name: 'CardServiceDown' });
    return { charged: true };
  },
};
/** Holds its execution running for an hour: something to stop. */
const holdDefinition = JSON.stringify({ StartAt: 'Hold', States: { Hold: { Type: 'Wait', Seconds: 3600, End: true } } });
const definition = JSON.stringify({
  StartAt: 'Validate',
  States: {
    Validate: { Type: 'Pass', Next: 'Charge' },
    Charge: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:charge', End: true },
  },
});

describe('failures page: sign in, bulk redrive with confirmation, audit; stop from an execution page', () => {
  let engine: EngineServer;
  let sfn: SFNClient;
  let database: TestDatabase;
  let app: RunningApp;
  let browser: LaunchedBrowser;
  let closeApp: (() => Promise<void>) | undefined;
  let page: Page;
  let arns: string[];
  let outsideWindow: string;
  let held: string;

  const history = async (arn: string) => (await sfn.send(new GetExecutionHistoryCommand({ executionArn: arn, maxResults: 1000 }))).events ?? [];
  const dbState = async () =>
    (await database.db.execution.findMany({ orderBy: { name: 'asc' }, select: { name: true, status: true, redriveCount: true } })).map((row) => `${row.name}:${row.status}:${row.redriveCount}`);

  beforeAll(async () => {
    engine = await startEngineServer({ port: 0, engine: { handlers } });
    sfn = new SFNClient({ endpoint: engine.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    const { stateMachineArn } = await sfn.send(new CreateStateMachineCommand({ name: 'orders', definition, roleArn: ROLE }));
    arns = [];
    for (const orderId of [1001, 1002, 1003]) {
      const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn, name: `order-${orderId}`, input: JSON.stringify({ orderId }) }));
      arns.push(executionArn ?? '');
    }
    for (const arn of arns) await eventually(() => history(arn), (events) => events.some((event) => event.type === 'ExecutionFailed'));
    const hold = await sfn.send(new CreateStateMachineCommand({ name: 'hold', definition: holdDefinition, roleArn: ROLE }));
    held = (await sfn.send(new StartExecutionCommand({ stateMachineArn: hold.stateMachineArn, name: 'held-1' }))).executionArn ?? '';
    await eventually(() => history(held), (events) => events.some((event) => event.type === 'WaitStateEntered'));

    database = await createTestDatabase();
    const source = await database.db.source.create({ data: { kind: 'LOCAL', name: 'local engine', endpoint: engine.endpoint, region: 'us-east-1' } });
    await syncExecutions(database.db, { sourceId: source.id, executionArns: [...arns, held] });
    // One of the three closed three weeks ago (as stored): past the 14-day redrive window.
    outsideWindow = arns[2];
    const weeksAgo = new Date(Date.now() - 21 * 86_400_000);
    await database.db.execution.update({ where: { arn: outsideWindow }, data: { startDate: weeksAgo, stopDate: new Date(weeksAgo.getTime() + 1_000), lastSyncedAt: new Date() } });

    ({ app, browser, page, close: closeApp } = await openAppPage({ databaseUrl: database.url, env: { STATESCOPE_ADMIN_PASSWORD: PASSWORD, STATESCOPE_ADMIN_TOKEN: TOKEN } }));
  });

  afterAll(async () => {
    await closeApp?.();
    await database?.cleanup();
    sfn?.destroy();
    await engine?.close();
  });

  it('refuses an action from a request that is not signed in, and changes nothing', async () => {
    const before = await dbState();
    const response = await fetch(`${app.url}/failures/run`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: app.url },
      body: JSON.stringify({ kind: 'redrive', arns }),
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { message: string }).message).toContain('Sign in');
    const wrongToken = await fetch(`${app.url}/failures/run`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer not-the-token' },
      body: JSON.stringify({ kind: 'redrive', arns }),
    });
    expect(wrongToken.status).toBe(401);
    expect(await dbState()).toEqual(before);
    for (const arn of arns) expect((await history(arn)).some((event) => event.type === 'ExecutionRedriven')).toBe(false);
    expect(await database.db.auditEntry.count({ where: { action: 'redrive' } })).toBe(0);
  });

  it('groups the three failures, and offers actions only after sign-in', async () => {
    await page.goto(`${app.url}/failures?range=all`);
    const group = page.getByTestId('failure-group');
    await expect.poll(() => group.count()).toBe(1);
    expect(await group.getByTestId('failure-group-count').textContent()).toBe('3');
    expect(await group.textContent()).toContain('Card service unavailable for order <n>');
    expect(await page.locator('[data-action="redrive"]').count()).toBe(0);
    expect(await page.getByTestId('nav-operator').getAttribute('data-access')).toBe('signed-out');

    await page.getByTestId('operator-bar').getByRole('link', { name: 'Sign in' }).click();
    await page.waitForURL(/\/login/);
    await page.getByLabel('Admin password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByTestId('sign-in-error').textContent()).toBe('Wrong password or token.');
    await page.getByLabel('Admin password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/failures\?range=all/);
    await expect.poll(() => page.getByTestId('operator-bar').getAttribute('data-access')).toBe('allowed');
    expect(await page.getByTestId('nav-operator-name').textContent()).toBe('admin');
    expect(await page.getByTestId('nav-operator').getByRole('button', { name: 'Sign out' }).count()).toBe(1);
  });

  it('redrives the eligible executions of a group after a confirmation, with a result per execution and an audit entry', async () => {
    const group = page.getByTestId('failure-group');
    await group.getByRole('button', { name: 'Redrive eligible…' }).click();
    const dialog = page.getByTestId('action-dialog');
    await expect.poll(() => dialog.getByTestId('plan-summary').textContent()).toBe('2 of 3 executions selected are eligible; 1 will be skipped:');
    expect(await dialog.getByTestId('plan-reasons').textContent()).toMatch(/1 × Closed 21 days ago: the 14-day redrive window ended/);
    expect(await dialog.locator(`[data-testid="plan-execution"][data-arn="${outsideWindow}"]`).getAttribute('data-eligible')).toBe('false');
    expect(await dialog.getByTestId('action-consequence').textContent()).toMatch(/^Redrive 2 executions: each restarts in place \(same ARN\) from the state that failed/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'failures-redrive-confirm.png') });

    serviceBack = true;
    await dialog.getByRole('button', { name: 'Redrive 2 executions' }).click();
    await expect.poll(() => dialog.getByTestId('action-done').getAttribute('data-outcome'), { timeout: 30_000 }).toBe('SUCCEEDED');
    const results = dialog.getByTestId('action-result');
    expect(await results.count()).toBe(2);
    expect(await results.evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-arn'), row.getAttribute('data-ok')]))).toEqual(
      expect.arrayContaining([
        [arns[0], 'true'],
        [arns[1], 'true'],
      ]),
    );
    expect(await dialog.getByTestId('action-done').textContent()).toContain('2 succeeded, 0 failed, 1 skipped');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'failures-redrive-done.png') });

    // The engine ran them again in the same executions; the one outside the window was left alone.
    for (const arn of arns.slice(0, 2)) expect((await history(arn)).some((event) => event.type === 'ExecutionRedriven')).toBe(true);
    expect((await history(outsideWindow)).some((event) => event.type === 'ExecutionRedriven')).toBe(false);

    await dialog.getByRole('button', { name: 'Close' }).click();
    // Re-read after the action: the two left the failed group.
    await expect.poll(() => page.getByTestId('failure-group-count').textContent(), { timeout: 15_000 }).toBe('1');

    await page.goto(`${app.url}/audit?action=redrive`);
    const entry = page.getByTestId('audit-entry').first();
    expect(await entry.getAttribute('data-outcome')).toBe('SUCCEEDED');
    expect(await entry.getByTestId('audit-actor').textContent()).toBe('admin');
    await entry.locator('summary').click();
    expect(await entry.locator('summary').textContent()).toBe('2 targets · 2 ok, 0 failed · 1 skipped');
    expect(await entry.locator('[data-testid="audit-results"] tr[data-ok="true"]').count()).toBe(2);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'audit-redrive.png'), fullPage: true });
  });

  it('stops a running execution from its own page, and shows it aborted', async () => {
    await page.goto(`${app.url}/executions/${encodeURIComponent(held)}`);
    expect(await page.locator('h1 + [data-status]').getAttribute('data-status')).toBe('RUNNING');
    expect(await page.locator('[data-action="redrive"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Stop…' }).click();
    const dialog = page.getByTestId('action-dialog');
    await expect.poll(() => dialog.getByTestId('plan-summary').textContent()).toBe('1 of 1 execution selected is eligible.');
    await dialog.getByLabel('Cause').fill('Held too long');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'execution-stop-confirm.png') });
    await dialog.getByRole('button', { name: 'Stop 1 execution' }).click();
    await expect.poll(() => dialog.getByTestId('action-done').getAttribute('data-outcome'), { timeout: 30_000 }).toBe('SUCCEEDED');
    await dialog.getByRole('button', { name: 'Close' }).click();

    // The page reads the execution again: aborted, with the operator's error, and now offered a redrive.
    await expect.poll(() => page.locator('h1 + [data-status]').getAttribute('data-status'), { timeout: 15_000 }).toBe('ABORTED');
    expect(await page.locator('[data-action="redrive"]').count()).toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'execution-stopped.png') });
    expect((await history(held)).find((event) => event.type === 'ExecutionAborted')?.executionAbortedEventDetails).toMatchObject({ error: 'Operator.Stopped', cause: 'Held too long' });
    await page.reload();
    expect(await page.locator('h1 + [data-status]').getAttribute('data-status')).toBe('ABORTED');
  });

  it('refuses a forged or read-only request with nothing changed', async () => {
    await page.goto(`${app.url}/failures?range=all`);
    // The page hands its scripts a CSRF token; a request without it, or from another site, is refused.
    const html = await page.content();
    const before = await dbState();
    const post = (headers: Record<string, string>) =>
      page.evaluate(
        async ({ body, headers }) => (await fetch('/failures/run', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body })).status,
        { body: JSON.stringify({ kind: 'redrive', arns: [outsideWindow] }), headers },
      );
    expect(await post({})).toBe(403);
    expect(await post({ 'x-csrf-token': 'forged' })).toBe(403);
    const cookies = await browser.context.cookies(app.url);
    const session = cookies.find((cookie) => cookie.name === 'statescope_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    const crossSite = await fetch(`${app.url}/failures/run`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example', Cookie: `statescope_session=${session?.value}` },
      body: JSON.stringify({ kind: 'redrive', arns: [outsideWindow] }),
    });
    expect(crossSite.status).toBe(403);
    expect(html).toContain('Redrive eligible');

    await page.goto(`${app.url}/audit`);
    await page.getByRole('button', { name: 'Turn read-only on' }).click();
    await expect.poll(() => page.getByTestId('read-only-form').textContent()).toContain('Read-only is on');
    await page.goto(`${app.url}/failures?range=all`);
    expect(await page.getByTestId('operator-bar').getAttribute('data-access')).toBe('read-only');
    expect(await page.locator('[data-action]').count()).toBe(0);
    expect(await page.getByTestId('nav-operator').getAttribute('data-access')).toBe('read-only');
    await page.goto(`${app.url}/executions/${encodeURIComponent(held)}`);
    expect(await page.locator('[data-action]').count()).toBe(0);
    expect(await post({ 'x-csrf-token': 'anything' })).toBe(403);
    // Read-only refuses even the admin token, which otherwise needs no CSRF token.
    const bearer = await fetch(`${app.url}/failures/run`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ kind: 'redrive', arns: [outsideWindow] }),
    });
    expect(bearer.status).toBe(403);
    expect(((await bearer.json()) as { message: string }).message).toContain('read-only');
    expect(await dbState()).toEqual(before);
    expect((await history(outsideWindow)).some((event) => event.type === 'ExecutionRedriven')).toBe(false);
  });
});
