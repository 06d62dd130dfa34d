import type { HistoryEvent } from '@/lib/model';
import { SfnApiError } from './errors';
import { toHistoryEvent, type StoredEvent } from './history';
import { stripData } from './strip-data';

type HistoryPageRequest = { maxResults?: number; reverseOrder?: boolean; nextToken?: string; includeExecutionData?: boolean };

/** GetExecutionHistory: pages of `maxResults` (default 100, at most 1,000) with a `nextToken`. */
export function toHistoryPage(all: readonly StoredEvent[], input: HistoryPageRequest): { events: HistoryEvent[]; nextToken?: string } {
  const max = input.maxResults && input.maxResults > 0 ? Math.min(input.maxResults, 1000) : 100;
  const start = input.nextToken ? Number(input.nextToken) : 0;
  if (!Number.isInteger(start) || start < 0) throw new SfnApiError('InvalidToken', `Invalid Token: '${input.nextToken}'`);
  const ordered = input.reverseOrder ? [...all].reverse() : all;
  const page = ordered.slice(start, start + max).map((e) => (input.includeExecutionData === false ? stripData(toHistoryEvent(e)) : toHistoryEvent(e)));
  const next = start + max < ordered.length ? String(start + max) : undefined;
  return next ? { events: page, nextToken: next } : { events: page };
}
