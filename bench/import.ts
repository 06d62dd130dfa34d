// npm run bench:import — issue figures: importing a 25,000-event history (the AWS maximum) on SQLite
// must take under 5 s; the executions list must answer in under 100 ms with 100,000 executions loaded.
// DATABASE_URL=postgresql://… runs the same on PostgreSQL.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { configureDb, countExecutionsByStatus, createDb, getDatabaseProvider, listExecutions, type Db } from '@/lib/db';
import { importText } from '@/lib/ingest';
import { type ExecutionFilter, type PageRequest } from '@/lib/model';
import { migrateDatabase } from '../test/support/migrate-database';

/** ../shared/reference/quotas.md §1: 25,000 events per execution history. */
const MAX_HISTORY_EVENTS = 25_000;
const EXECUTIONS_LOADED = 100_000;
const IMPORT_BUDGET_MS = 5_000;
const LIST_BUDGET_MS = 100;

const url = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-')), 'bench.db')}`;
migrateDatabase(url);
const db = createDb(url);
await configureDb(db, url);
console.log(`database: ${getDatabaseProvider(url)}\n`);

// 1. A 25,000-event history, as the CLI prints it.
const runs: number[] = [];
for (let run = 0; run < 3; run++) {
  const text = JSON.stringify(makeLongHistory(`loop-${run}`), null, 4);
  const started = performance.now();
  const result = await importText(db, { fileName: `loop-${run}.json`, text });
  runs.push(performance.now() - started);
  if (!result.ok || result.executions[0].eventCount !== MAX_HISTORY_EVENTS) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  if (run === 0) console.log(`history file: ${(text.length / 1024 / 1024).toFixed(1)} MiB, ${MAX_HISTORY_EVENTS.toLocaleString()} events`);
}
const importMs = median(runs);
console.log(`import 25,000-event history: ${importMs.toFixed(0)} ms median of 3 (${runs.map((ms) => ms.toFixed(0)).join(', ')}) — budget ${IMPORT_BUDGET_MS} ms ${importMs < IMPORT_BUDGET_MS ? 'OK' : 'OVER'}`);

// 2. 100,000 executions, then the list queries a user triggers.
const loadStarted = performance.now();
const machines = await loadExecutions(db, EXECUTIONS_LOADED);
console.log(`\nloaded ${EXECUTIONS_LOADED.toLocaleString()} executions over ${machines.length} state machines in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`);

const cases: { name: string; filter: ExecutionFilter; page?: PageRequest }[] = [
  { name: 'newest first, no filter', filter: {} },
  { name: 'status FAILED', filter: { statuses: ['FAILED'] } },
  { name: 'one machine × SUCCEEDED', filter: { stateMachineArns: [machines[2]], statuses: ['SUCCEEDED'] } },
  { name: 'last 7 days', filter: { startedAfter: new Date(Date.now() - 7 * 86_400_000) } },
  { name: 'error text "timeout"', filter: { errorText: 'timeout' } },
  { name: 'longest first', filter: {}, page: { sort: 'duration:desc' } },
];
console.log(`\n${'query'.padEnd(32)} ${'list ms'.padStart(8)} ${'counts ms'.padStart(10)} ${'page ms'.padStart(8)}`);
let worst = 0;
for (const { name, filter, page } of cases) {
  const listMs = await time(() => listExecutions(db, filter, page ?? {}));
  const countMs = await time(() => countExecutionsByStatus(db, filter));
  worst = Math.max(worst, listMs + countMs);
  console.log(`${name.padEnd(32)} ${listMs.toFixed(1).padStart(8)} ${countMs.toFixed(1).padStart(10)} ${(listMs + countMs).toFixed(1).padStart(8)}`);
}
let cursor: string | null = null;
for (let pageNumber = 0; pageNumber < 50; pageNumber++) {
  const result = await listExecutions(db, {}, { after: cursor ?? undefined });
  cursor = result.nextCursor;
}
const deepMs = await time(() => listExecutions(db, {}, { after: cursor ?? undefined }));
console.log(`${'page 51 (keyset)'.padEnd(32)} ${deepMs.toFixed(1).padStart(8)}`);
worst = Math.max(worst, deepMs);
console.log(`\nexecutions list with ${EXECUTIONS_LOADED.toLocaleString()} executions: worst page ${worst.toFixed(1)} ms (list + status counts, median of 5) — budget ${LIST_BUDGET_MS} ms ${worst < LIST_BUDGET_MS ? 'OK' : 'OVER'}`);
await db.$disconnect();
process.exit(importMs < IMPORT_BUDGET_MS && worst < LIST_BUDGET_MS ? 0 : 1);

async function time(action: () => Promise<unknown>): Promise<number> {
  await action();
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    await action();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** A polling loop (Task → Choice → Wait) that reaches the history limit, in the CLI's output format. */
function makeLongHistory(name: string) {
  const start = Date.UTC(2026, 10, 1);
  const input = JSON.stringify({ jobId: name, bucket: 'exports-prod', attempt: 0 });
  const events: Record<string, unknown>[] = [];
  const add = (type: string, previousEventId: number, details?: [string, Record<string, unknown>]) => {
    const id = events.length + 1;
    events.push({ timestamp: new Date(start + id * 250).toISOString(), type, id, previousEventId, ...(details ? { [details[0]]: details[1] } : {}) });
    return id;
  };
  const data = { truncated: false };
  let last = add('ExecutionStarted', 0, ['executionStartedEventDetails', { input, inputDetails: data, roleArn: 'arn:aws:iam::123456789012:role/poller' }]);
  last = 0;
  const states = [
    ['TaskStateEntered', 'stateEnteredEventDetails', 'CheckJob'],
    ['TaskScheduled', 'taskScheduledEventDetails'],
    ['TaskStarted', 'taskStartedEventDetails'],
    ['TaskSucceeded', 'taskSucceededEventDetails'],
    ['TaskStateExited', 'stateExitedEventDetails', 'CheckJob'],
    ['ChoiceStateEntered', 'stateEnteredEventDetails', 'IsDone'],
    ['ChoiceStateExited', 'stateExitedEventDetails', 'IsDone'],
    ['WaitStateEntered', 'stateEnteredEventDetails', 'WaitAndRetry'],
    ['WaitStateExited', 'stateExitedEventDetails', 'WaitAndRetry'],
  ] as const;
  const task = { resourceType: 'lambda', resource: 'invoke' };
  while (events.length < MAX_HISTORY_EVENTS - 1) {
    const [type, member, stateName] = states[(events.length - 1) % states.length];
    const details: Record<string, unknown> =
      member === 'stateEnteredEventDetails' ? { name: stateName, input, inputDetails: data }
      : member === 'stateExitedEventDetails' ? { name: stateName, output: input, outputDetails: data }
      : member === 'taskScheduledEventDetails' ? { ...task, region: 'us-east-1', parameters: JSON.stringify({ FunctionName: 'check-job', Payload: JSON.parse(input) }) }
      : member === 'taskSucceededEventDetails' ? { ...task, output: JSON.stringify({ Payload: { status: 'RUNNING' }, StatusCode: 200 }), outputDetails: data }
      : task;
    last = add(type, last, [member, details]);
  }
  add('ExecutionSucceeded', last, ['executionSucceededEventDetails', { output: input, outputDetails: data }]);
  return {
    executionArn: `arn:aws:states:us-east-1:123456789012:execution:export-poller:${name}`,
    stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:export-poller',
    name,
    status: 'SUCCEEDED',
    startDate: events[0].timestamp,
    stopDate: events.at(-1)?.timestamp,
    input,
    output: input,
    events,
  };
}

/** Bulk rows straight into the table: the list benchmark measures reads, not 100,000 imports. */
async function loadExecutions(db: Db, count: number): Promise<string[]> {
  const source = await db.source.create({ data: { kind: 'IMPORT', name: 'bench' } });
  const names = ['order-processing', 'monthly-billing', 'nightly-backup', 'invoice-pdf', 'booking-saga', 'user-onboarding'];
  const machines: { id: number; arn: string }[] = [];
  for (const name of names) {
    machines.push(await db.stateMachine.create({ data: { arn: `arn:aws:states:us-east-1:123456789012:stateMachine:${name}`, name, type: 'STANDARD', sourceId: source.id } }));
  }
  const errors = ['States.Timeout', 'States.TaskFailed', 'PaymentDeclinedError', 'Lambda.ServiceException', 'States.Runtime'];
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const now = Date.now();
  for (let start = 0; start < count; start += 5_000) {
    const rows = Array.from({ length: Math.min(5_000, count - start) }, (_, offset) => {
      const index = start + offset;
      const machine = machines[index % machines.length];
      const roll = random();
      const status = roll < 0.85 ? 'SUCCEEDED' : roll < 0.95 ? 'FAILED' : roll < 0.97 ? 'TIMED_OUT' : roll < 0.98 ? 'ABORTED' : 'RUNNING';
      const startDate = new Date(now - random() * 90 * 86_400_000);
      const durationMs = Math.round(random() * 600_000);
      const failed = status === 'FAILED' || status === 'TIMED_OUT';
      return {
        arn: `${machine.arn.replace(':stateMachine:', ':execution:')}:bench-${index}`,
        name: `bench-${index}`,
        stateMachineId: machine.id,
        sourceId: source.id,
        status,
        startDate,
        stopDate: status === 'RUNNING' ? null : new Date(startDate.getTime() + durationMs),
        durationMs: status === 'RUNNING' ? null : durationMs,
        error: failed ? errors[index % errors.length] : null,
        cause: failed ? `Task ${index} failed after ${durationMs} ms` : null,
        eventCount: 12,
        historyComplete: true,
      };
    });
    await db.execution.createMany({ data: rows });
  }
  return machines.map((machine) => machine.arn);
}
