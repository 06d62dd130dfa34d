import { getBilledTransitionKind, type TransitionEvent } from './get-billed-transition-kind';

/**
 * Billed state transitions in a run of history events (pricing.md §1). Additive: the count of a history
 * equals the count of its first part plus the count of the events appended later, given
 * `findEarlierEventType` for the events of the first part that the appended ones point back to. Child
 * executions of a Map Run are not in the parent's history; their starts are added by the cost model.
 */
export function getStateTransitionCount(
  events: readonly TransitionEvent[],
  findEarlierEventType: (eventId: number) => string | undefined = () => undefined,
): number {
  const typeById = new Map<number, string>();
  for (const event of events) if (event.id !== undefined) typeById.set(event.id, event.type);
  let count = 0;
  for (const event of events) {
    const previousId = event.previousEventId;
    const previousType = previousId ? (typeById.get(previousId) ?? findEarlierEventType(previousId)) : undefined;
    if (getBilledTransitionKind(event, previousType) !== null) count++;
  }
  return count;
}
