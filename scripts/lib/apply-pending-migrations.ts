import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createDb, DatabaseBusyError, getDatabaseProvider, getSqliteFilePath, SQLITE_BUSY_TIMEOUT_MS } from '@/lib/db';

/** The committed migrations of the database's provider, by folder name (Prisma applies them in this order). */
function listCommittedMigrations(url: string, root: string): string[] {
  const folder = path.join(root, getDatabaseProvider(url) === 'postgresql' ? 'prisma/postgresql/migrations' : 'prisma/migrations');
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(folder, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort();
}

/** Committed migrations the database has not finished applying: a plain read of _prisma_migrations. */
export async function findPendingMigrations(url: string, root: string = process.cwd()): Promise<string[]> {
  const committed = listCommittedMigrations(url, root);
  const db = createDb(url);
  let applied: { migration_name: string }[];
  try {
    applied = await db.$queryRawUnsafe('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL');
  } catch (error) {
    // A new database has no migrations table yet: everything is pending.
    const kind = (error as { meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } }).meta?.driverAdapterError?.cause?.kind;
    if (kind === 'TableDoesNotExist') return committed;
    throw error;
  } finally {
    await db.$disconnect();
  }
  const done = new Set(applied.map((row) => row.migration_name));
  return committed.filter((name) => !done.has(name));
}

/**
 * Applies the committed migrations the database lacks, and only then runs `prisma migrate deploy`: on SQLite
 * that takes the file's exclusive lock even when nothing is pending, so beside a running dashboard it waited
 * and gave up ("unknown variant `SocketTimeout`") at every CLI start. Reading _prisma_migrations takes no
 * lock in WAL mode. Returns the migrations applied.
 */
export async function applyPendingMigrations(url: string, root: string = process.cwd()): Promise<string[]> {
  const pending = await findPendingMigrations(url, root);
  if (pending.length === 0) return [];
  try {
    execFileSync(path.join(root, 'node_modules', '.bin', 'prisma'), ['migrate', 'deploy'], { cwd: root, env: { ...process.env, DATABASE_URL: url }, stdio: 'pipe' });
  } catch (error) {
    const output = String((error as { stdout?: Buffer }).stdout ?? '') + String((error as { stderr?: Buffer }).stderr ?? '');
    // adapter-better-sqlite3 reports SQLITE_BUSY as SocketTimeout, which Prisma's schema engine cannot name.
    if (getDatabaseProvider(url) === 'sqlite' && /SocketTimeout|SQLITE_BUSY|database is locked/.test(output)) {
      throw new DatabaseBusyError(getSqliteFilePath(url), SQLITE_BUSY_TIMEOUT_MS);
    }
    const lines = output.trim().split('\n').filter((line) => line.trim() && !/^\s+(at |\d+: )/.test(line));
    throw new Error(`Could not migrate the ${getDatabaseProvider(url)} database (${pending.join(', ')} pending): ${lines.slice(-3).join(' ')}`);
  }
  return pending;
}
