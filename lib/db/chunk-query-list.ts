/**
 * Bound parameters one statement may carry on every database Statescope runs on. SQLite allows 32,766 since
 * 3.32 (https://www.sqlite.org/limits.html#max_variable_number; better-sqlite3 11.10's bundled 3.49.2 refuses
 * the 32,767th), PostgreSQL's Bind message 65,535 (https://www.postgresql.org/docs/current/protocol-message-formats.html),
 * and Prisma 6.19's query compiler refuses more than 32,766 on PostgreSQL and than the adapter reports on SQLite
 * (StatescopeSqliteAdapter reports SQLite's own 32,766; unreported, Prisma assumes 999).
 */
export const MAX_QUERY_PARAMETERS = 32_766;

/** Parameters a statement keeps for its other filters, ordering and paging beside one chunked list. */
const OTHER_PARAMETERS = 766;

/** Values of one list per statement: an `in` filter, or rows × columns of a createMany or multi-row INSERT. */
export const MAX_LIST_PARAMETERS = MAX_QUERY_PARAMETERS - OTHER_PARAMETERS;

/**
 * Splits a list that feeds one statement (an `in` filter, createMany rows, INSERT tuples) into pieces that
 * stay under the bound-parameter limit, `parametersPerItem` each; `maxItems` caps a piece lower still where
 * a statement's result or text should stay small.
 */
export function chunkQueryList<T>(items: readonly T[], options: { parametersPerItem?: number; maxItems?: number } = {}): T[][] {
  const perItem = Math.max(1, options.parametersPerItem ?? 1);
  const size = Math.max(1, Math.min(Math.floor(MAX_LIST_PARAMETERS / perItem), options.maxItems ?? Infinity));
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
