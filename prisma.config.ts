import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { createPgMigrationAdapter } from './lib/db/create-pg-adapter';
import { SQLITE_BUSY_TIMEOUT_MS } from './lib/db/create-sqlite-adapter';
import { getDatabaseProvider, getDatabaseUrl, getSqliteFilePath } from './lib/db/database-url';

// DATABASE_URL picks the database for every Prisma command, as it does for the app.
const url = getDatabaseUrl();
const provider = getDatabaseProvider(url);
const folder = provider === 'sqlite' ? 'prisma' : 'prisma/postgresql';

export default defineConfig({
  experimental: { adapter: true },
  // The JS schema engine runs over the driver adapter; the Rust one cannot be downloaded here.
  engine: 'js',
  schema: path.join(folder, 'schema.prisma'),
  migrations: { path: path.join(folder, 'migrations') },
  async adapter() {
    if (provider === 'postgresql') return createPgMigrationAdapter(url);
    const file = getSqliteFilePath(url);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // The same wait for another process's lock as the app's connections (a dashboard writing while this migrates).
    return new PrismaBetterSQLite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS });
  },
});
