import { describe, expect, it } from 'vitest';
import { detectPendingTasks, findTaskToken, getFailureTrend } from '@/lib/analysis';
import type { HistoryEvent } from '@/lib/model';

const T0 = Date.UTC(2026, 0, 1);
let clock = 0;
const ev = (id: number, previousEventId: number, type: string, extra: Partial<HistoryEvent> = {}): HistoryEvent =>
  ({ id, previousEventId, type, timestamp: new Date(T0 + ++clock * 1000), ...extra }) as HistoryEvent;
const entered = (id: number, prev: number, name: string, type = 'TaskStateEntered') => ev(id, prev, type, { stateEnteredEventDetails: { name } });
const callbackScheduled = (id: number, prev: number, parameters: object) =>
  ev(id, prev, 'TaskScheduled', {
    taskScheduledEventDetails: { resourceType: 'sqs', resource: 'sendMessage.waitForTaskToken', region: 'us-east-1', parameters: JSON.stringify(parameters) },
  });

const definition = JSON.stringify({
  StartAt: 'Approve',
  States: {
    Approve: {
      Type: 'Task',
      Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
      Parameters: { QueueUrl: 'q', MessageBody: { orderId: '1', 'approval.$': '$$.Task.Token', 'token.$': '$.decoy' } },
      End: true,
    },
  },
});

describe('pending tasks', () => {
  it('finds a callback waiting for its token and reads the token where the definition put it', () => {
    const events = [
      ev(1, 0, 'ExecutionStarted'),
      entered(2, 0, 'Approve'),
      callbackScheduled(3, 2, { QueueUrl: 'q', MessageBody: { orderId: '1', approval: 'TOKEN-123', token: 'not-this-one' } }),
      ev(4, 3, 'TaskStarted', { taskStartedEventDetails: { resourceType: 'sqs', resource: 'sendMessage.waitForTaskToken' } }),
      ev(5, 4, 'TaskSubmitted', { taskSubmittedEventDetails: { resourceType: 'sqs', resource: 'sendMessage.waitForTaskToken' } }),
    ];
    expect(detectPendingTasks(events, definition)).toEqual([
      expect.objectContaining({ kind: 'callback', stateName: 'Approve', scheduledEventId: 3, taskToken: 'TOKEN-123', resource: 'sqs:sendMessage.waitForTaskToken' }),
    ]);
  });

  it('does not report a callback that was answered', () => {
    const events = [
      ev(1, 0, 'ExecutionStarted'),
      entered(2, 0, 'Approve'),
      callbackScheduled(3, 2, { MessageBody: { TaskToken: 'T' } }),
      ev(4, 3, 'TaskStarted'),
      ev(5, 4, 'TaskSubmitted'),
      ev(6, 5, 'TaskSucceeded'),
    ];
    expect(detectPendingTasks(events)).toEqual([]);
  });

  it('ignores request-response tasks still in flight: they have no token to answer', () => {
    const events = [
      ev(1, 0, 'ExecutionStarted'),
      entered(2, 0, 'Send'),
      ev(3, 2, 'TaskScheduled', { taskScheduledEventDetails: { resourceType: 'sqs', resource: 'sendMessage', region: 'us-east-1', parameters: '{}' } }),
    ];
    expect(detectPendingTasks(events)).toEqual([]);
  });

  it('tells an activity nobody picked up from one a worker holds', () => {
    const scheduled = (id: number, prev: number) =>
      ev(id, prev, 'ActivityScheduled', { activityScheduledEventDetails: { resource: 'arn:aws:states:us-east-1:123456789012:activity:review', input: '{"n":1}' } });
    expect(detectPendingTasks([ev(1, 0, 'ExecutionStarted'), entered(2, 0, 'Review'), scheduled(3, 2)])).toEqual([
      expect.objectContaining({ kind: 'activity', stateName: 'Review', started: false, input: '{"n":1}' }),
    ]);
    const held = detectPendingTasks([
      ev(1, 0, 'ExecutionStarted'),
      entered(2, 0, 'Review'),
      scheduled(3, 2),
      ev(4, 3, 'ActivityStarted', { activityStartedEventDetails: { workerName: 'w-1' } }),
    ]);
    expect(held).toEqual([expect.objectContaining({ started: true, workerName: 'w-1' })]);
  });

  it('finds each waiting branch of a Parallel, and none once the Parallel failed and aborted them', () => {
    const open = [
      ev(1, 0, 'ExecutionStarted'),
      entered(2, 0, 'Both', 'ParallelStateEntered'),
      ev(3, 2, 'ParallelStateStarted'),
      entered(4, 3, 'A'),
      entered(5, 3, 'B'),
      callbackScheduled(6, 4, { token: 'TA' }),
      callbackScheduled(7, 5, { token: 'TB' }),
    ];
    expect(detectPendingTasks(open).map((task) => task.kind === 'callback' && task.taskToken)).toEqual(['TA', 'TB']);
    const failed = [...open, ev(8, 6, 'TaskFailed'), ev(9, 8, 'TaskStateAborted'), ev(10, 8, 'ParallelStateFailed'), entered(11, 10, 'Fallback', 'PassStateEntered')];
    expect(detectPendingTasks(failed)).toEqual([]);
  });

  it('only counts tasks scheduled after the last redrive', () => {
    const events = [
      ev(1, 0, 'ExecutionStarted'),
      entered(2, 0, 'Approve'),
      callbackScheduled(3, 2, { token: 'OLD' }),
      ev(4, 3, 'ExecutionFailed'),
      ev(5, 4, 'ExecutionRedriven', { executionRedrivenEventDetails: { redriveCount: 1 } }),
      callbackScheduled(6, 5, { token: 'NEW' }),
    ];
    expect(detectPendingTasks(events).map((task) => task.kind === 'callback' && task.taskToken)).toEqual(['NEW']);
  });
});

describe('task token lookup', () => {
  it('reads a JSONata Arguments token and a token inside a JSON-string message body', () => {
    const state = { Arguments: { FunctionName: 'f', Payload: { cb: '{% $states.context.Task.Token %}' } } };
    expect(findTaskToken(JSON.stringify({ FunctionName: 'f', Payload: { cb: 'TK' } }), state)).toBe('TK');
    const sqs = { Parameters: { MessageBody: { 'taskToken.$': '$$.Task.Token' } } };
    expect(findTaskToken(JSON.stringify({ MessageBody: JSON.stringify({ taskToken: 'TJ' }) }), sqs)).toBe('TJ');
    expect(findTaskToken('not json', sqs)).toBeNull();
  });

  it('without a definition, takes the one value under a token-named key, and refuses to guess between two', () => {
    expect(findTaskToken(JSON.stringify({ MessageBody: { TaskToken: 'T1', orderId: 'o' } }), null)).toBe('T1');
    expect(findTaskToken(JSON.stringify({ a: { token: 'T1' }, b: { taskToken: 'T2' } }), null)).toBeNull();
  });
});

describe('failure trend', () => {
  it('fills quiet hours with zeros over a short range', () => {
    const hour = Math.floor(T0 / 3_600_000);
    const trend = getFailureTrend(new Map([[hour + 1, 3], [hour + 3, 1]]), { from: new Date(T0), to: new Date(T0 + 4 * 3_600_000) });
    expect(trend.bucketMs).toBe(3_600_000);
    expect(trend.points.map((point) => point.count)).toEqual([0, 3, 0, 1]);
  });

  it('sums hours into days over a long range', () => {
    const hour = Math.floor(T0 / 3_600_000);
    const trend = getFailureTrend(new Map([[hour + 1, 2], [hour + 5, 2], [hour + 30, 1]]), { from: new Date(T0), to: new Date(T0 + 7 * 86_400_000) });
    expect(trend.bucketMs).toBe(86_400_000);
    expect(trend.points.map((point) => point.count)).toEqual([4, 1, 0, 0, 0, 0, 0]);
  });
});
