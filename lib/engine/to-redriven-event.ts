import type { StoredEvent } from './history';

/** The ExecutionRedriven event a redrive appends after the history's last event. */
export function toRedrivenEvent(lastId: number, redriveDate: number, redriveCount: number): StoredEvent {
  return {
    id: lastId + 1,
    previousEventId: lastId,
    type: 'ExecutionRedriven',
    timestamp: redriveDate,
    detailsKey: 'executionRedrivenEventDetails',
    details: { redriveCount },
    stateName: undefined,
    payload: undefined,
    thread: '',
    scope: undefined,
  };
}
