import fs from 'node:fs';
import path from 'node:path';
import { PrismaClient } from './generated/sqlite';
import { PrismaClient as PostgresPrismaClient } from './generated/postgresql';
import { createPgAdapter } from './create-pg-adapter';
import { SQLITE_CONNECTION_PRAGMAS, StatescopeSqliteAdapter } from './create-sqlite-adapter';
import { getDatabaseProvider, getDatabaseUrl, getSqliteFilePath } from './database-url';
import { withSqliteLike } from './with-sqlite-like';

/**
 * Both generated clients expose the same models and methods (one schema, two providers), so the
 * SQLite client's type stands for either.
 */
export type Db = PrismaClient;

export function createDb(url: string = getDatabaseUrl()): Db {
  if (getDatabaseProvider(url) === 'postgresql') {
    const client = new PostgresPrismaClient({ adapter: createPgAdapter(url) });
    return client as unknown as Db;
  }
  const file = getSqliteFilePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return new PrismaClient({ adapter: withSqliteLike(new StatescopeSqliteAdapter(file)) });
}

/**
 * WAL lets the dashboard read while a sync or import writes. Every SQLite connection createDb opens is set
 * up so already (StatescopeSqliteAdapter); this says it again for callers that want it explicit.
 */
export async function configureDb(db: Db, url: string = getDatabaseUrl()): Promise<void> {
  if (getDatabaseProvider(url) !== 'sqlite') return;
  for (const pragma of SQLITE_CONNECTION_PRAGMAS.split(';').map((text) => text.trim()).filter(Boolean)) await db.$queryRawUnsafe(pragma);
}

const globalForDb = globalThis as unknown as { statescopeDb?: Promise<Db> };

/** One client per process (Next dev reloads modules, so it lives on globalThis). */
export function getDb(): Promise<Db> {
  globalForDb.statescopeDb ??= (async () => {
    const db = createDb();
    await configureDb(db);
    return db;
  })();
  return globalForDb.statescopeDb;
}
