// npm run bench:costs — the monthly cost review over 100,000 executions in one month (six machines, one
// Express), 2,000 of them with stored histories for the cost drivers: how long /costs and
// `npm run costs` take to read and compute (the page's chart reads its five earlier months apart, here
// empty). DATABASE_URL=postgresql://… runs the same on PostgreSQL.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LIST_PRICES, getCostDrivers, getMonthRange, getMonthlyCostReview, listMonthKeys } from '@/lib/cost';
import { configureDb, createDb, getDatabaseProvider, listCostDriverSamples, listCostUsage, type Db } from '@/lib/db';
import { migrateDatabase } from '../test/support/migrate-database';

const EXECUTIONS = 100_000;
const WITH_HISTORY = 2_000;
const MONTH = '2026-02';
const NOW = new Date('2026-02-20T12:00:00Z');

const url = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-costs-')), 'bench.db')}`;
migrateDatabase(url);
const db = createDb(url);
await configureDb(db, url);
console.log(`database: ${getDatabaseProvider(url)}`);

const { start, end } = getMonthRange(MONTH);
const loadStarted = performance.now();
await load(db);
console.log(`loaded ${EXECUTIONS.toLocaleString()} executions (${WITH_HISTORY.toLocaleString()} with histories) in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s\n`);

const chartStart = getMonthRange(listMonthKeys(MONTH, 6)[0]).start;
const rows: [string, number][] = [];
const usage = await timed('listCostUsage, one month', () => listCostUsage(db, { from: start, to: end }));
await timed('listCostUsage, five earlier months (chart)', () => listCostUsage(db, { from: chartStart, to: start }));
const review = await timed('getMonthlyCostReview', async () => getMonthlyCostReview(usage, { month: MONTH, now: NOW, prices: LIST_PRICES }));
const samples = await timed('listCostDriverSamples, 50 per machine', () => listCostDriverSamples(db, { from: start, to: end, perMachine: 50 }));
await timed('getCostDrivers', async () => getCostDrivers(review, samples, LIST_PRICES));
console.log(rows.map(([name, ms]) => `${name.padEnd(40)} ${ms.toFixed(0).padStart(7)} ms`).join('\n'));
console.log(`\nreview: ${review.machines.length} machines, total ${review.total.picoUsd / 1_000_000n} µ$, forecast ${review.forecast ? 'yes' : 'no'}`);
await db.$disconnect();

async function timed<T>(name: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  rows.push([name, performance.now() - started]);
  return result;
}

async function load(target: Db): Promise<void> {
  const source = await target.source.create({ data: { kind: 'IMPORT', name: 'bench', region: 'us-east-1', accountId: '111122223333' } });
  const names = ['order-processing', 'monthly-billing', 'nightly-backup', 'invoice-pdf', 'booking-saga', 'user-onboarding'];
  const machines: number[] = [];
  for (const name of names) {
    const machine = await target.stateMachine.create({
      data: { arn: `arn:aws:states:us-east-1:111122223333:stateMachine:${name}`, name, type: name === 'user-onboarding' ? 'EXPRESS' : 'STANDARD', sourceId: source.id },
    });
    const definition = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'B' }, B: { Type: 'Pass', End: true } } });
    await target.stateMachineRevision.create({ data: { stateMachineId: machine.id, definition, definitionHash: name, definitionBytes: definition.length } });
    machines.push(machine.id);
  }
  const span = NOW.getTime() - start.getTime();
  const batch = 2_000;
  for (let offset = 0; offset < EXECUTIONS; offset += batch) {
    await target.execution.createMany({
      data: Array.from({ length: Math.min(batch, EXECUTIONS - offset) }, (_, i) => {
        const n = offset + i;
        return {
          arn: `arn:aws:states:us-east-1:111122223333:execution:${names[n % 6]}:run-${n}`,
          name: `run-${n}`,
          stateMachineId: machines[n % 6],
          sourceId: source.id,
          status: n % 17 === 0 ? 'FAILED' : 'SUCCEEDED',
          startDate: new Date(start.getTime() + Math.floor((n / EXECUTIONS) * span)),
          stopDate: new Date(start.getTime() + Math.floor((n / EXECUTIONS) * span) + 1_000 + (n % 5_000)),
          durationMs: 1_000 + (n % 5_000),
          inputBytes: 200 + (n % 900),
          outputBytes: 300,
          stateTransitions: 4 + (n % 7),
          eventCount: n < WITH_HISTORY ? 9 : 0,
          historyComplete: n < WITH_HISTORY,
        };
      }),
    });
  }
  const runs = await target.execution.findMany({ where: { eventCount: 9 }, select: { id: true, startDate: true } });
  const types = ['ExecutionStarted', 'TaskStateEntered', 'TaskScheduled', 'TaskStarted', 'TaskFailed', 'TaskScheduled', 'TaskSucceeded', 'TaskStateExited', 'ExecutionSucceeded'];
  for (let offset = 0; offset < runs.length; offset += 200) {
    await target.historyEvent.createMany({
      data: runs.slice(offset, offset + 200).flatMap((run) =>
        types.map((type, i) => ({
          executionId: run.id,
          eventId: i + 1,
          previousEventId: i === 1 ? 0 : i,
          type,
          timestamp: new Date(run.startDate.getTime() + i * 100),
          stateName: type.startsWith('TaskState') ? 'A' : null,
          details: {},
        })),
      ),
    });
  }
}
