import type { HistoryEvent } from '@/lib/model';

export type HistoryEventProblem = { eventId: number; message: string };

/**
 * What makes a history impossible (history-events.md §1–2): an event that follows a later one or itself, one
 * that follows an event the history should hold but does not, and time running backwards along a chain.
 * `previousInSpan` asks for the second rule: an AWS page holds every event between its first and last, but
 * CloudWatch Logs leave events out by log level. Events are sorted by id.
 */
export function getHistoryEventProblems(events: readonly HistoryEvent[], options: { previousInSpan: boolean }): HistoryEventProblem[] {
  const problems: HistoryEventProblem[] = [];
  const byId = new Map(events.map((event) => [event.id ?? 0, event]));
  const first = events[0]?.id ?? 0;
  for (const event of events) {
    const id = event.id ?? 0;
    const previousId = event.previousEventId ?? 0;
    if (previousId === 0) continue;
    if (previousId >= id) {
      problems.push({ eventId: id, message: `previousEventId ${previousId} points forward: an event can only follow an earlier one` });
      continue;
    }
    const previous = byId.get(previousId);
    if (!previous) {
      if (options.previousInSpan && previousId >= first) problems.push({ eventId: id, message: `previousEventId ${previousId} names an event the history does not hold` });
      continue;
    }
    if (event.timestamp < previous.timestamp) {
      problems.push({
        eventId: id,
        message: `timestamp ${event.timestamp.toISOString()} is earlier than that of event ${previousId} it follows (${previous.timestamp.toISOString()}): time goes backwards`,
      });
    }
  }
  return problems;
}
