import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HistoryEventType } from '@aws-sdk/client-sfn';
import { DEMO_SOURCE_NAME, seedDemoData, type DemoSeedResult } from '@/prisma/seed';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

/**
 * The details member each event type carries, or null for none:
 * ../shared/reference/history-events.md §3 (service model states-2016-11-23).
 */
const DETAILS_MEMBER: Record<string, string | null> = {
  ActivityFailed: 'activityFailedEventDetails',
  ActivityScheduled: 'activityScheduledEventDetails',
  ActivityScheduleFailed: 'activityScheduleFailedEventDetails',
  ActivityStarted: 'activityStartedEventDetails',
  ActivitySucceeded: 'activitySucceededEventDetails',
  ActivityTimedOut: 'activityTimedOutEventDetails',
  ChoiceStateEntered: 'stateEnteredEventDetails',
  ChoiceStateExited: 'stateExitedEventDetails',
  ExecutionAborted: 'executionAbortedEventDetails',
  ExecutionFailed: 'executionFailedEventDetails',
  ExecutionStarted: 'executionStartedEventDetails',
  ExecutionSucceeded: 'executionSucceededEventDetails',
  ExecutionTimedOut: 'executionTimedOutEventDetails',
  FailStateEntered: 'stateEnteredEventDetails',
  LambdaFunctionFailed: 'lambdaFunctionFailedEventDetails',
  LambdaFunctionScheduled: 'lambdaFunctionScheduledEventDetails',
  LambdaFunctionScheduleFailed: 'lambdaFunctionScheduleFailedEventDetails',
  LambdaFunctionStarted: null,
  LambdaFunctionStartFailed: 'lambdaFunctionStartFailedEventDetails',
  LambdaFunctionSucceeded: 'lambdaFunctionSucceededEventDetails',
  LambdaFunctionTimedOut: 'lambdaFunctionTimedOutEventDetails',
  MapIterationAborted: 'mapIterationAbortedEventDetails',
  MapIterationFailed: 'mapIterationFailedEventDetails',
  MapIterationStarted: 'mapIterationStartedEventDetails',
  MapIterationSucceeded: 'mapIterationSucceededEventDetails',
  MapStateAborted: null,
  MapStateEntered: 'stateEnteredEventDetails',
  MapStateExited: 'stateExitedEventDetails',
  MapStateFailed: null,
  MapStateStarted: 'mapStateStartedEventDetails',
  MapStateSucceeded: null,
  ParallelStateAborted: null,
  ParallelStateEntered: 'stateEnteredEventDetails',
  ParallelStateExited: 'stateExitedEventDetails',
  ParallelStateFailed: null,
  ParallelStateStarted: null,
  ParallelStateSucceeded: null,
  PassStateEntered: 'stateEnteredEventDetails',
  PassStateExited: 'stateExitedEventDetails',
  SucceedStateEntered: 'stateEnteredEventDetails',
  SucceedStateExited: 'stateExitedEventDetails',
  TaskFailed: 'taskFailedEventDetails',
  TaskScheduled: 'taskScheduledEventDetails',
  TaskStarted: 'taskStartedEventDetails',
  TaskStartFailed: 'taskStartFailedEventDetails',
  TaskStateAborted: null,
  TaskStateEntered: 'stateEnteredEventDetails',
  TaskStateExited: 'stateExitedEventDetails',
  TaskSubmitFailed: 'taskSubmitFailedEventDetails',
  TaskSubmitted: 'taskSubmittedEventDetails',
  TaskSucceeded: 'taskSucceededEventDetails',
  TaskTimedOut: 'taskTimedOutEventDetails',
  WaitStateAborted: null,
  WaitStateEntered: 'stateEnteredEventDetails',
  WaitStateExited: 'stateExitedEventDetails',
  MapRunAborted: null,
  MapRunFailed: 'mapRunFailedEventDetails',
  MapRunStarted: 'mapRunStartedEventDetails',
  MapRunSucceeded: null,
  ExecutionRedriven: 'executionRedrivenEventDetails',
  MapRunRedriven: 'mapRunRedrivenEventDetails',
  EvaluationFailed: 'evaluationFailedEventDetails',
};

const CLOSING = ['ExecutionSucceeded', 'ExecutionFailed', 'ExecutionTimedOut', 'ExecutionAborted'];
const NOW = new Date('2026-11-20T12:00:00.000Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Event = { eventId: number; previousEventId: number | null; type: string; timestamp: Date; stateName: string | null; details: Record<string, Record<string, unknown>> };
type Execution = {
  arn: string;
  name: string;
  status: string;
  startDate: Date;
  stopDate: Date | null;
  error: string | null;
  cause: string | null;
  redriveStatus: string | null;
  eventCount: number;
  machine: string;
  events: Event[];
};

describe('seedDemoData', () => {
  let database: TestDatabase;
  let seeded: DemoSeedResult;
  let executions: Execution[];
  const byMachine = (name: string) => executions.filter((e) => e.machine === name);
  const last = (execution: Execution) => execution.events[execution.events.length - 1];
  const detailsOf = (event: Event) => Object.values(event.details)[0] ?? {};

  beforeAll(async () => {
    database = await createTestDatabase();
    seeded = await seedDemoData(database.db, NOW, 7);
    const rows = await database.db.execution.findMany({
      include: { stateMachine: { select: { name: true } }, events: { orderBy: { eventId: 'asc' } } },
      orderBy: { startDate: 'asc' },
    });
    executions = rows.map((row) => ({
      ...row,
      machine: row.stateMachine.name,
      events: row.events.map((event) => ({ ...event, details: event.details as Event['details'] })),
    }));
  });
  afterAll(async () => {
    await database.cleanup();
  });

  it('stores six state machines under the demo source, user onboarding Express and the rest Standard', async () => {
    const machines = await database.db.stateMachine.findMany({ include: { source: true, revisions: true }, orderBy: { name: 'asc' } });
    expect(machines.map((m) => m.name)).toEqual(['booking-saga', 'invoice-pdf', 'monthly-billing', 'nightly-backup', 'order-processing', 'user-onboarding']);
    for (const machine of machines) {
      expect(machine.source.name).toBe(DEMO_SOURCE_NAME);
      expect(machine.type).toBe(machine.name === 'user-onboarding' ? 'EXPRESS' : 'STANDARD');
      expect(machine.arn).toBe(`arn:aws:states:us-east-1:418295370612:stateMachine:${machine.name}`);
      expect(machine.revisions).toHaveLength(1);
      expect(JSON.parse(machine.revisions[0].definition)).toHaveProperty('StartAt');
    }
    expect(seeded.stateMachines).toHaveLength(6);
  });

  it('holds about 300 executions with mostly successes and every kind of ending', () => {
    expect(executions.length).toBeGreaterThanOrEqual(270);
    expect(executions.length).toBeLessThanOrEqual(330);
    const count = (status: string) => executions.filter((e) => e.status === status).length;
    expect(count('SUCCEEDED') / executions.length).toBeGreaterThan(0.7);
    expect(count('FAILED')).toBeGreaterThanOrEqual(20);
    expect(count('TIMED_OUT')).toBeGreaterThanOrEqual(1);
    expect(count('ABORTED')).toBeGreaterThanOrEqual(2);
    expect(count('RUNNING')).toBeGreaterThanOrEqual(4);
    for (const name of ['booking-saga', 'invoice-pdf', 'monthly-billing', 'nightly-backup', 'order-processing', 'user-onboarding']) {
      expect(byMachine(name).length).toBeGreaterThanOrEqual(6);
    }
    expect(byMachine('user-onboarding').every((e) => e.arn.includes(':express:user-onboarding:'))).toBe(true);
  });

  it('spreads the runs over six weeks and at least two calendar months, all before now', () => {
    const starts = executions.map((e) => e.startDate.getTime());
    expect(Math.min(...starts)).toBeLessThan(NOW.getTime() - 40 * DAY);
    expect(Math.max(...starts)).toBeLessThan(NOW.getTime());
    expect(new Set(executions.map((e) => e.startDate.toISOString().slice(0, 7))).size).toBeGreaterThanOrEqual(2);
    for (const execution of executions) {
      for (const event of execution.events) expect(event.timestamp.getTime()).toBeLessThanOrEqual(NOW.getTime());
    }
  });

  it('writes AWS histories: ids 1..n, each previousEventId pointing back, one closing event, time moving forward', () => {
    for (const execution of executions) {
      expect(execution.eventCount).toBe(execution.events.length);
      execution.events.forEach((event, i) => {
        expect(event.eventId).toBe(i + 1);
        expect(event.previousEventId).toBeGreaterThanOrEqual(0);
        expect(event.previousEventId).toBeLessThan(event.eventId);
        if (i > 0) expect(event.timestamp.getTime()).toBeGreaterThanOrEqual(execution.events[i - 1].timestamp.getTime());
      });
      expect(execution.events[0].type).toBe('ExecutionStarted');
      // A redriven run closed once before its ExecutionRedriven; count from there.
      const redriven = execution.events.map((event) => event.type).lastIndexOf('ExecutionRedriven');
      const closing = execution.events.slice(redriven + 1).filter((event) => CLOSING.includes(event.type));
      if (execution.status === 'RUNNING') {
        expect(closing).toHaveLength(0);
        expect(execution.stopDate).toBeNull();
      } else {
        expect(closing).toEqual([last(execution)]);
        expect(execution.stopDate?.getTime()).toBe(last(execution).timestamp.getTime());
      }
    }
  });

  it('uses only known event types, each with the details member the reference names', () => {
    const known = new Set<string>(Object.values(HistoryEventType));
    expect(Object.keys(DETAILS_MEMBER).sort()).toEqual([...known].sort());
    for (const execution of executions) {
      for (const event of execution.events) {
        expect(known).toContain(event.type);
        const member = DETAILS_MEMBER[event.type];
        expect(Object.keys(event.details)).toEqual(member ? [member] : []);
      }
    }
  });

  it('resumes orders after a reviewer approves or rejects them through the task token', () => {
    const reviewed = byMachine('order-processing').filter((e) => e.events.some((event) => event.type === 'TaskSubmitted') && e.status === 'SUCCEEDED');
    const approved = reviewed.filter((e) => e.events.some((event) => event.stateName === 'ChargePayment'));
    const rejected = reviewed.filter((e) => e.events.some((event) => event.type === 'TaskStateEntered' && detailsOf(event).name === 'NotifyRejected'));
    expect(approved.length).toBeGreaterThanOrEqual(5);
    expect(rejected.length).toBeGreaterThanOrEqual(1);
    for (const execution of approved) {
      const submitted = execution.events.find((event) => event.type === 'TaskSubmitted');
      const answered = execution.events.find((event) => event.type === 'TaskSucceeded' && detailsOf(event).resource === 'sendMessage.waitForTaskToken');
      expect(answered).toBeDefined();
      expect(answered!.timestamp.getTime() - submitted!.timestamp.getTime()).toBeGreaterThanOrEqual(10 * 60_000);
      expect(JSON.parse(String(detailsOf(answered!).output))).toMatchObject({ approved: true });
    }
  });

  it('fails for varied reasons, caught and uncaught, retried and not, redrivable and not', () => {
    const failed = executions.filter((e) => ['FAILED', 'TIMED_OUT', 'ABORTED'].includes(e.status));
    const errors = new Set(failed.map((e) => e.error));
    for (const error of [
      'States.Timeout',
      'States.HeartbeatTimeout',
      'States.Runtime',
      'States.DataLimitExceeded',
      'Lambda.Unknown',
      'Lambda.ServiceException',
      'Lambda.TooManyRequestsException',
      'OrderValidationError',
      'PaymentDeclined',
      'OrderCancelled',
    ]) {
      expect(errors).toContain(error);
    }
    expect(errors.size).toBeGreaterThanOrEqual(10);
    for (const execution of failed.filter((e) => e.status === 'FAILED')) {
      expect(execution.error).toBe(detailsOf(last(execution)).error);
      expect(execution.cause ?? undefined).toBe(detailsOf(last(execution)).cause);
    }
    // Caught: a task failed and the run still succeeded (a bounced invoice e-mail, a declined card retried later).
    const caught = executions.filter((e) => e.status === 'SUCCEEDED' && e.events.some((event) => event.type === 'TaskFailed'));
    expect(caught.length).toBeGreaterThanOrEqual(3);
    // Retried: the same state scheduled again after a throttle or a service error.
    const throttled = executions.filter((e) => e.events.some((event) => detailsOf(event).error === 'Lambda.TooManyRequestsException'));
    expect(throttled.some((e) => e.status === 'SUCCEEDED')).toBe(true);
    expect(failed.some((e) => e.redriveStatus === 'REDRIVABLE')).toBe(true);
    expect(failed.some((e) => e.redriveStatus === 'NOT_REDRIVABLE')).toBe(true);
    for (const execution of failed.filter((e) => e.redriveStatus === 'REDRIVABLE')) {
      expect(NOW.getTime() - execution.stopDate!.getTime()).toBeLessThanOrEqual(14 * DAY);
      expect(execution.arn).not.toContain(':express:');
    }
  });

  it('holds runs that failed, were redriven by an operator and then finished', () => {
    const redriven = executions.filter((e) => e.events.some((event) => event.type === 'ExecutionRedriven'));
    expect(redriven.map((e) => e.machine).sort()).toEqual(['nightly-backup', 'order-processing']);
    for (const execution of redriven) {
      expect(execution.status).toBe('SUCCEEDED');
      const types = execution.events.map((event) => event.type);
      expect(types.indexOf('ExecutionFailed')).toBeLessThan(types.indexOf('ExecutionRedriven'));
      expect(detailsOf(execution.events[types.indexOf('ExecutionRedriven')])).toEqual({ redriveCount: 1 });
    }
  });

  it('leaves runs open at now: an unanswered approval, a tape task no worker took, an export that never ends, a billing Map waiting to retry', () => {
    const running = executions.filter((e) => e.status === 'RUNNING');
    const onToken = running.find((e) => last(e).type === 'TaskSubmitted');
    expect(onToken?.machine).toBe('order-processing');
    expect(NOW.getTime() - last(onToken!).timestamp.getTime()).toBeGreaterThan(2 * DAY);
    const onActivity = running.find((e) => last(e).type === 'ActivityScheduled');
    expect(onActivity?.machine).toBe('nightly-backup');
    const polling = running.find((e) => e.events.length > 3000);
    expect(polling?.machine).toBe('nightly-backup');
    expect(polling!.events.length).toBeLessThan(25_000);
    const billing = running.find((e) => e.machine === 'monthly-billing');
    const waits = billing!.events.filter((event) => event.type === 'WaitStateEntered').length;
    const waited = billing!.events.filter((event) => event.type === 'WaitStateExited').length;
    expect(waits).toBeGreaterThan(waited);
  });

  it('includes a month-end Map over hundreds of accounts and invoices with tens of KiB of input', () => {
    const lengths = executions.flatMap((e) => e.events.filter((event) => event.type === 'MapStateStarted').map((event) => Number(detailsOf(event).length)));
    expect(Math.max(...lengths)).toBeGreaterThanOrEqual(300);
    const inputs = byMachine('invoice-pdf').map((e) => String(detailsOf(e.events[0]).input ?? '').length);
    expect(inputs.filter((length) => length > 20_000).length).toBeGreaterThanOrEqual(2);
  });
});
