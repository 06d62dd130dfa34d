import { GetExecutionHistoryCommand, type SFNClient } from '@aws-sdk/client-sfn';
import type { HistoryEvent } from '@/lib/model';
import type { SyncRequester } from './create-sync-requester';
import { sdkHistoryPageSchema, toHistoryEvents } from './sfn-schemas';

/** GetExecutionHistory's largest page (api-protocol.md §3, maxResults 0–1,000). */
export const HISTORY_PAGE_SIZE = 1_000;
/** A running execution usually gained a few events since the last sync: ask for a small page first. */
const FIRST_TAIL_PAGE_SIZE = 100;

/**
 * An execution's events with ids above `afterEventId`, oldest first. From the start it pages forward; for
 * the tail of a history already stored it pages backwards from the newest event until it reaches the stored
 * part, so a long-running execution costs a request or two per sync, not its whole history again.
 */
export async function fetchExecutionHistory(
  requester: SyncRequester,
  sfn: SFNClient,
  executionArn: string,
  afterEventId = 0,
): Promise<HistoryEvent[]> {
  if (afterEventId <= 0) return (await readPages(requester, sfn, executionArn, false, HISTORY_PAGE_SIZE, () => false)).events;
  const reachedStored = (events: HistoryEvent[]) => events.some((event) => (event.id ?? 0) <= afterEventId);
  // A token is only valid with the same arguments, so a longer tail starts over with full pages.
  let tail = await readPages(requester, sfn, executionArn, true, FIRST_TAIL_PAGE_SIZE, () => true);
  if (!tail.complete && !reachedStored(tail.events)) tail = await readPages(requester, sfn, executionArn, true, HISTORY_PAGE_SIZE, reachedStored);
  return tail.events.filter((event) => (event.id ?? 0) > afterEventId).reverse();
}

/** Pages in one direction until the history ends or `enough` says stop; `complete` when the history ended. */
async function readPages(
  requester: SyncRequester,
  sfn: SFNClient,
  executionArn: string,
  reverseOrder: boolean,
  maxResults: number,
  enough: (pageEvents: HistoryEvent[]) => boolean,
): Promise<{ events: HistoryEvent[]; complete: boolean }> {
  const events: HistoryEvent[] = [];
  let nextToken: string | undefined;
  for (;;) {
    const input = { executionArn, maxResults, nextToken, reverseOrder, includeExecutionData: true };
    const page = sdkHistoryPageSchema.parse(
      await requester.send('GetExecutionHistory', (abortSignal) => sfn.send(new GetExecutionHistoryCommand(input), { abortSignal })),
    );
    const pageEvents = toHistoryEvents(page.events);
    events.push(...pageEvents);
    nextToken = page.nextToken;
    if (!nextToken) return { events, complete: true };
    if (enough(pageEvents)) return { events, complete: false };
  }
}
