import type { ExecutionFilter, ExecutionSort, ExecutionSummary, Page, PageRequest } from '@/lib/model';
import type { Db } from './client';
import { parseCursorText, toCursorText, type ExecutionCursor } from './execution-cursor';
import type { Prisma } from './generated/sqlite';
import { getExecutionWhere } from './get-execution-where';
import { toExecutionSummary } from './to-execution-summary';

export const DEFAULT_EXECUTION_PAGE_SIZE = 50;
export const MAX_EXECUTION_PAGE_SIZE = 500;

type Direction = 'asc' | 'desc';
type SortKey = 'startDate' | 'duration';

/**
 * One page of executions, newest first by default. Keyset pagination on (sort key, id): each page is
 * a range read on an index however deep it is, where OFFSET would scan every row before it.
 * Running executions (no duration yet) sort last under either duration order.
 */
export async function listExecutions(
  db: Db,
  filter: ExecutionFilter = {},
  page: PageRequest = {},
): Promise<Page<ExecutionSummary>> {
  const empty: Page<ExecutionSummary> = { items: [], nextCursor: null, prevCursor: null };
  const where = await getExecutionWhere(db, filter);
  if (!where) return empty;

  const [sortKey, direction] = splitSort(page.sort ?? 'startDate:desc');
  const limit = Math.min(Math.max(Math.trunc(page.limit ?? DEFAULT_EXECUTION_PAGE_SIZE), 1), MAX_EXECUTION_PAGE_SIZE);
  const before = usableCursor(sortKey, parseCursorText(page.before));
  const after = before ? null : usableCursor(sortKey, parseCursorText(page.after));
  const backwards = before !== null;
  const cursor = before ?? after;
  // A previous page is the same order read in reverse from the cursor, flipped back afterwards.
  const readDirection: Direction = backwards ? (direction === 'asc' ? 'desc' : 'asc') : direction;
  const nullsLast = !backwards;

  const rows = await db.execution.findMany({
    where: cursor ? { AND: [where, getKeysetWhere(sortKey, readDirection, nullsLast, cursor)] } : where,
    orderBy: getOrderBy(sortKey, readDirection, nullsLast),
    take: limit + 1,
    omit: { input: true, output: true },
    include: { stateMachine: { select: { arn: true, name: true } } },
  });
  const hasMore = rows.length > limit;
  const pageRows = rows.slice(0, limit);
  if (backwards) pageRows.reverse();
  const items = pageRows.map(toExecutionSummary);
  if (items.length === 0) return empty;

  const first = toCursorText(getCursor(sortKey, items[0]));
  const last = toCursorText(getCursor(sortKey, items[items.length - 1]));
  return backwards
    ? { items, nextCursor: last, prevCursor: hasMore ? first : null }
    : { items, nextCursor: hasMore ? last : null, prevCursor: after ? first : null };
}

function splitSort(sort: ExecutionSort): [SortKey, Direction] {
  const [key, direction] = sort.split(':');
  return [key === 'duration' ? 'duration' : 'startDate', direction === 'asc' ? 'asc' : 'desc'];
}

/** startDate is never null, so a null-key cursor can only come from a duration list. */
function usableCursor(sortKey: SortKey, cursor: ExecutionCursor | null): ExecutionCursor | null {
  if (cursor && sortKey === 'startDate' && cursor.key === null) return null;
  return cursor;
}

function getCursor(sortKey: SortKey, item: ExecutionSummary): ExecutionCursor {
  return { key: sortKey === 'startDate' ? item.startDate.getTime() : item.durationMs, id: item.id };
}

function getOrderBy(sortKey: SortKey, direction: Direction, nullsLast: boolean): Prisma.ExecutionOrderByWithRelationInput[] {
  if (sortKey === 'startDate') return [{ startDate: direction }, { id: direction }];
  return [{ durationMs: { sort: direction, nulls: nullsLast ? 'last' : 'first' } }, { id: direction }];
}

/**
 * Rows strictly after the cursor in the read order. `key <= k AND (key < k OR id < i)` rather than
 * `key < k OR (key = k AND id < i)`: the leading range bound lets the index seek straight to the cursor.
 */
function getKeysetWhere(
  sortKey: SortKey,
  direction: Direction,
  nullsLast: boolean,
  cursor: ExecutionCursor,
): Prisma.ExecutionWhereInput {
  const past = direction === 'desc' ? 'lt' : 'gt';
  const upTo = direction === 'desc' ? 'lte' : 'gte';
  if (sortKey === 'startDate') {
    const key = new Date(cursor.key ?? 0);
    return { startDate: { [upTo]: key }, OR: [{ startDate: { [past]: key } }, { id: { [past]: cursor.id } }] };
  }
  if (cursor.key === null) {
    const sameKey: Prisma.ExecutionWhereInput = { durationMs: null, id: { [past]: cursor.id } };
    return nullsLast ? sameKey : { OR: [sameKey, { durationMs: { not: null } }] };
  }
  const keyed: Prisma.ExecutionWhereInput = {
    durationMs: { [upTo]: cursor.key },
    OR: [{ durationMs: { [past]: cursor.key } }, { id: { [past]: cursor.id } }],
  };
  return nullsLast ? { OR: [keyed, { durationMs: null }] } : keyed;
}
