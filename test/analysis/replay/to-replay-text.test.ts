import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replayExecution, toReplayFromText, toReplayText } from '@/lib/analysis';
import type { HistoryEvent } from '@/lib/model';

const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms);

/** A failed Task with every free-text field of a history filled from the arguments. */
function history(name: string, resource: string, error: string, cause: string, otherType: string, executionCause: string): HistoryEvent[] {
  return [
    { id: 1, type: 'ExecutionStarted', timestamp: at(0), executionStartedEventDetails: { input: '{}', roleArn: 'arn:aws:iam::111111111111:role/r' } },
    { id: 2, previousEventId: 1, type: 'TaskStateEntered', timestamp: at(10), stateEnteredEventDetails: { name, input: '{}' } },
    { id: 3, previousEventId: 2, type: 'TaskScheduled', timestamp: at(20), taskScheduledEventDetails: { resource, resourceType: 'lambda', region: 'us-east-1', parameters: '{}' } },
    { id: 4, previousEventId: 3, type: 'TaskFailed', timestamp: at(30), taskFailedEventDetails: { resource, resourceType: 'lambda', error, cause } },
    { id: 5, previousEventId: 4, type: otherType, timestamp: at(40) },
    { id: 6, previousEventId: 5, type: 'ExecutionFailed', timestamp: at(50), executionFailedEventDetails: { error, cause: executionCause } },
  ];
}

describe('toReplayText', () => {
  it('round-trips any text a history holds: control characters, lone surrogates, line separators, quotes, backslashes', () => {
    const unit = fc.oneof(
      fc.constantFrom('\n', '\r', '\t', '\u0000', '\u0001', '\u001f', '\u007f', '\u2028', '\u2029', '\uD800', '\uDFFF', '"', '\\', '/', ',', '[', ']', '{', '}', '😀'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    );
    const text = fc.string({ unit, maxLength: 30 });
    fc.assert(
      fc.property(text, text, text, text, text, text, (name, resource, error, cause, otherType, executionCause) => {
        const model = replayExecution(history(name, resource, error, cause, otherType || 'X', executionCause)).value;
        const decoded = toReplayFromText(toReplayText(model));
        expect(decoded).toEqual(model);
        expect(decoded.status).toBe('FAILED');
        expect(decoded.events.ids).toEqual([1, 2, 3, 4, 5, 6]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps apart two errors of one event that differ only in where a newline falls', () => {
    const model = replayExecution(history('Charge', 'arn:aws:lambda:us-east-1:111111111111:function:charge', 'a', 'b', 'X', 'c')).value;
    const visit = model.visits[0];
    visit.error = { eventId: 4, error: 'Payment\nBusy', cause: 'card' };
    visit.attempts[0].error = { eventId: 4, error: 'Payment', cause: 'Busy\ncard' };
    expect(toReplayFromText(toReplayText(model))).toEqual(model);
  });
});
