import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDbProvider } from '@/lib/db/insert-history-events';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

describe('database provider', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.cleanup();
  });

  // Raw inserts quote and cast per provider; an extended (proxied) client once passed for SQLite on PostgreSQL.
  it('names the database the client really talks to', () => {
    expect(getDbProvider(database.db)).toBe(database.url.startsWith('postgres') ? 'postgresql' : 'sqlite');
  });
});
