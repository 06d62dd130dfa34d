import { isDeepStrictEqual } from 'node:util';
import {
  getExecutionOutcome,
  parseExecutionArn,
  toStateMachineArn,
  type EventIdRange,
  type ExecutionRecord,
  type HistoryEvent,
} from '@/lib/model';
import { getHistoryEventProblems, type HistoryEventProblem } from './get-history-event-problems';
import type { HistoryPage } from './to-import-record';

/** What is stored of an execution already: its record with every stored event, and what it lacks. */
export type StoredHistory = { record: ExecutionRecord; missingEvents: EventIdRange[] | null };

/**
 * One execution's record from the pages a file holds and what is stored already. Histories only grow, and a
 * stored event is never replaced: a page that disagrees with another or with a stored event is refused,
 * naming the first event that differs. The description (status, stop date, redrive count …) comes from the
 * newest history: a snapshot that ends before the stored one keeps the stored description, whatever it says.
 * What is still missing (a gap, or the events after a page read with a pagination token) is said, and the
 * history is incomplete until it is imported.
 */
export function mergeHistoryPages(pages: readonly HistoryPage[], stored: StoredHistory | null): { ok: true; record: ExecutionRecord } | { ok: false; problem: HistoryEventProblem | { eventId?: undefined; message: string } } {
  const arn = pages[0].arn;
  const fileEvents = new Map<number, HistoryEvent>();
  for (const page of pages) {
    for (const event of page.events) {
      const id = event.id ?? 0;
      const other = fileEvents.get(id);
      if (other && !isSameEvent(other, event)) return { ok: false, problem: { eventId: id, message: `two pages of ${arn} disagree about event ${id}` } };
      fileEvents.set(id, event);
    }
  }
  const storedEvents = new Map((stored?.record.events ?? []).map((event) => [event.id ?? 0, event]));
  const differing = [...fileEvents.keys()].sort((a, b) => a - b).find((id) => storedEvents.has(id) && !isSameEvent(storedEvents.get(id)!, fileEvents.get(id)!));
  if (differing !== undefined) {
    const [was, now] = [storedEvents.get(differing)!, fileEvents.get(differing)!];
    return {
      ok: false,
      problem: {
        eventId: differing,
        message: `differs from stored event ${differing} (${describeEvent(was)}; the file has ${describeEvent(now)}): an import never replaces stored events`,
      },
    };
  }

  const events = [...new Map([...storedEvents, ...fileEvents]).values()].sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  // Chains across pages are checked once they are merged.
  const [problem] = getHistoryEventProblems(events, { previousInSpan: false });
  if (problem) return { ok: false, problem };

  const fileLast = Math.max(...fileEvents.keys());
  const storedLast = Math.max(0, ...storedEvents.keys());
  const fileSaysMoreAfter = pages.some((page) => page.moreAfter && page.events.some((event) => event.id === fileLast));
  const storedSaysMoreAfter = stored?.missingEvents?.at(-1)?.[1] === null;
  const moreAfter = fileLast > storedLast ? fileSaysMoreAfter : fileLast < storedLast ? storedSaysMoreAfter : fileSaysMoreAfter && storedSaysMoreAfter;
  const missingEvents = getMissingEvents(events, moreAfter);

  const base = stored && storedLast > fileLast ? stored.record : null;
  const description = pages.findLast((page) => page.description && page.events.some((event) => event.id === fileLast))?.description ?? pages.findLast((page) => page.description)?.description ?? null;
  const record = base ? fromStored(base, events) : fromFile(arn, description, events, stored?.record ?? null);
  if (!record.ok) return { ok: false, problem: { message: record.message } };
  return { ok: true, record: { ...record.value, historyComplete: missingEvents.length === 0, missingEvents } };
}

/** An older snapshot (or an earlier page): only what the stored newer history cannot know itself is taken. */
function fromStored(stored: ExecutionRecord, events: HistoryEvent[]): { ok: true; value: ExecutionRecord } {
  const started = events.find((event) => event.type === 'ExecutionStarted');
  return {
    ok: true,
    value: {
      ...stored,
      events,
      startDate: started?.timestamp ?? stored.startDate,
      input: stored.input ?? started?.executionStartedEventDetails?.input ?? null,
    },
  };
}

function fromFile(
  arn: string,
  description: HistoryPage['description'],
  events: HistoryEvent[],
  stored: ExecutionRecord | null,
): { ok: true; value: ExecutionRecord } | { ok: false; message: string } {
  const arnParts = parseExecutionArn(arn);
  if (!arnParts) return { ok: false, message: `executionArn is not a Step Functions execution ARN: ${arn}` };
  const derived = getExecutionOutcome(events);
  // A page without ExecutionStarted starts no later than its first event; the history says it is incomplete.
  const startDate = description?.startDate ?? derived.startDate ?? stored?.startDate ?? (events[0]?.id !== 1 ? events[0]?.timestamp : undefined);
  if (!startDate) return { ok: false, message: 'has no startDate and no ExecutionStarted event to take it from' };
  const status = description?.status ?? derived.status;
  const stopDate = description?.stopDate !== undefined ? description.stopDate : derived.stopDate;
  return {
    ok: true,
    value: {
      arn,
      name: description?.name ?? stored?.name ?? arnParts.executionName,
      stateMachineArn: description?.stateMachineArn ?? stored?.stateMachineArn ?? toStateMachineArn(arnParts),
      status,
      startDate,
      stopDate: status === 'RUNNING' ? null : (stopDate ?? null),
      input: description?.input ?? derived.input ?? stored?.input ?? null,
      output: description?.output ?? (status === 'SUCCEEDED' ? derived.output : null),
      // DescribeExecution leaves error empty for TIMED_OUT; the closing event still names it.
      error: description?.error ?? (status === derived.status ? derived.error : null),
      cause: description?.cause ?? (status === derived.status ? derived.cause : null),
      failedStateName: status === 'RUNNING' || status === 'SUCCEEDED' ? null : derived.failedStateName,
      redriveCount: Math.max(description?.redriveCount ?? 0, derived.redriveCount),
      redriveDate: description?.redriveDate ?? derived.redriveDate,
      redriveStatus: description?.redriveStatus ?? null,
      redriveStatusReason: description?.redriveStatusReason ?? null,
      mapRunArn: description?.mapRunArn ?? stored?.mapRunArn ?? null,
      events,
      historyComplete: false,
    },
  };
}

/** AWS numbers a history 1..n: every id up to the last one not held, and everything after it when a page said more follow. */
function getMissingEvents(events: readonly HistoryEvent[], moreAfter: boolean): EventIdRange[] {
  const ranges: EventIdRange[] = [];
  let expected = 1;
  for (const event of events) {
    const id = event.id ?? 0;
    if (id > expected) ranges.push([expected, id - 1]);
    expected = id + 1;
  }
  if (moreAfter) ranges.push([expected, null]);
  return ranges;
}

/** Same id, type, time, predecessor and details, whatever the key order (PostgreSQL's jsonb reorders keys). */
function isSameEvent(a: HistoryEvent, b: HistoryEvent): boolean {
  return isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));
}

function describeEvent(event: HistoryEvent): string {
  return `${event.type} at ${event.timestamp.toISOString()}`;
}
