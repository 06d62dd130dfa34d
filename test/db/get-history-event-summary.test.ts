import { describe, expect, it } from 'vitest';
import { getHistoryEventSummary, isKnownHistoryEventType, KNOWN_HISTORY_EVENT_TYPES } from '@/lib/model';

const at = new Date('2026-01-01T00:00:00Z');

describe('getHistoryEventSummary', () => {
  it('reads error, cause and resource from a failure event', () => {
    const summary = getHistoryEventSummary({
      id: 5,
      previousEventId: 4,
      type: 'TaskFailed',
      timestamp: at,
      taskFailedEventDetails: { resourceType: 'lambda', resource: 'invoke', error: 'Boom', cause: 'why' },
    });
    expect(summary).toMatchObject({
      detailsKey: 'taskFailedEventDetails',
      error: 'Boom',
      cause: 'why',
      resource: 'lambda:invoke',
      stateName: null,
      isFailure: true,
    });
  });

  it('names the state of entered and exited events only', () => {
    expect(
      getHistoryEventSummary({ id: 2, type: 'TaskStateEntered', timestamp: at, stateEnteredEventDetails: { name: 'Charge' } }).stateName,
    ).toBe('Charge');
    expect(
      getHistoryEventSummary({ id: 3, type: 'MapIterationStarted', timestamp: at, mapIterationStartedEventDetails: { name: 'Map', index: 0 } })
        .stateName,
    ).toBeNull();
  });

  it('summarises an event type newer than the SDK from its details member', () => {
    const event = { id: 9, type: 'ShinyNewEvent', timestamp: at, shinyNewEventDetails: { error: 'E' } };
    expect(isKnownHistoryEventType(event.type)).toBe(false);
    expect(getHistoryEventSummary(event)).toMatchObject({ detailsKey: 'shinyNewEventDetails', error: 'E' });
  });

  it('knows all 62 event types of the SFN model', () => {
    expect(KNOWN_HISTORY_EVENT_TYPES).toHaveLength(62);
    expect(isKnownHistoryEventType('EvaluationFailed')).toBe(true);
  });
});
