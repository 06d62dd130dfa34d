import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importText } from '@/lib/ingest';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const fixture = (name: string) => ({ fileName: name, text: fs.readFileSync(path.join('test/fixtures/import', name), 'utf8') });
const ORDER_ARN = 'arn:aws:states:eu-west-1:210987654321:execution:checkout:order-8812';
const REPORT_ARN = 'arn:aws:states:eu-west-1:210987654321:execution:weekly-report:r-42';

describe('importText', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.cleanup();
  });

  it('stores a merged describe-execution + get-execution-history file with its failing state', async () => {
    const result = await importText(database.db, fixture('order-lambda.failed.json'));
    expect(result.errors).toEqual([]);
    expect(result.executions).toEqual([{ arn: ORDER_ARN, status: 'created', eventCount: 6 }]);
    const execution = await database.db.execution.findUniqueOrThrow({ where: { arn: ORDER_ARN }, include: { stateMachine: true } });
    expect(execution).toMatchObject({
      status: 'FAILED',
      error: 'PaymentDeclinedError',
      failedStateName: 'ChargeCard',
      durationMs: 2788,
      inputBytes: 33,
      redriveStatus: 'REDRIVABLE',
      historyComplete: true,
    });
    expect(execution.startDate.toISOString()).toBe('2026-11-18T09:12:03.114Z');
    expect(execution.stateMachine).toMatchObject({ name: 'checkout', type: 'STANDARD' });
    const failed = await database.db.historyEvent.findFirstOrThrow({ where: { executionId: execution.id, type: 'TaskFailed' } });
    expect(failed.details).toMatchObject({ taskFailedEventDetails: { error: 'PaymentDeclinedError', resource: 'invoke' } });
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await database.db.historyEvent.count();
    const again = await importText(database.db, fixture('order-lambda.failed.json'));
    expect(again.executions).toEqual([{ arn: ORDER_ARN, status: 'unchanged', eventCount: 6 }]);
    expect(await database.db.historyEvent.count()).toBe(before);
    expect(await database.db.execution.count({ where: { arn: ORDER_ARN } })).toBe(1);
  });

  it('derives status, dates and output of a bare history with epoch-second timestamps', async () => {
    const result = await importText(database.db, { ...fixture('report-wait.bare-history.epoch.json'), executionArn: REPORT_ARN });
    expect(result.ok).toBe(true);
    const execution = await database.db.execution.findUniqueOrThrow({ where: { arn: REPORT_ARN } });
    expect(execution).toMatchObject({ status: 'SUCCEEDED', output: '{"report":"weekly","published":true}', durationMs: 60_200, name: 'r-42' });
    expect(execution.startDate.toISOString()).toBe('2025-11-18T09:00:00.250Z');
  });

  it('asks for --execution-arn when a bare history has none, and stores nothing', async () => {
    const result = await importText(database.db, { fileName: 'h.json', text: '{"events": [{"id": 1, "type": "ExecutionStarted", "timestamp": 1763456400}]}' });
    expect(result.ok).toBe(false);
    expect(result.errors[0].message).toMatch(/--execution-arn/);
    expect(result.executions).toEqual([]);
  });

  it('imports the good lines of a bundle and names the line and event of each bad one', async () => {
    const result = await importText(database.db, fixture('nightly-export.bundle.jsonl'));
    expect(result.stateMachines).toEqual(['arn:aws:states:eu-west-1:210987654321:stateMachine:nightly-export']);
    expect(result.executions.map((execution) => execution.arn.split(':').at(-1))).toEqual(['run-1', 'run-2']);
    expect(result.errors).toEqual([
      { fileName: 'nightly-export.bundle.jsonl', line: 4, eventId: 2, message: expect.stringContaining('timestamp is not a date') },
      { fileName: 'nightly-export.bundle.jsonl', line: 5, message: expect.stringMatching(/^malformed JSON/) },
    ]);
    expect(await database.db.execution.count({ where: { name: 'run-3' } })).toBe(0);
    const revision = await database.db.stateMachineRevision.findFirst({ where: { stateMachine: { name: 'nightly-export' } } });
    expect(revision?.definition).toContain('"StartAt"');
    const run1 = await database.db.execution.findUniqueOrThrow({ where: { arn: result.executions[0].arn } });
    expect(run1.revisionId).toBe(revision?.id);
  });

  it('keeps an event type it does not know, with its details', async () => {
    const execution = await database.db.execution.findFirstOrThrow({ where: { name: 'run-2' } });
    const events = await database.db.historyEvent.findMany({ where: { executionId: execution.id }, orderBy: { eventId: 'asc' } });
    expect(events.map((event) => event.type)).toEqual(['ExecutionStarted', 'QuantumStateEntangled']);
    expect(events[1].details).toEqual({ quantumStateEntangledEventDetails: { qubits: 3 } });
    expect(execution.status).toBe('RUNNING');
  });

  it('reports a JSON syntax error with its line and column and stores nothing', async () => {
    const count = await database.db.execution.count();
    const result = await importText(database.db, fixture('truncated.malformed.json'));
    expect(result.errors).toEqual([
      { fileName: 'truncated.malformed.json', line: 4, message: 'malformed JSON: Expected double-quoted property name (column 42)' },
    ]);
    expect(await database.db.execution.count()).toBe(count);
  });

  it('adds only the new events when a running execution is imported again with a longer history', async () => {
    const text = fs.readFileSync('test/fixtures/import/order-lambda.failed.json', 'utf8');
    const full = JSON.parse(text) as { events: unknown[]; status: string; executionArn: string; stopDate?: string; error?: string; cause?: string };
    const arn = 'arn:aws:states:eu-west-1:210987654321:execution:checkout:order-9000';
    const running = { ...full, executionArn: arn, name: 'order-9000', status: 'RUNNING', stopDate: undefined, error: undefined, cause: undefined, events: full.events.slice(0, 4) };
    const first = await importText(database.db, { fileName: 'running.json', text: JSON.stringify(running) });
    expect(first.executions[0]).toMatchObject({ status: 'created', eventCount: 4 });
    const second = await importText(database.db, { fileName: 'closed.json', text: JSON.stringify({ ...full, executionArn: arn, name: 'order-9000' }) });
    expect(second.executions[0]).toMatchObject({ status: 'updated', eventCount: 6 });
    const execution = await database.db.execution.findUniqueOrThrow({ where: { arn }, include: { events: true } });
    expect(execution.status).toBe('FAILED');
    expect(execution.events.map((event) => event.eventId).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
