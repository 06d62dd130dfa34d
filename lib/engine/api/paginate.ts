import { createHash } from 'node:crypto';
import { z } from 'zod';
import { SfnApiError } from '@/lib/engine';

/** Default page size when maxResults is absent or 0: history-events.md §4 and §7. */
export const DEFAULT_PAGE_SIZE = 100;
/** Paging tokens expire after 24 h: history-events.md §4. */
export const PAGE_TOKEN_TTL_MS = 24 * 3600 * 1000;

type Cursor = string | number | (string | number)[];

const tokenSchema = z.object({ s: z.string(), c: z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))]), t: z.number() });

export type PageRequest<T> = {
  /** The fixed request arguments; a token is only valid for the same ones (AWS: "keep all other arguments unchanged"). */
  scope: string;
  maxResults?: number;
  nextToken?: string;
  now: number;
  /** The key of an item; the token remembers the last one returned. */
  cursorOf: (item: T) => Cursor;
  /** Whether `item` comes after `cursor` in the listing's order. */
  isAfter: (item: T, cursor: Cursor) => boolean;
};

/**
 * Keyset paging over an ordered list: the opaque token (base64 JSON) holds the last key served,
 * so pages stay stable while executions start or histories grow between calls.
 */
export function paginate<T>(items: readonly T[], request: PageRequest<T>): { page: T[]; nextToken?: string } {
  const scope = createHash('sha256').update(request.scope).digest('base64url').slice(0, 16);
  let rest = items;
  if (request.nextToken !== undefined) {
    const cursor = readToken(request.nextToken, scope, request.now);
    const start = items.findIndex((item) => request.isAfter(item, cursor));
    rest = start < 0 ? [] : items.slice(start);
  }
  const size = request.maxResults || DEFAULT_PAGE_SIZE;
  const page = rest.slice(0, size);
  if (rest.length <= size) return { page };
  const token = Buffer.from(JSON.stringify({ s: scope, c: request.cursorOf(page[page.length - 1]), t: request.now })).toString('base64url');
  return { page, nextToken: token };
}

function readToken(token: string, scope: string, now: number): Cursor {
  let parsed: z.infer<typeof tokenSchema>;
  try {
    parsed = tokenSchema.parse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
  } catch {
    throw new SfnApiError('InvalidToken', `Invalid Token: '${token}'`);
  }
  if (parsed.s !== scope) throw new SfnApiError('InvalidToken', 'Invalid Token: the token was issued for a request with other arguments');
  if (now - parsed.t > PAGE_TOKEN_TTL_MS) throw new SfnApiError('InvalidToken', 'Invalid Token: the token has expired');
  return parsed.c;
}
