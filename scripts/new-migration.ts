// `npm run db:migration -- <name>`: writes the migration from the last migrated schema to prisma/schema.prisma,
// for SQLite and PostgreSQL under the same folder name, then records the new migrated schema. `prisma migrate
// dev` needs a shadow database the JS schema engine cannot create here, so migrations are diffs of datamodels.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { derivePostgresSchema } from './lib/derive-postgres-schema';

const SNAPSHOT = 'prisma/migrated-schema.prisma';
const SNAPSHOT_HEADER = '// The schema as the committed migrations leave it. Written by `npm run db:migration`; do not edit.\n';
const POSTGRES_URL = process.env.MIGRATION_POSTGRES_URL ?? 'postgresql://postgres:postgres@127.0.0.1:5432/postgres';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:migration -- <snake_case_name>');
  process.exit(2);
}

const current = fs.readFileSync('prisma/schema.prisma', 'utf8');
const previous = fs.readFileSync(SNAPSHOT, 'utf8').replace(SNAPSHOT_HEADER, '');
if (previous === current) {
  console.log('prisma/schema.prisma has no change since the last migration.');
  process.exit(0);
}
fs.writeFileSync('prisma/postgresql/schema.prisma', derivePostgresSchema(current));

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'statescope-migration-'));
const diff = (from: string, to: string, databaseUrl: string): string => {
  const fromFile = path.join(work, 'from.prisma');
  const toFile = path.join(work, 'to.prisma');
  fs.writeFileSync(fromFile, from);
  fs.writeFileSync(toFile, to);
  return execFileSync(
    path.join('node_modules', '.bin', 'prisma'),
    ['migrate', 'diff', '--from-schema-datamodel', fromFile, '--to-schema-datamodel', toFile, '--script'],
    { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: 'utf8' },
  );
};

const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const folder = `${stamp}_${name}`;
const targets = [
  { dir: 'prisma/migrations', sql: diff(previous, current, `file:${path.join(work, 'unused.db')}`) },
  { dir: 'prisma/postgresql/migrations', sql: diff(derivePostgresSchema(previous), derivePostgresSchema(current), POSTGRES_URL) },
];
for (const target of targets) {
  fs.mkdirSync(path.join(target.dir, folder), { recursive: true });
  fs.writeFileSync(path.join(target.dir, folder, 'migration.sql'), target.sql);
  console.log(`wrote ${path.join(target.dir, folder, 'migration.sql')}`);
}
fs.writeFileSync(SNAPSHOT, SNAPSHOT_HEADER + current);
fs.rmSync(work, { recursive: true, force: true });
