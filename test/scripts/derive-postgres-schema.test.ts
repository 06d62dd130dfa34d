import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derivePostgresSchema } from '../../scripts/lib/derive-postgres-schema';

describe('the PostgreSQL schema', () => {
  it('is the SQLite schema with only the provider and output changed (run npm run db:schemas after editing)', () => {
    const derived = derivePostgresSchema(fs.readFileSync('prisma/schema.prisma', 'utf8'));
    expect(fs.readFileSync('prisma/postgresql/schema.prisma', 'utf8')).toBe(derived);
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).not.toContain('provider = "sqlite"');
  });

  it('has a migration for every migration of the SQLite schema', () => {
    expect(fs.readdirSync('prisma/postgresql/migrations').filter((name) => name !== 'migration_lock.toml')).toEqual(
      fs.readdirSync('prisma/migrations').filter((name) => name !== 'migration_lock.toml'),
    );
  });
});

describe('the migrations', () => {
  it('cover every change to prisma/schema.prisma (run npm run db:migration -- <name> after editing)', () => {
    const migrated = fs.readFileSync('prisma/migrated-schema.prisma', 'utf8').split('\n').slice(1).join('\n');
    expect(migrated).toBe(fs.readFileSync('prisma/schema.prisma', 'utf8'));
  });
});
