import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { configureDb, createDb, type Db } from '@/lib/db';
import { migrateDatabase } from './migrate-database';

export { migrateDatabase };
export type TestDatabase = { db: Db; url: string; cleanup: () => Promise<void> };

/**
 * A fresh, migrated database of its own: a temporary SQLite file, or — when TEST_DATABASE_URL names a
 * PostgreSQL server — a new database on it, dropped again by cleanup(). Copies the run's template
 * (test/support/global-setup.ts) when there is one, else migrates from scratch.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl?.startsWith('postgres')) return createPostgresDatabase(serverUrl);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'statescope-test-'));
  const file = path.join(dir, 'test.db');
  const url = `file:${file}`;
  const template = injected('sqliteTemplatePath');
  if (template) fs.copyFileSync(template, file);
  else migrateDatabase(url);
  const db = createDb(url);
  await configureDb(db, url);
  return {
    db,
    url,
    cleanup: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function createPostgresDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `test_${randomUUID().replaceAll('-', '')}`;
  const template = injected('postgresTemplateDatabase');
  const admin = createDb(serverUrl);
  await admin.$executeRawUnsafe(template ? `CREATE DATABASE "${name}" TEMPLATE "${template}"` : `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  if (!template) migrateDatabase(url.toString());
  const db = createDb(url.toString());
  return {
    db,
    url: url.toString(),
    cleanup: async () => {
      await db.$disconnect();
      await admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.$disconnect();
    },
  };
}

/** Outside a vitest run with the global setup (a script, the browser config), there is no template. */
function injected<K extends 'sqliteTemplatePath' | 'postgresTemplateDatabase'>(key: K): string | null {
  try {
    return inject(key) ?? null;
  } catch {
    return null;
  }
}
