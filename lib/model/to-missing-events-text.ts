import type { EventIdRange } from './execution-record';

/** What an incomplete history lacks, for people: "events 1–655 and every event after 755". */
export function toMissingEventsText(ranges: readonly EventIdRange[]): string {
  const parts = ranges.map(([first, last]) => (last === null ? `every event after ${first - 1}` : first === last ? `event ${first}` : `events ${first}–${last}`));
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? 'nothing');
}
