import { describe, expect, it } from 'vitest';
import { getExecutionOutcome, type HistoryEvent } from '@/lib/model';

let clock = Date.UTC(2026, 10, 20, 8, 0, 0);
function event(id: number, previousEventId: number, type: string, details: Record<string, unknown> = {}): HistoryEvent {
  clock += 1_000;
  return { id, previousEventId, type, timestamp: new Date(clock), ...details } as HistoryEvent;
}
const entered = (name: string) => ({ stateEnteredEventDetails: { name, input: '{}' } });
const exited = (name: string) => ({ stateExitedEventDetails: { name, output: '{}' } });

describe('getExecutionOutcome', () => {
  it('names the state inside a Map iteration that failed the execution', () => {
    const events = [
      event(1, 0, 'ExecutionStarted', { executionStartedEventDetails: { input: '{"items":[1]}' } }),
      event(2, 0, 'MapStateEntered', entered('ChargeAll')),
      event(3, 2, 'MapStateStarted', { mapStateStartedEventDetails: { length: 1 } }),
      event(4, 3, 'MapIterationStarted', { mapIterationStartedEventDetails: { name: 'ChargeAll', index: 0 } }),
      event(5, 4, 'TaskStateEntered', entered('Charge')),
      event(6, 5, 'TaskScheduled'),
      event(7, 6, 'TaskStarted'),
      event(8, 7, 'TaskFailed', { taskFailedEventDetails: { error: 'CardDeclined', cause: 'card 4242' } }),
      event(9, 8, 'MapIterationFailed', { mapIterationFailedEventDetails: { name: 'ChargeAll', index: 0 } }),
      event(10, 8, 'MapStateFailed'),
      event(11, 10, 'ExecutionFailed', { executionFailedEventDetails: { error: 'CardDeclined', cause: 'card 4242' } }),
    ];
    expect(getExecutionOutcome(events)).toMatchObject({
      status: 'FAILED',
      error: 'CardDeclined',
      cause: 'card 4242',
      failedStateName: 'Charge',
      input: '{"items":[1]}',
      stopDate: events[10].timestamp,
    });
  });

  it('names the running state of a stopped execution, whose abort event points at 0', () => {
    const events = [
      event(1, 0, 'ExecutionStarted'),
      event(2, 0, 'PassStateEntered', entered('Prepare')),
      event(3, 2, 'PassStateExited', exited('Prepare')),
      event(4, 3, 'WaitStateEntered', entered('WaitForApproval')),
      event(5, 0, 'ExecutionAborted', { executionAbortedEventDetails: { error: 'Cancelled', cause: 'by operator' } }),
    ];
    expect(getExecutionOutcome(events)).toMatchObject({ status: 'ABORTED', failedStateName: 'WaitForApproval', error: 'Cancelled' });
  });

  it('reopens a failed execution that was redriven and takes the outcome of the redrive', () => {
    const events = [
      event(1, 0, 'ExecutionStarted'),
      event(2, 0, 'TaskStateEntered', entered('Export')),
      event(3, 2, 'TaskFailed', { taskFailedEventDetails: { error: 'S3SyncError' } }),
      event(4, 3, 'ExecutionFailed', { executionFailedEventDetails: { error: 'S3SyncError' } }),
      event(5, 4, 'ExecutionRedriven', { executionRedrivenEventDetails: { redriveCount: 1 } }),
      event(6, 5, 'TaskStateEntered', entered('Export')),
    ];
    const running = getExecutionOutcome(events);
    expect(running).toMatchObject({ status: 'RUNNING', stopDate: null, error: null, redriveCount: 1, redriveDate: events[4].timestamp });
    const succeeded = getExecutionOutcome([
      ...events,
      event(7, 6, 'TaskStateExited', exited('Export')),
      event(8, 7, 'ExecutionSucceeded', { executionSucceededEventDetails: { output: '{"ok":true}' } }),
    ]);
    expect(succeeded).toMatchObject({ status: 'SUCCEEDED', output: '{"ok":true}', error: null, failedStateName: null, redriveCount: 1 });
  });

  it('treats a history with no closing event as running', () => {
    expect(getExecutionOutcome([event(1, 0, 'ExecutionStarted'), event(2, 0, 'TaskStateEntered', entered('Approve'))])).toMatchObject({
      status: 'RUNNING',
      stopDate: null,
      failedStateName: null,
    });
  });
});
