import type { Db } from './client';
import type { Prisma } from './generated/sqlite';
import { PrismaClient as PostgresPrismaClient } from './generated/postgresql';

/**
 * A case-insensitive `contains` filter for either database. PostgreSQL's LIKE is case-sensitive, so it
 * needs `mode: 'insensitive'` (ILIKE); SQLite's LIKE already ignores ASCII case and its client rejects
 * `mode`, so it gets the plain filter. `Db` is typed as the SQLite client, hence the cast.
 */
export function getContainsInsensitive(db: Db, text: string): Prisma.StringNullableFilter {
  if (db instanceof PostgresPrismaClient) {
    return { contains: text, mode: 'insensitive' } as Prisma.StringNullableFilter;
  }
  return { contains: text };
}
