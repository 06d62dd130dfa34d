import { describe, expect, it } from 'vitest';
import { getTransitionsByState, type StateCostEvent } from '@/lib/cost';

const T0 = Date.UTC(2026, 10, 18, 9, 0, 0);
/** One stored event: id, previousEventId, type, seconds after T0, state name for *StateEntered/*StateExited. */
const e = (id: number, previousEventId: number, type: string, seconds: number, stateName: string | null = null): StateCostEvent => ({
  id,
  previousEventId,
  type,
  stateName,
  timestamp: new Date(T0 + seconds * 1000),
});

/** A redrive 4,952 s after the failure, as in the issue. */
const GAP = 4_952;

const cases: { scenario: string; events: StateCostEvent[]; seconds: Record<string, number> }[] = [
  {
    scenario: 'a Fail state re-entered by a redrive counts until each ExecutionFailed, not across the gap',
    events: [
      e(1, 0, 'ExecutionStarted', 0),
      e(2, 0, 'PassStateEntered', 0, 'Prepare'),
      e(3, 2, 'PassStateExited', 1, 'Prepare'),
      e(4, 3, 'FailStateEntered', 1, 'Reject'),
      e(5, 4, 'ExecutionFailed', 2),
      e(6, 5, 'ExecutionRedriven', 2 + GAP),
      e(7, 6, 'FailStateEntered', 2 + GAP, 'Reject'),
      e(8, 7, 'ExecutionFailed', 3 + GAP),
    ],
    seconds: { Prepare: 1, Reject: 2 },
  },
  {
    scenario: 'a Fail state in a failed Map iteration counts until MapIterationFailed; the Map until ExecutionFailed',
    events: [
      e(1, 0, 'ExecutionStarted', 0),
      e(2, 0, 'MapStateEntered', 0, 'EachItem'),
      e(3, 2, 'MapStateStarted', 0),
      e(4, 3, 'MapIterationStarted', 0),
      e(5, 4, 'PassStateEntered', 0, 'Check'),
      e(6, 5, 'PassStateExited', 1, 'Check'),
      e(7, 6, 'FailStateEntered', 1, 'Bad'),
      e(8, 7, 'MapIterationFailed', 2),
      e(9, 8, 'MapStateFailed', 2),
      e(10, 9, 'ExecutionFailed', 3),
      e(11, 10, 'ExecutionRedriven', 3 + GAP),
      e(12, 11, 'MapStateStarted', 3 + GAP),
      e(13, 12, 'MapIterationStarted', 3 + GAP),
      e(14, 13, 'PassStateEntered', 3 + GAP, 'Check'),
      e(15, 14, 'PassStateExited', 4 + GAP, 'Check'),
      e(16, 15, 'MapIterationSucceeded', 4 + GAP),
      e(17, 15, 'MapStateSucceeded', 4 + GAP),
      e(18, 15, 'MapStateExited', 5 + GAP, 'EachItem'),
      e(19, 18, 'ExecutionSucceeded', 5 + GAP),
    ],
    // EachItem: 3 s before the failure, then 2 s from the redrive to its exit.
    seconds: { EachItem: 5, Check: 2, Bad: 1 },
  },
  {
    scenario: 'a Task a redrive restarts counts until the failure and again from the redrive to its exit',
    events: [
      e(1, 0, 'ExecutionStarted', 0),
      e(2, 0, 'TaskStateEntered', 0, 'Charge'),
      e(3, 2, 'TaskScheduled', 0),
      e(4, 3, 'TaskStarted', 1),
      e(5, 4, 'TaskFailed', 10),
      e(6, 5, 'ExecutionFailed', 10),
      e(7, 6, 'ExecutionRedriven', 10 + GAP),
      e(8, 7, 'TaskScheduled', 10 + GAP),
      e(9, 8, 'TaskStarted', 11 + GAP),
      e(10, 9, 'TaskSucceeded', 18 + GAP),
      e(11, 10, 'TaskStateExited', 18 + GAP, 'Charge'),
      e(12, 11, 'SucceedStateEntered', 18 + GAP, 'Done'),
      e(13, 12, 'SucceedStateExited', 18 + GAP, 'Done'),
      e(14, 13, 'ExecutionSucceeded', 18 + GAP),
    ],
    seconds: { Charge: 18, Done: 0 },
  },
  {
    scenario: 'a failed Parallel branch ends its Fail state at the abort of its sibling, and the sibling’s Task there too',
    events: [
      e(1, 0, 'ExecutionStarted', 0),
      e(2, 0, 'ParallelStateEntered', 0, 'Both'),
      e(3, 2, 'ParallelStateStarted', 0),
      e(4, 3, 'TaskStateEntered', 0, 'Slow'),
      e(5, 4, 'TaskScheduled', 0),
      e(6, 3, 'PassStateEntered', 0, 'Quick'),
      e(7, 6, 'PassStateExited', 1, 'Quick'),
      e(8, 7, 'FailStateEntered', 1, 'Stop'),
      e(9, 5, 'TaskStarted', 2),
      e(10, 8, 'TaskStateAborted', 4),
      e(11, 8, 'ParallelStateFailed', 4),
      e(12, 11, 'ExecutionFailed', 5),
      e(13, 12, 'ExecutionRedriven', 5 + GAP),
      e(14, 13, 'ParallelStateStarted', 5 + GAP),
      e(15, 14, 'PassStateEntered', 5 + GAP, 'Quick'),
      e(16, 15, 'PassStateExited', 6 + GAP, 'Quick'),
      e(17, 16, 'FailStateEntered', 6 + GAP, 'Stop'),
      e(18, 17, 'ParallelStateFailed', 7 + GAP),
      e(19, 18, 'ExecutionFailed', 7 + GAP),
    ],
    // Both: 5 s, then 2 s after the redrive; Stop: 3 s (to the sibling's abort), then 1 s.
    seconds: { Both: 7, Slow: 4, Quick: 2, Stop: 4 },
  },
  {
    scenario: 'a running Task counts until the newest event of its own branch',
    events: [e(1, 0, 'ExecutionStarted', 0), e(2, 0, 'TaskStateEntered', 0, 'Wait for token'), e(3, 2, 'TaskScheduled', 1), e(4, 3, 'TaskStarted', 2), e(5, 4, 'TaskSubmitted', 3)],
    seconds: { 'Wait for token': 3 },
  },
];

describe('time in state for cost per state', () => {
  it.each(cases)('$scenario', ({ events, seconds }) => {
    const split = getTransitionsByState(events);
    expect(Object.fromEntries(split.states.map((state) => [state.stateName, state.activeMs / 1000]))).toEqual(seconds);
  });
});
