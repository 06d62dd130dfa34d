import type { Db } from './client';
import type { Prisma } from './generated/sqlite';

/**
 * A case-insensitive `contains` filter for either database. PostgreSQL's LIKE is case-sensitive, so it
 * needs `mode: 'insensitive'` (ILIKE); SQLite's LIKE already ignores ASCII case and its client rejects
 * `mode`, so it gets the plain filter. `Db` is typed as the SQLite client, hence the cast.
 */
export function getContainsInsensitive(db: Db, text: string): Prisma.StringNullableFilter {
  if (getDbProvider(db) === 'postgresql') {
    return { contains: text, mode: 'insensitive' } as Prisma.StringNullableFilter;
  }
  return { contains: text };
}

/**
 * The provider the client was generated for. Prisma keeps it only on the internal `_activeProvider`
 * (the constructor returns a proxy, so `instanceof` the PostgreSQL client is false).
 */
function getDbProvider(db: Db): string {
  const provider: unknown = Reflect.get(db, '_activeProvider');
  return typeof provider === 'string' ? provider : 'sqlite';
}
