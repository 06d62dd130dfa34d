import type { HistoryEvent } from './history-event';

/** What an event row shows before it is expanded. */
export type HistoryEventSummary = {
  /** The `*EventDetails` member's name, e.g. taskFailedEventDetails; null for events without one. */
  detailsKey: string | null;
  details: unknown;
  stateName: string | null;
  error: string | null;
  cause: string | null;
  /** `lambda:invoke`, a Lambda or activity ARN… */
  resource: string | null;
  isFailure: boolean;
};

const FAILURE_TYPE = /(Failed|TimedOut|Aborted)$/;

/** Reads an event's details member generically, so event types added after our SDK still summarise. */
export function getHistoryEventSummary(event: HistoryEvent): HistoryEventSummary {
  const entry = Object.entries(event).find(([key]) => key.endsWith('EventDetails'));
  const details: unknown = entry?.[1] ?? null;
  const read = (key: string): string | null => {
    if (typeof details !== 'object' || details === null) return null;
    const value: unknown = Reflect.get(details, key);
    return typeof value === 'string' ? value : null;
  };
  const resourceType = read('resourceType');
  const resource = read('resource');
  return {
    detailsKey: entry?.[0] ?? null,
    details,
    stateName: read('name') && /State(Entered|Exited)$/.test(event.type) ? read('name') : null,
    error: read('error'),
    cause: read('cause'),
    resource: resourceType && resource ? `${resourceType}:${resource}` : resource,
    isFailure: FAILURE_TYPE.test(event.type),
  };
}
