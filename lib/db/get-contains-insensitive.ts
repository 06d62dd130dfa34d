import type { Db } from './client';
import type { Prisma } from './generated/sqlite';
import { getDbProvider } from './insert-history-events';

/**
 * A case-insensitive filter for values containing `text` literally, on either database. Prisma passes
 * `contains` to LIKE as is, so `%`, `_` and `\` are escaped with a backslash: PostgreSQL's default LIKE
 * escape, which SQLite connections get too (withSqliteLike). PostgreSQL's LIKE is case-sensitive, so it
 * needs `mode: 'insensitive'` (ILIKE); SQLite's LIKE ignores case already and its client rejects `mode`.
 * `Db` is typed as the SQLite client, hence the cast.
 */
export function getContainsInsensitive(db: Db, text: string): Prisma.StringNullableFilter {
  const pattern = text.replace(/[\\%_]/g, '\\$&');
  if (getDbProvider(db) === 'postgresql') {
    // PostgreSQL text cannot hold NUL (and refuses it in a parameter), so nothing contains it.
    if (text.includes('\u0000')) return { in: [] };
    return { contains: pattern, mode: 'insensitive' } as Prisma.StringNullableFilter;
  }
  return { contains: pattern };
}

/**
 * The provider the client was generated for. Prisma keeps it only on the internal `_activeProvider`
 * (the constructor returns a proxy, so `instanceof` the PostgreSQL client is false).
 */

