import {
  DescribeExecutionCommand,
  DescribeStateMachineForExecutionCommand,
  GetExecutionHistoryCommand,
  RedriveExecutionCommand,
  SendTaskSuccessCommand,
  SFNClient,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getActionRateLimits, performExecutionAction, runExecutionActions, type ActionResult, type SyncClock } from '@/lib/ingest';
import { createTestDatabase, type TestDatabase } from '@/test/support/test-database';

const REGION = 'eu-central-1';
const PREFIX = `arn:aws:states:${REGION}:123456789012`;
const MACHINE = `${PREFIX}:stateMachine:orders`;
const arnOf = (n: number) => `${PREFIX}:execution:orders:o-${n}`;

/** Time that moves only when someone sleeps: back-off and rate limits cost nothing to test. */
function createTestClock(): SyncClock & { sleeps: number[] } {
  let now = Date.UTC(2026, 2, 1);
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
      await Promise.resolve();
    },
  };
}

const throttling = () => Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } });
const notRedrivable = () => Object.assign(new Error('Execution is RUNNING and cannot be redriven'), { name: 'ExecutionNotRedrivable', $metadata: { httpStatusCode: 400 } });

describe('actions through the AWS SDK (mocked responses)', () => {
  const client = new SFNClient({ region: REGION, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
  const sfn = mockClient(client);
  const limits = getActionRateLimits({ kind: 'AWS', region: REGION, maxRequestsPerSec: null });
  afterEach(() => sfn.reset());

  it('keeps going through throttling in the middle of a bulk redrive, retrying with the same client token', async () => {
    const calls: { arn: string; token: string | undefined }[] = [];
    let call = 0;
    sfn.on(RedriveExecutionCommand).callsFake((input: { executionArn: string; clientToken?: string }) => {
      calls.push({ arn: input.executionArn, token: input.clientToken });
      call++;
      // Calls 4 to 7 are throttled: whoever makes them must back off and try again.
      if (call >= 4 && call <= 7) throw throttling();
      return { redriveDate: new Date(Date.UTC(2026, 2, 1, 12)) };
    });
    const clock = createTestClock();
    const progress: ActionResult[] = [];
    let token = 0;
    const results = await runExecutionActions({
      action: { kind: 'redrive' },
      targets: Array.from({ length: 10 }, (_, i) => ({ executionArn: arnOf(i), sourceId: 1 })),
      sources: new Map([[1, { sfn: client, limits }]]),
      clock,
      random: () => 0.5,
      concurrency: 3,
      onResult: (result) => progress.push(result),
      newClientToken: () => `token-${token++}`,
    });

    expect(results.map((result) => result.ok)).toEqual(Array(10).fill(true));
    expect(results.every((result) => result.message === 'Redriven at 2026-03-01 12:00:00 UTC.')).toBe(true);
    expect(results.reduce((sum, result) => sum + result.throttled, 0)).toBe(4);
    expect(progress).toHaveLength(10);
    // Every execution got one token, reused on its retries: a retried redrive cannot redrive twice.
    const tokensByArn = new Map<string, Set<string | undefined>>();
    for (const { arn, token: t } of calls) tokensByArn.set(arn, new Set([...(tokensByArn.get(arn) ?? []), t]));
    expect([...tokensByArn.values()].every((tokens) => tokens.size === 1)).toBe(true);
    expect(new Set(calls.map((c) => c.token)).size).toBe(10);
    // It backed off: at least one pause of the back-off's size was taken.
    expect(clock.sleeps.some((ms) => ms >= 125)).toBe(true);
  });

  it('reports each execution’s own failure without stopping the others', async () => {
    sfn.on(RedriveExecutionCommand).callsFake((input: { executionArn: string }) => {
      if (input.executionArn === arnOf(2)) throw notRedrivable();
      if (input.executionArn === arnOf(4)) throw throttling();
      return { redriveDate: new Date() };
    });
    const results = await runExecutionActions({
      action: { kind: 'redrive' },
      targets: Array.from({ length: 6 }, (_, i) => ({ executionArn: arnOf(i), sourceId: 1 })),
      sources: new Map([[1, { sfn: client, limits }]]),
      clock: createTestClock(),
      random: () => 0.5,
    });
    expect(results.map((result) => [result.executionArn.slice(-3), result.ok])).toEqual([
      ['o-0', true],
      ['o-1', true],
      ['o-2', false],
      ['o-3', true],
      ['o-4', false],
      ['o-5', true],
    ]);
    expect(results[2]).toMatchObject({ errorName: 'ExecutionNotRedrivable', message: 'ExecutionNotRedrivable: Execution is RUNNING and cannot be redriven', attempts: 1 });
    expect(results[4]).toMatchObject({ errorName: 'ThrottlingException', attempts: 6, throttled: 6 });
    expect(results[4].message).toBe('Still throttled after 6 attempts (ThrottlingException: Rate exceeded).');
  });

  it('stays under the RedriveExecution budget: 300 redrives at 75/s take about 4 seconds', async () => {
    // Outside the big three the bucket refills 150/s (quotas.md §4); a bulk action plans for half of it.
    expect(limits.perOperation.RedriveExecution).toBe(75);
    sfn.on(RedriveExecutionCommand).resolves({ redriveDate: new Date() });
    const clock = createTestClock();
    const started = clock.now();
    await runExecutionActions({
      action: { kind: 'redrive' },
      targets: Array.from({ length: 300 }, (_, i) => ({ executionArn: arnOf(i), sourceId: 1 })),
      sources: new Map([[1, { sfn: client, limits }]]),
      clock,
    });
    const seconds = (clock.now() - started) / 1000;
    // The first second's worth goes at once (the bucket holds one second of refill), the rest at 75/s.
    expect(seconds).toBeGreaterThanOrEqual((300 - 75) / 75 - 0.05);
    expect(seconds).toBeLessThan(300 / 75 + 0.5);
  });

  it('stops executions with the error and cause, and answers a task through its token', async () => {
    sfn.on(StopExecutionCommand).resolves({ stopDate: new Date(Date.UTC(2026, 2, 1, 13)) });
    sfn.on(SendTaskSuccessCommand).resolves({});
    const sources = new Map([[1, { sfn: client, limits }]]);
    const [stopped] = await runExecutionActions({ action: { kind: 'stop', error: 'Operator', cause: 'duplicate order' }, targets: [{ executionArn: arnOf(1), sourceId: 1 }], sources, clock: createTestClock() });
    expect(stopped).toMatchObject({ ok: true, message: 'Stopped at 2026-03-01 13:00:00 UTC.' });
    expect(sfn.commandCalls(StopExecutionCommand)[0].args[0].input).toEqual({ executionArn: arnOf(1), error: 'Operator', cause: 'duplicate order' });
    const [answered] = await runExecutionActions({
      action: { kind: 'send-task-success', output: '{"approved":true}' },
      targets: [{ executionArn: arnOf(2), sourceId: 1, taskRoute: { via: 'token', taskToken: 'AQB-token' } }],
      sources,
      clock: createTestClock(),
    });
    expect(answered).toMatchObject({ ok: true });
    expect(sfn.commandCalls(SendTaskSuccessCommand)[0].args[0].input).toEqual({ taskToken: 'AQB-token', output: '{"approved":true}' });
  });

  describe('with the database', () => {
    let database: TestDatabase;
    beforeEach(async () => {
      database = await createTestDatabase();
    });
    afterEach(async () => {
      await database.cleanup();
    });

    it('redrives, re-reads the executions and writes one audit entry with every result', async () => {
      const { db } = database;
      const source = await db.source.create({ data: { kind: 'AWS', name: 'prod', region: REGION } });
      const machine = await db.stateMachine.create({ data: { arn: MACHINE, name: 'orders', type: 'STANDARD', sourceId: source.id } });
      const start = new Date(Date.UTC(2026, 2, 1, 10));
      const stop = new Date(Date.UTC(2026, 2, 1, 10, 1));
      for (const n of [1, 2]) {
        await db.execution.create({
          data: { arn: arnOf(n), name: `o-${n}`, stateMachineId: machine.id, sourceId: source.id, status: 'FAILED', startDate: start, stopDate: stop, error: 'Boom', cause: 'x' },
        });
      }
      sfn.on(RedriveExecutionCommand, { executionArn: arnOf(1) }).resolves({ redriveDate: new Date(Date.UTC(2026, 2, 1, 11)) });
      sfn.on(RedriveExecutionCommand, { executionArn: arnOf(2) }).rejects(notRedrivable());
      sfn.on(DescribeStateMachineForExecutionCommand).rejects(new Error('not needed'));
      sfn.on(DescribeExecutionCommand, { executionArn: arnOf(1) }).resolves({
        executionArn: arnOf(1), stateMachineArn: MACHINE, name: 'o-1', status: 'RUNNING', startDate: start, redriveCount: 1, redriveDate: new Date(Date.UTC(2026, 2, 1, 11)), input: '{}',
      });
      sfn.on(DescribeExecutionCommand, { executionArn: arnOf(2) }).resolves({
        executionArn: arnOf(2), stateMachineArn: MACHINE, name: 'o-2', status: 'FAILED', startDate: start, stopDate: stop, redriveCount: 0, redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason: 'Execution history event limit exceeded.', error: 'Boom', cause: 'x', input: '{}',
      });
      const history = (arn: string) => [
        { id: 1, previousEventId: 0, type: 'ExecutionStarted', timestamp: start, executionStartedEventDetails: { input: '{}', roleArn: 'arn:aws:iam::123456789012:role/r' } },
        { id: 2, previousEventId: 1, type: 'ExecutionFailed', timestamp: stop, executionFailedEventDetails: { error: 'Boom', cause: 'x' } },
        ...(arn === arnOf(1) ? [{ id: 3, previousEventId: 2, type: 'ExecutionRedriven', timestamp: new Date(Date.UTC(2026, 2, 1, 11)), executionRedrivenEventDetails: { redriveCount: 1 } }] : []),
      ];
      sfn.on(GetExecutionHistoryCommand).callsFake((input: { executionArn: string }) => ({ events: history(input.executionArn) }));

      const events: string[] = [];
      const outcome = await performExecutionAction(db, {
        actor: 'admin',
        action: { kind: 'redrive' },
        targets: [arnOf(1), arnOf(2)].map((executionArn) => ({ executionArn, sourceId: source.id })),
        skipped: [{ executionArn: arnOf(3), message: 'Express executions cannot be redriven.' }],
        clients: new Map([[source.id, { sfn: client } as never]]),
        clock: createTestClock(),
        onProgress: (event) => events.push(event.type),
      });

      expect(outcome.outcome).toBe('PARTIAL');
      expect(events).toEqual(['start', 'result', 'result', 'synced', 'done']);
      const redriven = await db.execution.findUniqueOrThrow({ where: { arn: arnOf(1) } });
      expect(redriven).toMatchObject({ status: 'RUNNING', redriveCount: 1, stopDate: null });
      const refused = await db.execution.findUniqueOrThrow({ where: { arn: arnOf(2) } });
      expect(refused).toMatchObject({ status: 'FAILED', redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason: 'Execution history event limit exceeded.' });

      const audit = await db.auditEntry.findUniqueOrThrow({ where: { id: outcome.auditEntryId } });
      expect(audit).toMatchObject({ actor: 'admin', action: 'redrive', outcome: 'PARTIAL', targets: [arnOf(1), arnOf(2)] });
      expect(audit.results).toEqual([
        { target: arnOf(1), ok: true, message: 'Redriven at 2026-03-01 11:00:00 UTC.' },
        { target: arnOf(2), ok: false, message: 'ExecutionNotRedrivable: Execution is RUNNING and cannot be redriven' },
      ]);
      expect(audit.params).toMatchObject({ skippedCount: 1, skipped: [{ arn: arnOf(3), reason: 'Express executions cannot be redriven.' }] });
    });
  });
});
