import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FINDING_THRESHOLDS, detectStuckExecutions } from '@/lib/analysis';
import { ensureSource, findExecution, listFindingInputs, saveExecution, saveStateMachine } from '@/lib/db';
import { importText } from '@/lib/ingest';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const ACCOUNT = 'arn:aws:states:eu-west-1:210987654321';
const T0 = Date.UTC(2026, 9, 1, 8, 0, 0); // 2026-10-01T08:00:00Z
const NOW = new Date(Date.UTC(2026, 10, 20));
const fixture = (name: string) => fs.readFileSync(path.join('test/fixtures/import', name));

type Event = Record<string, unknown> & { id: number; type: string; timestamp: string | number };

/**
 * A Standard execution that fails, is redriven, fails, is redriven and fails again: 755 events with
 * ISO timestamps one second apart, as get-execution-history prints them.
 */
function paymentHistory(): Event[] {
  const events: Event[] = [];
  const at = (id: number) => new Date(T0 + id * 1000).toISOString().replace('Z', '000+00:00');
  const push = (type: string, previousEventId: number, details: Record<string, unknown> = {}) => {
    const id = events.length + 1;
    events.push({ timestamp: at(id), type, id, previousEventId, ...details });
  };
  push('ExecutionStarted', 0, { executionStartedEventDetails: { input: '{"batch":7}', roleArn: 'arn:aws:iam::210987654321:role/pay' } });
  for (let visit = 0; visit < 148; visit++) {
    const entered = events.length + 1;
    push('TaskStateEntered', visit === 0 ? 0 : entered - 1, { stateEnteredEventDetails: { name: 'Charge', input: '{}' } });
    push('TaskScheduled', entered, { taskScheduledEventDetails: { resourceType: 'lambda', resource: 'invoke', region: 'eu-west-1', parameters: '{}' } });
    push('TaskStarted', entered + 1, { taskStartedEventDetails: { resourceType: 'lambda', resource: 'invoke' } });
    push('TaskSucceeded', entered + 2, { taskSucceededEventDetails: { resourceType: 'lambda', resource: 'invoke', output: '{}' } });
    push('TaskStateExited', entered + 3, { stateExitedEventDetails: { name: 'Charge', output: '{}' } });
  }
  const failure = { taskFailedEventDetails: { resourceType: 'lambda', resource: 'invoke', error: 'CardDeclined', cause: 'declined' } };
  const closed = { executionFailedEventDetails: { error: 'CardDeclined', cause: 'declined' } };
  push('TaskStateEntered', 741, { stateEnteredEventDetails: { name: 'Settle', input: '{}' } }); // 742
  push('TaskScheduled', 742, { taskScheduledEventDetails: { resourceType: 'lambda', resource: 'invoke', region: 'eu-west-1', parameters: '{}' } });
  push('TaskStarted', 743, { taskStartedEventDetails: { resourceType: 'lambda', resource: 'invoke' } });
  push('TaskFailed', 744, failure);
  push('ExecutionFailed', 745, closed); // 746
  push('ExecutionRedriven', 746, { executionRedrivenEventDetails: { redriveCount: 1 } }); // 747
  push('TaskScheduled', 747, { taskScheduledEventDetails: { resourceType: 'lambda', resource: 'invoke', region: 'eu-west-1', parameters: '{}' } });
  push('TaskStarted', 748, { taskStartedEventDetails: { resourceType: 'lambda', resource: 'invoke' } });
  push('TaskFailed', 749, failure);
  push('ExecutionFailed', 750, closed); // 751
  push('ExecutionRedriven', 751, { executionRedrivenEventDetails: { redriveCount: 2 } }); // 752
  push('TaskScheduled', 752, { taskScheduledEventDetails: { resourceType: 'lambda', resource: 'invoke', region: 'eu-west-1', parameters: '{}' } });
  push('TaskStartFailed', 753, { taskStartFailedEventDetails: { resourceType: 'lambda', resource: 'invoke', error: 'Lambda.ServiceException', cause: 'unavailable' } });
  push('ExecutionFailed', 754, closed); // 755
  return events;
}

const PAYMENT = paymentHistory();
const dateOf = (id: number) => new Date(T0 + id * 1000);

/** describe-execution merged with get-execution-history, as the README's jq line makes it. */
function snapshot(arn: string, eventCount: number, extra: Record<string, unknown> = {}) {
  const events = PAYMENT.slice(0, eventCount);
  const redriveCount = events.filter((event) => event.type === 'ExecutionRedriven').length;
  return JSON.stringify({
    executionArn: arn,
    stateMachineArn: `${ACCOUNT}:stateMachine:payments`,
    name: arn.split(':').at(-1),
    status: 'FAILED',
    startDate: dateOf(1).toISOString(),
    stopDate: dateOf(eventCount).toISOString(),
    error: 'CardDeclined',
    cause: 'declined',
    redriveCount,
    ...(redriveCount ? { redriveDate: dateOf(events.findLast((event) => event.type === 'ExecutionRedriven')!.id).toISOString() } : {}),
    events,
    ...extra,
  });
}

describe('import keeps the truth', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.cleanup();
  });
  const run = (fileName: string, text: string | Uint8Array, extra: { executionArn?: string } = {}) => importText(database.db, { fileName, text, now: NOW, ...extra });
  const stored = (arn: string) => database.db.execution.findUniqueOrThrow({ where: { arn } });
  const storedIds = async (arn: string) =>
    (await database.db.historyEvent.findMany({ where: { execution: { arn } }, select: { eventId: true }, orderBy: { eventId: 'asc' } })).map((row) => row.eventId);

  describe('snapshots of one execution', () => {
    const arn = `${ACCOUNT}:execution:payments:batch-7`;

    it('leaves a newer history as it is when an older snapshot of it is imported', async () => {
      expect((await run('755.json', snapshot(arn, 755))).executions).toEqual([{ arn, status: 'created', eventCount: 755 }]);
      const before = await stored(arn);
      expect(before).toMatchObject({ status: 'FAILED', redriveCount: 2, eventCount: 755 });

      const older = await run('751.json', snapshot(arn, 751));
      expect(older.errors).toEqual([]);
      expect(older.executions).toEqual([{ arn, status: 'unchanged', eventCount: 755 }]);
      const after = await stored(arn);
      expect(after.stopDate).toEqual(before.stopDate);
      expect(after.redriveCount).toBe(2);
      expect(after.redriveDate).toEqual(before.redriveDate);
      expect(after.lastSyncedAt).toEqual(before.lastSyncedAt);
    });

    it('adds only the new events and the newer description when a snapshot extends the stored one', async () => {
      const extending = `${ACCOUNT}:execution:payments:batch-8`;
      await run('751.json', snapshot(extending, 751));
      const result = await run('755.json', snapshot(extending, 755));
      expect(result.executions).toEqual([{ arn: extending, status: 'updated', eventCount: 755 }]);
      expect(await stored(extending)).toMatchObject({ redriveCount: 2, stopDate: dateOf(755), historyComplete: true, missingEvents: null });
      expect(await storedIds(extending)).toHaveLength(755);
    });

    it('refuses a snapshot that disagrees with a stored event, naming the first one that differs, and changes nothing', async () => {
      const forged = PAYMENT.slice(0, 755).map((event) =>
        event.id === 750 ? { type: 'TaskSucceeded', id: 750, previousEventId: 749, timestamp: event.timestamp, taskSucceededEventDetails: { resourceType: 'lambda', resource: 'invoke', output: '{}' } } : event,
      );
      const text = JSON.parse(snapshot(arn, 755)) as Record<string, unknown>;
      const result = await run('forged.json', JSON.stringify({ ...text, status: 'SUCCEEDED', events: forged }));
      expect(result.ok).toBe(false);
      expect(result.executions).toEqual([]);
      expect(result.errors).toEqual([
        { fileName: 'forged.json', eventId: 750, message: expect.stringMatching(/^differs from stored event 750 \(TaskFailed at .*; the file has TaskSucceeded at .*\): an import never replaces stored events$/) },
      ]);
      expect(await stored(arn)).toMatchObject({ status: 'FAILED', redriveCount: 2 });
      const event = await database.db.historyEvent.findFirstOrThrow({ where: { execution: { arn }, eventId: 750 } });
      expect(event.type).toBe('TaskFailed');
    });
  });

  describe('pages of get-execution-history', () => {
    const page = (events: Event[], nextToken?: string) => JSON.stringify({ events, ...(nextToken ? { nextToken } : {}) });

    it('stores a first page as incomplete, names what is missing, and completes it with the second page', async () => {
      const arn = `${ACCOUNT}:execution:payments:paged-1`;
      const first = await run('page-1.json', page(PAYMENT.slice(0, 400), 'AAAAKgAAAAIAAAAA…'), { executionArn: arn });
      expect(first.executions).toEqual([{ arn, status: 'created', eventCount: 400, missingEvents: [[401, null]] }]);
      expect(await stored(arn)).toMatchObject({ status: 'RUNNING', historyComplete: false, missingEvents: '[[401,null]]', stateTransitions: null });
      const detail = await findExecution(database.db, arn);
      expect(detail?.missingEvents).toEqual([[401, null]]);

      const second = await run('page-2.json', page(PAYMENT.slice(400, 755)), { executionArn: arn });
      expect(second.executions).toEqual([{ arn, status: 'updated', eventCount: 755 }]);
      expect(await stored(arn)).toMatchObject({ status: 'FAILED', redriveCount: 2, historyComplete: true, missingEvents: null, stopDate: dateOf(755) });
      expect(await storedIds(arn)).toEqual(PAYMENT.map((event) => event.id));

      // The second page first: its start is unknown until the first page comes.
      const swapped = `${ACCOUNT}:execution:payments:paged-5`;
      const later = await run('page-2.json', page(PAYMENT.slice(400, 755)), { executionArn: swapped });
      expect(later.executions).toEqual([{ arn: swapped, status: 'created', eventCount: 755, missingEvents: [[1, 400]] }]);
      const earlier = await run('page-1.json', page(PAYMENT.slice(0, 400), 'AAAAKgAAAAIAAAAA…'), { executionArn: swapped });
      expect(earlier.executions).toEqual([{ arn: swapped, status: 'updated', eventCount: 755 }]);
      expect(await stored(swapped)).toMatchObject({ status: 'FAILED', startDate: dateOf(1), input: '{"batch":7}', historyComplete: true, missingEvents: null });
    });

    it('merges --reverse-order pages imported newest page last, and pages in one JSON Lines file', async () => {
      const reversed = [...PAYMENT].reverse();
      const arn = `${ACCOUNT}:execution:payments:paged-2`;
      // The newest page (with its token) comes last: until then events 356–755 are missing.
      const older = await run('older.json', page(reversed.slice(400)), { executionArn: arn });
      expect(older.executions).toEqual([{ arn, status: 'created', eventCount: 355 }]);
      const newer = await run('newer.json', page(reversed.slice(0, 400), 'token'), { executionArn: arn });
      expect(newer.executions).toEqual([{ arn, status: 'updated', eventCount: 755 }]);
      expect(await stored(arn)).toMatchObject({ status: 'FAILED', historyComplete: true, redriveCount: 2, startDate: dateOf(1) });

      const bundled = `${ACCOUNT}:execution:payments:paged-3`;
      const lines = [page(reversed.slice(0, 300), 't1'), page(reversed.slice(300, 600), 't2'), page(reversed.slice(600))].join('\n');
      const result = await run('pages.jsonl', lines, { executionArn: bundled });
      expect(result.errors).toEqual([]);
      expect(result.executions).toEqual([{ arn: bundled, status: 'created', eventCount: 755 }]);
      expect(await stored(bundled)).toMatchObject({ status: 'FAILED', historyComplete: true });
    });

    it('never judges a partial history stuck', async () => {
      const arn = `${ACCOUNT}:execution:payments:paged-4`;
      // A Task waiting since October with no TimeoutSeconds would be flagged if this were the whole history.
      const waiting = [
        PAYMENT[0],
        { timestamp: dateOf(2).toISOString(), type: 'TaskStateEntered', id: 2, previousEventId: 0, stateEnteredEventDetails: { name: 'Approve', input: '{}' } },
        {
          timestamp: dateOf(3).toISOString(),
          type: 'TaskScheduled',
          id: 3,
          previousEventId: 2,
          taskScheduledEventDetails: { resourceType: 'sqs', resource: 'sendMessage.waitForTaskToken', region: 'eu-west-1', parameters: '{}' },
        },
        { timestamp: dateOf(4).toISOString(), type: 'TaskStarted', id: 4, previousEventId: 3, taskStartedEventDetails: { resourceType: 'sqs', resource: 'sendMessage.waitForTaskToken' } },
      ];
      await run('waiting.json', page(waiting, 'more'), { executionArn: arn });
      const inputs = await listFindingInputs(database.db, { now: NOW });
      const findings = detectStuckExecutions(inputs, DEFAULT_FINDING_THRESHOLDS, NOW);
      expect(findings.value.filter((finding) => finding.executionArn === arn)).toEqual([]);
      expect(findings.warnings).toContain('paged-4: Only part of its history is stored, so it is not judged: import the missing events.');
    });
  });

  describe('dates', () => {
    const history = (timestamps: (string | number)[]) =>
      JSON.stringify({
        events: timestamps.map((timestamp, index) => ({ id: index + 1, previousEventId: index, timestamp, type: index === 0 ? 'ExecutionStarted' : 'PassStateEntered', ...(index ? { stateEnteredEventDetails: { name: `P${index}` } } : {}) })),
      });

    it('reads an ISO timestamp without an offset as UTC, whatever the server’s time zone', async () => {
      const zone = process.env.TZ;
      process.env.TZ = 'America/New_York';
      try {
        const arn = `${ACCOUNT}:execution:zones:naive`;
        const result = await run('naive.json', history(['2026-11-18T09:12:03.114', '2026-11-18T09:12:04']), { executionArn: arn });
        expect(result.errors).toEqual([]);
        expect((await stored(arn)).startDate.toISOString()).toBe('2026-11-18T09:12:03.114Z');
      } finally {
        process.env.TZ = zone;
      }
    });

    it('tells epoch milliseconds from epoch seconds by size', async () => {
      const arn = `${ACCOUNT}:execution:zones:epoch`;
      const result = await run('epoch.json', history([1763456400123, 1763456401.5, '1763456402000']), { executionArn: arn });
      expect(result.errors).toEqual([]);
      expect((await stored(arn)).startDate.toISOString()).toBe('2025-11-18T09:00:00.123Z');
      expect((await stored(arn)).lastEventAt?.toISOString()).toBe('2025-11-18T09:00:02.000Z');
    });

    it('refuses dates before Step Functions existed or in the future', async () => {
      const arn = `${ACCOUNT}:execution:zones:range`;
      const early = await run('early.json', history(['2015-06-01T00:00:00Z']), { executionArn: arn });
      expect(early.errors).toEqual([{ fileName: 'early.json', eventId: 1, message: expect.stringContaining('before Step Functions existed (2016-11-23)') }]);
      const late = await run('late.json', history(['2026-11-18T00:00:00Z', '2031-01-01T00:00:00Z']), { executionArn: arn });
      expect(late.errors).toEqual([{ fileName: 'late.json', eventId: 2, message: 'timestamp 2031-01-01T00:00:00.000Z is in the future' }]);
      expect(await database.db.execution.count({ where: { arn } })).toBe(0);
    });
  });

  describe('encodings', () => {
    const arn = `${ACCOUNT}:execution:checkout:order-8812`;
    const utf8 = fixture('order-lambda.failed.json').toString('utf8');

    it('imports files saved by PowerShell as UTF-16 (little or big endian) and UTF-8 with a byte order mark', async () => {
      const le = Buffer.from(`\uFEFF${utf8}`, 'utf16le');
      const be = Buffer.from(le).swap16();
      const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(utf8)]);
      for (const [fileName, bytes] of [['le.json', le], ['be.json', be], ['bom.json', bom]] as const) {
        const result = await run(fileName, new Uint8Array(bytes));
        expect(result.errors).toEqual([]);
        expect(result.executions[0]).toMatchObject({ arn, eventCount: 6 });
      }
      expect(await stored(arn)).toMatchObject({ status: 'FAILED', error: 'PaymentDeclinedError' });
    });

    it('says so when UTF-16 reaches it already decoded as UTF-8, instead of a garbled JSON error', async () => {
      const garbled = new TextDecoder().decode(Buffer.from(`\uFEFF${utf8}`, 'utf16le'));
      const result = await run('le.json', garbled);
      expect(result.errors).toEqual([{ fileName: 'le.json', message: 'the file is UTF-16 but was read as UTF-8 text before it reached the importer: pass its bytes, or save it as UTF-8' }]);
    });

    it('refuses invalid UTF-8 naming the byte offset instead of replacing it', async () => {
      const bytes = Buffer.from(utf8.replace('"ChargeCard"', '"Charge\u00e9Card"'));
      const offset = bytes.indexOf(0xc3);
      bytes[offset] = 0xff;
      const result = await run('latin1.json', new Uint8Array(bytes));
      expect(result.ok).toBe(false);
      expect(result.errors).toEqual([{ fileName: 'latin1.json', message: `invalid UTF-8 at byte offset ${offset}: save the file as UTF-8` }]);
    });
  });

  describe('impossible histories', () => {
    const base = () => PAYMENT.slice(0, 6).map((event) => ({ ...event }));
    const cases: { rule: string; change: (events: Event[]) => Event[]; eventId: number; message: RegExp }[] = [
      { rule: 'event ids out of order', change: (events) => [events[0], events[2], events[1], ...events.slice(3)], eventId: 2, message: /^event ids out of order: 2 comes after 3/ },
      { rule: 'previousEventId pointing forward', change: (events) => (events.forEach((event) => event.id === 3 && (event.previousEventId = 5)), events), eventId: 3, message: /^previousEventId 5 points forward/ },
      { rule: 'previousEventId naming a missing event', change: (events) => events.filter((event) => event.id !== 4), eventId: 5, message: /^previousEventId 4 names an event the history does not hold/ },
      { rule: 'a negative timestamp', change: (events) => (events.forEach((event) => event.id === 4 && (event.timestamp = -1_000)), events), eventId: 4, message: /timestamp is a negative timestamp: -1000/ },
      {
        rule: 'time going backwards',
        change: (events) => (events.forEach((event) => event.id === 4 && (event.timestamp = '2026-10-01T07:59:00Z')), events),
        eventId: 4,
        message: /^timestamp 2026-10-01T07:59:00\.000Z is earlier than that of event 3 it follows .*: time goes backwards$/,
      },
    ];
    it.each(cases)('refuses $rule, naming the event', async ({ change, eventId, message }) => {
      const arn = `${ACCOUNT}:execution:payments:malformed`;
      const result = await run('bad.json', JSON.stringify({ events: change(base()) }), { executionArn: arn });
      expect(result.ok).toBe(false);
      expect(result.errors).toEqual([{ fileName: 'bad.json', eventId, message: expect.stringMatching(message) }]);
      expect(await database.db.execution.count({ where: { arn } })).toBe(0);
    });
  });

  describe('Express executions from CloudWatch Logs', () => {
    const arn = `${ACCOUNT}:express:signup:4f1c2a9e-0b7d-4c55-9a1e-2d3c4b5a6f70:8a7b6c5d-1e2f-4a3b-9c8d-7e6f5a4b3c2d`;
    const records = [
      { id: '1', type: 'ExecutionStarted', details: { input: '{"user":"ana"}', inputDetails: { truncated: false }, roleArn: 'arn:aws:iam::210987654321:role/signup' }, previous_event_id: '0', event_timestamp: '1763456400100', execution_arn: arn, redrive_count: '0' },
      { id: '2', type: 'PassStateEntered', details: { name: 'Welcome', input: '{"user":"ana"}', inputDetails: { truncated: false } }, previous_event_id: '0', event_timestamp: '1763456400120', execution_arn: arn, redrive_count: '0' },
      { id: '3', type: 'PassStateExited', details: { name: 'Welcome', output: '{"user":"ana"}', outputDetails: { truncated: false } }, previous_event_id: '2', event_timestamp: '1763456400130', execution_arn: arn, redrive_count: '0' },
      { id: '4', type: 'ExecutionSucceeded', details: { output: '{"user":"ana"}', outputDetails: { truncated: false } }, previous_event_id: '3', event_timestamp: '1763456400150', execution_arn: arn, redrive_count: '0' },
    ];

    it('imports JSON Lines of log records at level ALL as an Express execution', async () => {
      const result = await run('signup.jsonl', `${records.map((record) => JSON.stringify(record)).join('\n')}\n`);
      expect(result.errors).toEqual([]);
      expect(result.executions).toEqual([{ arn, status: 'created', eventCount: 4 }]);
      const execution = await database.db.execution.findUniqueOrThrow({ where: { arn }, include: { stateMachine: true } });
      expect(execution).toMatchObject({ status: 'SUCCEEDED', output: '{"user":"ana"}', durationMs: 50, historyComplete: true });
      expect(execution.stateMachine).toMatchObject({ name: 'signup', type: 'EXPRESS', arn: `${ACCOUNT}:stateMachine:signup` });
    });

    it('imports `aws logs filter-log-events` output, and finds nothing new in the same events again', async () => {
      const other = arn.replace('8a7b6c5d', '9b8c7d6e');
      const output = {
        events: records.map((record, index) => ({
          logStreamName: 'states/signup/2026-11-18/abc',
          timestamp: Number(record.event_timestamp),
          message: JSON.stringify({ ...record, execution_arn: other }),
          ingestionTime: Number(record.event_timestamp) + 900,
          eventId: `3790841${index}`,
        })),
        searchedLogStreams: [],
      };
      const result = await run('filter-log-events.json', JSON.stringify(output, null, 2));
      expect(result.errors).toEqual([]);
      expect(result.executions).toEqual([{ arn: other, status: 'created', eventCount: 4 }]);
      expect((await run('again.jsonl', records.map((record) => JSON.stringify({ ...record, execution_arn: other })).join('\n'))).executions).toEqual([
        { arn: other, status: 'unchanged', eventCount: 4 },
      ]);
    });
  });

  it('gives the line and column of truncated JSON', async () => {
    const result = await run('cut.json', '{\n  "executionArn": "arn:aws:states:eu-west-1:210987654321:execution:a:b",\n  "events": [\n    {"id": 1, "type": "Exec');
    expect(result.errors).toEqual([{ fileName: 'cut.json', line: 4, message: 'malformed JSON: Unterminated string (column 28)' }]);
    const token = await run('token.json', '{"events": [1,]}');
    expect(token.errors).toEqual([{ fileName: 'token.json', line: 1, message: "malformed JSON: Unexpected token ']' (column 15)" }]);
  });

  describe('executions and state machines a sync owns', () => {
    const arn = `${ACCOUNT}:execution:ledger:synced-1`;
    const machineArn = `${ACCOUNT}:stateMachine:ledger`;
    const definition = '{"StartAt":"F","States":{"F":{"Type":"Fail","Error":"Oops"}}}';

    beforeAll(async () => {
      const sourceId = await ensureSource(database.db, { kind: 'AWS', name: 'prod (eu-west-1)', region: 'eu-west-1', accountId: '210987654321' });
      const target = await saveStateMachine(database.db, sourceId, { arn: machineArn, name: 'ledger', type: 'STANDARD', definition, revisionId: null, status: 'ACTIVE', roleArn: null, logGroupArn: null, createdAt: null });
      const events = [
        { id: 1, previousEventId: 0, type: 'ExecutionStarted', timestamp: dateOf(1), executionStartedEventDetails: { input: '{}' } },
        { id: 2, previousEventId: 0, type: 'FailStateEntered', timestamp: dateOf(2), stateEnteredEventDetails: { name: 'F', input: '{}' } },
        { id: 3, previousEventId: 2, type: 'ExecutionFailed', timestamp: dateOf(3), executionFailedEventDetails: { error: 'Oops', cause: 'on purpose' } },
      ];
      await saveExecution(database.db, { sourceId, ...target }, {
        arn, name: 'synced-1', stateMachineArn: machineArn, status: 'FAILED', startDate: dateOf(1), stopDate: dateOf(3), input: '{}', output: null, error: 'Oops', cause: 'on purpose',
        failedStateName: 'F', redriveCount: 0, redriveDate: null, redriveStatus: 'REDRIVABLE', redriveStatusReason: null, mapRunArn: null, events, historyComplete: true,
      });
    });

    it('refuses a file naming a synced execution, says which source owns it, and changes nothing', async () => {
      const forged = {
        executionArn: arn,
        stateMachineArn: machineArn,
        status: 'SUCCEEDED',
        startDate: dateOf(1).toISOString(),
        stopDate: dateOf(3).toISOString(),
        events: [
          { id: 1, previousEventId: 0, type: 'ExecutionStarted', timestamp: dateOf(1).toISOString(), executionStartedEventDetails: { input: '{}' } },
          { id: 2, previousEventId: 1, type: 'ExecutionSucceeded', timestamp: dateOf(3).toISOString(), executionSucceededEventDetails: { output: '{}' } },
        ],
      };
      const machine = { stateMachineArn: machineArn, name: 'ledger', definition: '{"StartAt":"S","States":{"S":{"Type":"Succeed"}}}' };
      const result = await run('forged.jsonl', [JSON.stringify(machine), JSON.stringify(forged)].join('\n'));
      expect(result.ok).toBe(false);
      expect(result.executions).toEqual([]);
      expect(result.stateMachines).toEqual([]);
      expect(result.errors.map((error) => error.message)).toEqual([
        expect.stringMatching(/^could not store state machine .*ledger: .*belongs to the synced source "prod \(eu-west-1\)" \(AWS\)/),
        `${arn} belongs to the synced source "prod (eu-west-1)" (AWS): an import may not change it`,
      ]);
      const execution = await database.db.execution.findUniqueOrThrow({ where: { arn }, include: { source: true, events: true } });
      expect(execution).toMatchObject({ status: 'FAILED', error: 'Oops', source: { kind: 'AWS' } });
      expect(execution.events.map((event) => event.type).sort()).toEqual(['ExecutionFailed', 'ExecutionStarted', 'FailStateEntered']);
      expect(await database.db.stateMachineRevision.count({ where: { stateMachine: { arn: machineArn } } })).toBe(1);
    });
  });
});
