import { describe, expect, it } from 'vitest';
import { HistoryEventType } from '@aws-sdk/client-sfn';
import { generateDemoBundle } from '@/prisma/demo/generate-demo-bundle';
import { isDemoExecutionRecord, type DemoExecutionRecord, type DemoHistoryEvent } from '@/prisma/demo/demo-bundle-record';

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
const JSON_TEXT_FIELDS = ['input', 'output', 'parameters'];
const NOW = new Date('2026-11-20T12:00:00.000Z');
const DAY = 86_400_000;

const bundle = generateDemoBundle({ now: NOW, seed: 7 });
const machines = bundle.filter((record) => !isDemoExecutionRecord(record));
const executions = bundle.filter(isDemoExecutionRecord);
const detailsOf = (event: DemoHistoryEvent) => Object.keys(event).filter((key) => key.endsWith('EventDetails'));
const last = (execution: DemoExecutionRecord) => execution.events[execution.events.length - 1];

describe('generateDemoBundle', () => {
  it('holds six state machines, user onboarding Express and the rest Standard', () => {
    expect(machines.map((m) => m.name).sort()).toEqual(['booking-saga', 'invoice-pdf', 'monthly-billing', 'nightly-backup', 'order-processing', 'user-onboarding']);
    for (const machine of machines) {
      expect(machine.type).toBe(machine.name === 'user-onboarding' ? 'EXPRESS' : 'STANDARD');
      expect(machine.stateMachineArn).toBe(`arn:aws:states:us-east-1:123456789012:stateMachine:${machine.name}`);
      const definition = JSON.parse(machine.definition) as { StartAt: string; States: Record<string, unknown> };
      expect(definition.States[definition.StartAt]).toBeDefined();
    }
  });

  it('holds at least 200 executions spread over every machine and about 60 days', () => {
    expect(executions.length).toBeGreaterThanOrEqual(200);
    const arns = new Set(machines.map((m) => m.stateMachineArn));
    for (const arn of arns) expect(executions.filter((e) => e.stateMachineArn === arn).length).toBeGreaterThanOrEqual(8);
    const starts = executions.map((e) => Date.parse(e.startDate));
    expect(Math.min(...starts)).toBeLessThan(NOW.getTime() - 55 * DAY);
    expect(Math.max(...starts)).toBeLessThan(NOW.getTime());
    for (const execution of executions) if (execution.stopDate) expect(Date.parse(execution.stopDate)).toBeLessThanOrEqual(NOW.getTime());
    expect(new Set(executions.map((e) => e.executionArn)).size).toBe(executions.length);
  });

  it('has every status', () => {
    const statuses = new Set(executions.map((e) => e.status));
    for (const status of ['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED', 'RUNNING']) expect(statuses).toContain(status);
  });

  it('numbers events from 1 and points each previousEventId at an earlier event', () => {
    for (const execution of executions) {
      execution.events.forEach((event, i) => {
        expect(event.id).toBe(i + 1);
        expect(event.previousEventId).toBeGreaterThanOrEqual(0);
        expect(event.previousEventId).toBeLessThan(event.id);
      });
      const timestamps = execution.events.map((event) => Date.parse(event.timestamp));
      expect(timestamps).toEqual([...timestamps].sort((a, b) => a - b));
    }
  });

  it('starts with ExecutionStarted and ends a closed run with exactly one closing event', () => {
    for (const execution of executions) {
      const [first] = execution.events;
      expect(first.type).toBe('ExecutionStarted');
      expect(first.previousEventId).toBe(0);
      expect(first.executionStartedEventDetails.roleArn).toMatch(/^arn:aws:iam::123456789012:role\//);
      // A redriven run closed once before its ExecutionRedriven; count from there.
      const redriven = execution.events.map((e) => e.type).lastIndexOf('ExecutionRedriven');
      const closing = execution.events.slice(redriven + 1).filter((event) => CLOSING.includes(event.type));
      if (execution.status === 'RUNNING') {
        expect(closing).toHaveLength(0);
        expect(execution.stopDate).toBeUndefined();
      } else {
        expect(closing).toHaveLength(1);
        expect(last(execution)).toBe(closing[0]);
        expect(execution.stopDate).toBe(last(execution).timestamp);
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
        expect(detailsOf(event)).toEqual(member ? [member] : []);
      }
    }
  });

  it('keeps payloads as JSON text that parses, with size flags', () => {
    for (const execution of executions) {
      JSON.parse(execution.input);
      if (execution.status === 'SUCCEEDED') JSON.parse(execution.output ?? '');
      else expect(execution.output).toBeUndefined();
      for (const event of execution.events) {
        for (const member of detailsOf(event)) {
          const details = event[member as `${string}EventDetails`];
          for (const field of JSON_TEXT_FIELDS) {
            const value = details[field];
            if (value === undefined) continue;
            expect(typeof value).toBe('string');
            JSON.parse(value as string);
            if (field !== 'parameters') expect(details[`${field}Details`]).toEqual({ truncated: false });
          }
        }
      }
    }
  });

  it('reports errors and redrive status the way DescribeExecution does', () => {
    for (const execution of executions) {
      if (execution.status === 'FAILED') {
        const closing = last(execution).executionFailedEventDetails;
        expect(execution.error).toBe(closing.error);
        expect(execution.cause).toBe(closing.cause);
      }
      const express = execution.executionArn.includes(':express:');
      const closedAgo = execution.stopDate ? NOW.getTime() - Date.parse(execution.stopDate) : Infinity;
      const redrivable = !express && ['FAILED', 'TIMED_OUT', 'ABORTED'].includes(execution.status) && closedAgo <= 14 * DAY;
      expect(execution.redriveStatus).toBe(redrivable ? 'REDRIVABLE' : 'NOT_REDRIVABLE');
    }
    const errors = new Set(executions.map((e) => e.error).filter(Boolean));
    for (const error of ['States.Timeout', 'States.Runtime', 'States.DataLimitExceeded', 'PaymentDeclined', 'Lambda.ServiceException', 'Lambda.Unknown']) expect(errors).toContain(error);
    expect(executions.some((e) => e.redriveStatus === 'REDRIVABLE' && e.status === 'FAILED')).toBe(true);
  });

  it('has a redriven run with an ExecutionRedriven event and redriveCount 1', () => {
    const redriven = executions.filter((e) => e.events.some((event) => event.type === 'ExecutionRedriven'));
    expect(redriven).toHaveLength(1);
    expect(redriven[0].redriveCount).toBe(1);
    expect(redriven[0].events.find((e) => e.type === 'ExecutionRedriven')?.executionRedrivenEventDetails.redriveCount).toBe(1);
  });

  it('has the three stuck or risky running runs', () => {
    const running = executions.filter((e) => e.status === 'RUNNING');
    const waitingOnToken = running.find((e) => last(e).type === 'TaskSubmitted' && last(e).taskSubmittedEventDetails.resource === 'sendMessage.waitForTaskToken');
    expect(waitingOnToken).toBeDefined();
    expect(NOW.getTime() - Date.parse(last(waitingOnToken!).timestamp)).toBeGreaterThan(2 * DAY);
    // Scheduled, and no worker has picked it up: it is the newest event.
    expect(running.some((e) => last(e).type === 'ActivityScheduled')).toBe(true);
    const growing = running.find((e) => e.events.length > 3000);
    expect(growing?.events.length).toBeLessThan(25_000);
  });

  it('includes a Map over hundreds of items and payloads of tens of KiB', () => {
    const lengths = executions.flatMap((e) => e.events.filter((event) => event.type === 'MapStateStarted').map((event) => Number(event.mapStateStartedEventDetails.length)));
    expect(Math.max(...lengths)).toBeGreaterThanOrEqual(300);
    expect(executions.filter((e) => e.input.length > 20_000).length).toBeGreaterThanOrEqual(2);
  });

  it('is deterministic for a seed and now, and differs for another seed', () => {
    expect(JSON.stringify(generateDemoBundle({ now: NOW, seed: 7 }))).toBe(JSON.stringify(bundle));
    expect(JSON.stringify(generateDemoBundle({ now: NOW, seed: 8 }))).not.toBe(JSON.stringify(bundle));
  });

  it('generates quickly', () => {
    const started = performance.now();
    generateDemoBundle({ now: NOW });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
