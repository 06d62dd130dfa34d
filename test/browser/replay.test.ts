import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/test/support/test-database';
import { runFailingMap, runOrder, type EngineRun } from '../analysis/replay/engine-scenarios';
import { storeEngineRun } from '../analysis/replay/store-engine-run';
import { openAppPage, SCREENSHOTS, type LaunchedBrowser, type RunningApp } from './support';


describe('execution replay', () => {
  let database: TestDatabase;
  let app: RunningApp;
  let browser: LaunchedBrowser;
  let closeApp: (() => Promise<void>) | undefined;
  let page: Page;
  let order: EngineRun;
  let failing: EngineRun;

  const open = async (run: EngineRun, query = '') => {
    await page.goto(`${app.url}/executions/${encodeURIComponent(run.executionArn)}${query}`);
    await page.waitForSelector('[data-replay-ready]');
  };
  const node = (id: string) => page.locator(`[data-testid="replay-graph"] [data-node-id="${id}"]`);
  const row = (name: string) => page.locator(`[data-testid="timeline-row"][data-name="${name}"]`);
  const replayAttribute = (name: string) => page.getAttribute('[data-testid="replay"]', name);

  beforeAll(async () => {
    database = await createTestDatabase();
    order = await runOrder();
    failing = await runFailingMap();
    await storeEngineRun(database.db, order);
    await storeEngineRun(database.db, failing);
    ({ app, browser, page, close: closeApp } = await openAppPage({ databaseUrl: database.url }));
  });

  afterAll(async () => {
    await closeApp?.();
    await database?.cleanup();
  });

  it('colours each state by how it ended, with counts, Choice rules and dashed Catch edges', async () => {
    await open(order);
    expect(await node('Charge').getAttribute('data-outcome')).toBe('retried');
    expect(await node('Reserve').getAttribute('data-outcome')).toBe('caught');
    expect(await node('Backorder').getAttribute('data-outcome')).toBe('succeeded');
    expect(await node('Ship/Size').locator('[data-testid="node-detail"]').textContent()).toBe('×3');
    expect(await node('Ship').textContent()).toContain('3/3 items');
    const labels = await page.locator('[data-testid="replay-graph"] [data-edge-kind] text').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['$.qty > 5', 'Default', 'States.ALL']));
    expect(await page.locator('[data-edge-kind="catch"] path').getAttribute('stroke-dasharray')).toBe('5 4');
    await page.locator('#replay').screenshot({ path: path.join(SCREENSHOTS, 'replay-order.png') });
  });

  it('lists one timeline row per state visit, with retries, and rows per Map item and Parallel branch', async () => {
    await open(order);
    const names = await page.locator('[data-testid="timeline-row"]').evaluateAll((rows) => rows.map((element) => element.getAttribute('data-name')));
    expect(names).toEqual(['Validate', 'Charge', 'Reserve', 'Backorder', 'Ship', 'Size', 'Parcel', 'Size', 'Freight', 'Size', 'Parcel', 'Notify', 'Email', 'Sms', 'Done']);
    expect(await row('Charge').getAttribute('data-attempts')).toBe('2');
    expect(await row('Charge').locator('[data-testid="backoff"]').count()).toBe(1);
    expect(await row('Reserve').getAttribute('data-status')).toBe('caught');
    const lanes = await page.locator('[data-testid="timeline-lane"]').evaluateAll((rows) => rows.map((element) => `${element.getAttribute('data-lane-kind')} ${element.getAttribute('data-position')}`));
    expect(lanes).toEqual(['iteration 0', 'iteration 1', 'iteration 2', 'branch 0', 'branch 1']);

    // Collapsing the Map hides its items' rows.
    await row('Ship').getByRole('button', { name: 'Collapse' }).click();
    await expect.poll(() => page.locator('[data-testid="timeline-row"]').count()).toBe(9);
  });

  it('scrubs to an instant: the graph shows what was active and the panel the state’s data as it was', async () => {
    await open(order);
    const freightRunningMs = 4_000;
    await page.locator('[data-testid="replay-scrubber"]').evaluate((input: HTMLInputElement, value) => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, String(value));
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, freightRunningMs);
    await expect.poll(() => node('Ship/Freight').getAttribute('data-outcome')).toBe('active');
    expect(await node('Ship/Parcel').getAttribute('data-outcome')).toBe('active');
    expect(await node('Reserve').getAttribute('data-outcome')).toBe('caught');
    expect(await node('Notify/0/Email').getAttribute('data-outcome')).toBe('not-reached');

    await page.getByRole('button', { name: 'Fit the graph' }).click();
    await node('Ship/Freight').click();
    const panel = page.getByTestId('state-panel');
    await expect.poll(() => panel.getByTestId('state-panel-name').textContent()).toBe('Freight');
    expect(await panel.getAttribute('data-phase')).toBe('running');
    await expect.poll(() => panel.locator('[data-step="Input"] pre').textContent()).toContain('"qty": 9');
    expect(await panel.locator('[data-step="Output"]').count()).toBe(0);
    expect(await panel.getByTestId('state-panel-variables').textContent()).toContain('$orderId');

    // The keyboard steps event by event.
    const before = Number(await replayAttribute('data-event-id'));
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Number(await replayAttribute('data-event-id'))).toBe(before + 1);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => Number(await replayAttribute('data-event-id'))).toBe(before - 1);
    await page.locator('#replay').screenshot({ path: path.join(SCREENSHOTS, 'replay-scrubbed.png') });
  });

  it('selects a state in the graph, the timeline and the event list together', async () => {
    await open(order);
    await row('Reserve').click();
    await expect.poll(() => node('Reserve').getAttribute('data-selected')).toBe('true');
    await expect.poll(() => page.getByTestId('state-panel-name').textContent()).toBe('Reserve');
    await expect.poll(() => page.getByTestId('catch-next').textContent()).toBe('Backorder');

    await node('Backorder').click();
    await expect.poll(() => row('Backorder').getAttribute('aria-selected')).toBe('true');
    expect(await row('Reserve').getAttribute('aria-selected')).toBe('false');

    const failedEvent = order.events.find((event) => event.type === 'TaskFailed' && event.taskFailedEventDetails?.error === 'OutOfStock');
    await page.getByLabel('Show events of type').selectOption('TaskFailed');
    await page.locator(`[data-testid="replay-event"][data-event-id="${failedEvent?.id}"]`).click();
    await expect.poll(() => row('Reserve').getAttribute('aria-selected')).toBe('true');
    expect(await node('Reserve').getAttribute('data-selected')).toBe('true');
    expect(await replayAttribute('data-event-id')).toBe(String(failedEvent?.id));
    await expect.poll(() => page.getByTestId('state-panel-error').textContent()).toContain('OutOfStock');
  });

  it('keeps the instant and the selection in the URL, so a link opens the same view', async () => {
    await open(order);
    await row('Charge').click();
    const retry = order.events.filter((event) => event.type === 'TaskScheduled')[1];
    await page.getByLabel('Show events of type').selectOption('TaskScheduled');
    await page.locator(`[data-testid="replay-event"][data-event-id="${retry.id}"]`).click();
    await page.waitForURL(new RegExp(`event=${retry.id}&visit=1$`));
    const link = page.url();

    const other = await browser.context.newPage();
    await other.goto(link);
    await other.waitForSelector('[data-replay-ready]');
    expect(await other.getAttribute('[data-testid="replay"]', 'data-event-id')).toBe(String(retry.id));
    expect(await other.getAttribute('[data-testid="replay"]', 'data-selected-visit')).toBe('1');
    await expect.poll(() => other.getByTestId('state-panel-name').textContent()).toBe('Charge');
    expect(await other.locator('[data-node-id="Charge"]').getAttribute('data-outcome')).toBe('active');
    await expect.poll(() => other.getByTestId('state-panel-attempts').textContent()).toContain('waited 2.00 s');
    await other.close();
  });

  it('marks where a failed execution failed, in the graph and the timeline, and opens there', async () => {
    await open(failing);
    expect(await node('M/Bad').getAttribute('data-outcome')).toBe('failed');
    expect(await node('M').getAttribute('data-outcome')).toBe('failed');
    expect(await node('M').textContent()).toContain('2 failed');
    const failedRows = page.locator('[data-testid="timeline-row"][data-status="failed"][data-name="Bad"]');
    expect(await failedRows.count()).toBeGreaterThan(0);
    expect(await failedRows.last().locator('[data-testid="fail-mark"]').count()).toBe(1);
    await expect.poll(() => page.getByTestId('state-panel-name').textContent()).toBe('Bad');
    await expect.poll(() => page.getByTestId('state-panel-error').textContent()).toContain('Bad');
    expect(await page.locator('[data-testid="timeline-lane"][data-status="aborted"]').count()).toBe(4);
    await page.locator('#replay').screenshot({ path: path.join(SCREENSHOTS, 'replay-failed.png') });
  });
});
