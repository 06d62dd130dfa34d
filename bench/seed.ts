// npm run bench:seed — how long npm start's demo seed takes on a fresh database (aim: under 10 s): the
// six-week engine run on its virtual clock, then storing every execution. DATABASE_URL=postgresql://… for PostgreSQL.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { configureDb, createDb, ensureSource, getDatabaseProvider, saveExecution, saveStateMachine } from '@/lib/db';
import { runDemoHistory } from '@/prisma/demo/run-demo-history';
import { toDemoExecutionRecords, toDemoStateMachineRecords } from '@/prisma/demo/to-demo-records';
import { DEMO_SOURCE_NAME } from '@/prisma/seed';
import { migrateDatabase } from '../test/support/migrate-database';

const SEED_BUDGET_MS = 10_000;

const url = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-')), 'bench.db')}`;
migrateDatabase(url);
const db = createDb(url);
await configureDb(db, url);
console.log(`database: ${getDatabaseProvider(url)}, load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores\n`);

const started = performance.now();
const { engine } = await runDemoHistory({ now: new Date() });
const ranMs = performance.now() - started;
const machines = toDemoStateMachineRecords(engine);
const executions = toDemoExecutionRecords(engine);
const sourceId = await ensureSource(db, { kind: 'IMPORT', name: DEMO_SOURCE_NAME });
const targets = new Map<string, { stateMachineId: number; revisionId: number | null }>();
for (const machine of machines) targets.set(machine.arn, await saveStateMachine(db, sourceId, machine));
for (const execution of executions) {
  const target = targets.get(execution.stateMachineArn);
  if (!target) throw new Error(`no machine for ${execution.arn}`);
  await saveExecution(db, { sourceId, ...target }, execution);
}
const totalMs = performance.now() - started;
const events = executions.reduce((sum, e) => sum + e.events.length, 0);

console.log(`engine run (six weeks, virtual clock): ${ranMs.toFixed(0)} ms`);
console.log(`store ${executions.length} executions, ${events.toLocaleString()} events: ${(totalMs - ranMs).toFixed(0)} ms`);
console.log(`seed total: ${totalMs.toFixed(0)} ms — budget ${SEED_BUDGET_MS} ms ${totalMs < SEED_BUDGET_MS ? 'OK' : 'OVER'}\n`);
const table = new Map<string, Record<string, number>>();
for (const e of executions) {
  const machine = e.stateMachineArn.slice(e.stateMachineArn.lastIndexOf(':') + 1);
  const row = table.get(machine) ?? {};
  row[e.status] = (row[e.status] ?? 0) + 1;
  table.set(machine, row);
}
for (const [machine, row] of [...table].sort()) console.log(`${machine.padEnd(18)} ${Object.entries(row).map(([status, n]) => `${status} ${n}`).join(', ')}`);
await db.$disconnect();
