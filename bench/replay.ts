// npm run bench:replay — issue #5 figures: a 25,000-event execution (the most a history holds,
// ../shared/reference/quotas.md §1) opens and is interactive in under 1.5 s in headless Chromium,
// scrubbing stays smooth, and the replay model builds in well under 100 ms.
// Runs the engine, stores the execution in a temporary SQLite database, starts the built app
// (NEXT_DIST_DIR honoured) and drives Chromium. Exits 1 when a budget is missed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { replayExecution } from '@/lib/analysis';
import { configureDb, createDb, listReplayEvents } from '@/lib/db';
import { launchBrowser, startApp } from '../test/browser/support';
import { runLargeMap, runOrder } from '../test/analysis/replay/engine-scenarios';
import { storeEngineRun } from '../test/analysis/replay/store-engine-run';
import { migrateDatabase } from '../test/support/migrate-database';

const INTERACTIVE_BUDGET_MS = 1_500;
const MODEL_BUDGET_MS = 100;
/** A frame at 60 Hz; p95 above two of them is visible stutter. */
const FRAME_MS = 1_000 / 60;
const SCRUB_FRAMES = 240;
/** 2 Pass states and 3,570 Map items: exactly 25,000 events (see runLargeMap). */
const ITEMS = 3_570;
const PASSES = 2;

/**
 * In the page: drags the scrubber across the execution, one position per animation frame, and times
 * the frames. Plain JS text: Playwright evaluates it as is (compiled TypeScript would carry helpers).
 */
const SCRUB = `async (count) => {
  const input = document.querySelector('[data-testid="replay-scrubber"]');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const max = Number(input.max);
  const frames = [];
  await new Promise((resolve) => {
    let step = 0;
    let last = performance.now();
    const tick = (now) => {
      if (step > 0) frames.push(now - last);
      last = now;
      if (step++ >= count) return resolve();
      setValue.call(input, String((max * step) / count));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return frames;
}`;

/** In the page: plays from the start at 10× (about 3 s for the bench execution) and times the frames. */
const PLAY = `async (count) => {
  const speed = document.querySelector('select[aria-label="Speed"]');
  const button = document.querySelector('[data-testid="replay-play"]');
  Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set.call(speed, '10');
  speed.dispatchEvent(new Event('change', { bubbles: true }));
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
  await new Promise((resolve) => requestAnimationFrame(resolve));
  button.click();
  const frames = [];
  await new Promise((resolve) => {
    let last = performance.now();
    const tick = (now) => {
      frames.push(now - last);
      last = now;
      if (frames.length >= count) return resolve();
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  button.click();
  return frames.slice(1);
}`;

/** In the page: where the time went, from the Navigation and Resource Timing entries. */
const BREAKDOWN = `(() => {
  const navigation = performance.getEntriesByType('navigation')[0];
  const model = performance.getEntriesByType('resource').find((entry) => entry.name.includes('model='));
  const ready = Number(document.querySelector('[data-replay-ready]').getAttribute('data-replay-ready'));
  const ms = (value) => Math.round(value) + ' ms';
  return 'first byte ' + ms(navigation.responseStart) + ', HTML done ' + ms(navigation.responseEnd) + ', DOMContentLoaded ' + ms(navigation.domContentLoadedEventEnd) +
    (model ? ', model ' + ms(model.startTime) + '–' + ms(model.responseEnd) + ' (' + Math.round(model.encodedBodySize / 1024) + ' KiB sent; server ' +
      model.serverTiming.map((timing) => timing.name + ' ' + ms(timing.duration)).join(', ') + ')' : '') + ', replay drawn ' + ms(ready);
})()`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-replay-'));
const url = `file:${path.join(dir, 'bench.db')}`;
migrateDatabase(url);
const db = createDb(url);
await configureDb(db, url);

console.log('running a 25,000-event execution on the engine…');
const run = await runLargeMap(ITEMS, PASSES);
if (run.events.length !== 25_000) throw new Error(`expected 25,000 events, got ${run.events.length}`);
const { executionId, executionArn } = await storeEngineRun(db, run);
// A small execution to warm the server's page code, so the first open measures the model, not Node's JIT.
const warmUp = await storeEngineRun(db, await runOrder());

// 1. The model, in this process.
const fullRuns = timeRuns(10, () => replayExecution(run.events, { definition: run.definition }));
const light = await listReplayEvents(db, executionId);
const lightRuns = timeRuns(10, () => replayExecution(light, { definition: JSON.stringify(run.definition) }));
const readRuns: number[] = [];
for (let i = 0; i < 5; i++) {
  const started = performance.now();
  await listReplayEvents(db, executionId);
  readRuns.push(performance.now() - started);
}
const model = replayExecution(light, { definition: run.definition }).value;
const modelMs = median(lightRuns);
console.log(`\nmodel build, 25,000 events: ${modelMs.toFixed(1)} ms median of 10 (from stored events; ${median(fullRuns).toFixed(1)} ms from whole events) — budget ${MODEL_BUDGET_MS} ms ${modelMs < MODEL_BUDGET_MS ? 'OK' : 'OVER'}`);
console.log(`read events without payloads: ${median(readRuns).toFixed(1)} ms median of 5`);
console.log(`model: ${model.visits.length.toLocaleString()} visits, ${model.lanes.length.toLocaleString()} lanes, ${(JSON.stringify(model).length / 1024 / 1024).toFixed(2)} MiB as JSON`);
await db.$disconnect();

// 2. The page, in Chromium.
console.log('\nstarting the app (builds it first if the sources changed)…');
const app = await startApp({ databaseUrl: url });
const browser = await launchBrowser();
let failed = false;
try {
  const page = await browser.context.newPage();
  await page.goto(`${app.url}/executions/${encodeURIComponent(warmUp.executionArn)}`);
  await page.waitForSelector('[data-replay-ready]', { timeout: 60_000 });
  const href = `${app.url}/executions/${encodeURIComponent(executionArn)}`;
  const interactive: number[] = [];
  const breakdowns: string[] = [];
  for (let visit = 0; visit < 4; visit++) {
    await page.goto('about:blank');
    await page.goto(href, { waitUntil: 'commit' });
    await page.waitForSelector('[data-replay-ready]', { timeout: 60_000 });
    // Interactive means the replay answers: a key press moves the instant on the next frames.
    const before = await page.getAttribute('[data-testid="replay"]', 'data-event-id');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction((previous) => document.querySelector('[data-testid="replay"]')?.getAttribute('data-event-id') !== previous, before);
    interactive.push(await page.evaluate(() => performance.now()));
    breakdowns.push(await page.evaluate<string>(BREAKDOWN));
  }
  const [cold, ...warm] = interactive;
  const warmMs = median(warm);
  console.log(
    `time to interactive (navigation start → the replay answers a key): first open ${cold.toFixed(0)} ms (model read and built on the server), ` +
      `then ${warm.map((ms) => ms.toFixed(0)).join(', ')} ms (median ${warmMs.toFixed(0)} ms) — budget ${INTERACTIVE_BUDGET_MS} ms ${warmMs < INTERACTIVE_BUDGET_MS && cold < INTERACTIVE_BUDGET_MS ? 'OK' : 'OVER'}`,
  );
  breakdowns.forEach((line, index) => console.log(`  ${index === 0 ? 'first open' : `open ${index + 1}    `}: ${line}`));
  failed ||= warmMs >= INTERACTIVE_BUDGET_MS || cold >= INTERACTIVE_BUDGET_MS;

  const select = page.locator('[data-testid="timeline-row"]').nth(4);
  await select.click();
  const frames = await page.evaluate<number[]>(`(${SCRUB})(${SCRUB_FRAMES})`);
  const stats = summarise(frames);
  console.log(`scrubbing ${SCRUB_FRAMES} frames with a state selected: frame time p50 ${stats.p50.toFixed(1)} ms, p95 ${stats.p95.toFixed(1)} ms, max ${stats.max.toFixed(1)} ms (${stats.over} frames over ${(2 * FRAME_MS).toFixed(1)} ms)`);
  failed ||= stats.p95 > 2 * FRAME_MS;

  const playing = await page.evaluate<number[]>(`(${PLAY})(120)`);
  const playStats = summarise(playing);
  console.log(`playing at 10×: frame time p50 ${playStats.p50.toFixed(1)} ms, p95 ${playStats.p95.toFixed(1)} ms, max ${playStats.max.toFixed(1)} ms`);
} finally {
  await browser.close();
  await app.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(failed || modelMs >= MODEL_BUDGET_MS ? 1 : 0);

function timeRuns(count: number, action: () => unknown): number[] {
  action();
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    action();
    samples.push(performance.now() - started);
  }
  return samples;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function summarise(frames: number[]): { p50: number; p95: number; max: number; over: number } {
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0, over: frames.filter((ms) => ms > 2 * FRAME_MS).length };
}
