import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDb } from '@/lib/db';
import { migrateDatabase } from './migrate-database';

declare module 'vitest' {
  export interface ProvidedContext {
    sqliteTemplatePath: string;
    postgresTemplateDatabase: string | null;
  }
}

/**
 * Migrates one template database per run; each test database is then a copy of it (a file copy on
 * SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL) instead of another `prisma migrate deploy`.
 */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'statescope-template-'));
  const sqliteTemplatePath = path.join(dir, 'template.db');
  migrateDatabase(`file:${sqliteTemplatePath}`);
  project.provide('sqliteTemplatePath', sqliteTemplatePath);

  const serverUrl = process.env.TEST_DATABASE_URL;
  let postgresTemplateDatabase: string | null = null;
  if (serverUrl?.startsWith('postgres')) {
    postgresTemplateDatabase = `statescope_template_${process.pid}`;
    const admin = createDb(serverUrl);
    await admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${postgresTemplateDatabase}"`);
    await admin.$executeRawUnsafe(`CREATE DATABASE "${postgresTemplateDatabase}"`);
    await admin.$disconnect();
    migrateDatabase(withDatabase(serverUrl, postgresTemplateDatabase));
  }
  project.provide('postgresTemplateDatabase', postgresTemplateDatabase);

  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (serverUrl && postgresTemplateDatabase) {
      const admin = createDb(serverUrl);
      await admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${postgresTemplateDatabase}" WITH (FORCE)`);
      await admin.$disconnect();
    }
  };
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
