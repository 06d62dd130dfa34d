import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toMonthKey } from '@/lib/cost';
import { seedDemoData } from '@/prisma/seed';
import { createTestDatabase, type TestDatabase } from '@/test/support/test-database';
import { openAppPage, SCREENSHOTS, type RunningApp } from './support';


describe('costs page on the demo data', () => {
  let database: TestDatabase;
  let app: RunningApp;
  let closeApp: (() => Promise<void>) | undefined;
  let page: Page;
  const month = toMonthKey(new Date());

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemoData(database.db);
    ({ app, page, close: closeApp } = await openAppPage({ databaseUrl: database.url }));
  });

  afterAll(async () => {
    await closeApp?.();
    await database?.cleanup();
  });

  it('reviews the month per state machine, with both charts, and keeps callback workflows off Express', async () => {
    await page.goto(`${app.url}/costs`);
    await expect.poll(() => page.locator('[data-testid="cost-review-table"] [data-cost-machine]').count()).toBe(6);
    const express = page.locator('[data-cost-machine="user-onboarding"]');
    expect(await express.locator('td').nth(1).textContent()).toBe('EXPRESS');
    expect(await express.getByTestId('cost-own').textContent()).toMatch(/^\$0\.\d+$/);
    const orders = page.locator('[data-cost-machine="order-processing"]');
    await orders.getByTestId('cost-eligibility').locator('summary').click();
    expect(await orders.getByTestId('cost-eligibility').textContent()).toContain('Express: not possible');
    expect(await orders.getByTestId('cost-eligibility').textContent()).toContain('.waitForTaskToken');
    // recharts draws an SVG bar per machine and month once laid out.
    await expect.poll(() => page.locator('[data-testid="cost-by-month-chart"] .recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-testid="cost-by-machine-chart"] .recharts-bar-rectangle').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('cost-forecast').textContent()).toContain('range');
    await expect.poll(() => page.locator('[data-testid="cost-drivers-states"] [data-driver-state]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'costs.png'), fullPage: true });
  });

  it('exports the same review as CSV', async () => {
    await page.goto(`${app.url}/costs?month=${month}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('cost-export-csv').click()]);
    expect(download.suggestedFilename()).toBe(`statescope-costs-${month}.csv`);
    const csv = fs.readFileSync((await download.path()) ?? '', 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('month,state_machine,type,region,executions,transitions,cost_usd,other_type,projected_other_cost_usd,saving_if_switched_usd,switch_eligible,notes');
    expect(lines).toHaveLength(7);
    const orders = lines.find((line) => line.includes(',order-processing,')) ?? '';
    expect(orders.split(',').slice(0, 4)).toEqual([month, 'order-processing', 'STANDARD', 'us-east-1']);
    expect(orders).toContain(',no,');
    // The table's transitions for a machine are the CSV's.
    const tableTransitions = (await page.locator('[data-cost-machine="booking-saga"] [data-testid="cost-transitions"]').textContent())?.replaceAll(',', '');
    const csvBooking = lines.find((line) => line.includes(',booking-saga,'))?.split(',') ?? [];
    expect(tableTransitions).toBe(csvBooking[5]);
    const bad = await fetch(`${app.url}/costs/export?month=2026-13`);
    expect(bad.status).toBe(422);
  });

  it('prices pricing.md example 1 in the what-if panel: $627.40 Standard, $3.50 Express', async () => {
    await page.goto(`${app.url}/costs`);
    const panel = page.getByTestId('what-if');
    await panel.getByLabel('Start from').selectOption('custom');
    await panel.getByLabel('Region').selectOption('us-east-1');
    await panel.getByLabel('Runs today as').selectOption('STANDARD');
    await panel.getByLabel('Executions per month').fill('1000000');
    await panel.getByLabel('Transitions per run').fill('25.1');
    await panel.getByLabel('Duration per run (ms)').fill('2350');
    await panel.getByLabel('Average payload (KB)').fill('8');
    await panel.getByLabel('Map/Parallel steps per run').fill('10');
    await expect.poll(() => panel.getByTestId('what-if-standard').textContent()).toContain('$627.40');
    expect(await panel.getByTestId('what-if-express').textContent()).toContain('$3.50');
    expect(await panel.getByTestId('what-if-saving').textContent()).toContain('$623.90');
    await panel.getByLabel('Region').selectOption('eu-west-3');
    await expect.poll(() => panel.getByTestId('what-if-standard').textContent()).toContain('$745.35');
    expect(await panel.getByTestId('what-if-express').textContent()).toContain('unknown');
  });

  it('prints as a report without the navigation and the what-if panel', async () => {
    await page.goto(`${app.url}/costs`);
    await expect.poll(() => page.locator('[data-testid="cost-review-table"] [data-cost-machine]').count()).toBe(6);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.topnav').isVisible()).toBe(false);
    expect(await page.getByTestId('what-if').isVisible()).toBe(false);
    expect(await page.getByTestId('cost-review-table').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('splits a redriven execution’s cost over its states on the execution page', async () => {
    const redriven = await database.db.execution.findFirstOrThrow({ where: { redriveCount: { gt: 0 } }, select: { arn: true, stateTransitions: true } });
    await page.goto(`${app.url}/executions/${encodeURIComponent(redriven.arn)}`);
    const section = page.getByTestId('execution-cost');
    await expect.poll(() => section.getByTestId('execution-cost-transitions').textContent()).toContain(String(redriven.stateTransitions));
    expect(await section.getByTestId('execution-cost-transitions').textContent()).toContain('1 redrive(s)');
    expect(await section.getByTestId('execution-cost-own').textContent()).toMatch(/^\$0\.\d+$/);
    expect(await section.locator('[data-cost-state]').count()).toBeGreaterThan(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'execution-cost.png'), fullPage: true });
  });
});
