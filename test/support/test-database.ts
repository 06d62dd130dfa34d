import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { configureDb, createDb, type Db } from '@/lib/db';

export type TestDatabase = { db: Db; url: string; cleanup: () => Promise<void> };

/** Applies the committed migrations with the real Prisma CLI, as `npm start` does. */
export function migrateDatabase(url: string): void {
  execFileSync('npx', ['prisma', 'migrate', 'deploy'], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: 'pipe',
  });
}

/**
 * A fresh, migrated database: a temporary SQLite file, or — when TEST_DATABASE_URL names a PostgreSQL
 * server — a new schema on it, dropped again by cleanup().
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl?.startsWith('postgres')) {
    const schema = `test_${randomUUID().replaceAll('-', '')}`;
    const url = withSchema(serverUrl, schema);
    const admin = createDb(serverUrl);
    await admin.$executeRawUnsafe(`CREATE SCHEMA "${schema}"`);
    await admin.$disconnect();
    migrateDatabase(url);
    const db = createDb(url);
    return {
      db,
      url,
      cleanup: async () => {
        await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await db.$disconnect();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'statescope-test-'));
  const url = `file:${path.join(dir, 'test.db')}`;
  migrateDatabase(url);
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

function withSchema(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('schema', schema);
  return parsed.toString();
}
