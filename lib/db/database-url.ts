import path from 'node:path';

export type DatabaseProvider = 'sqlite' | 'postgresql';

/** The embedded default: a SQLite file under data/, created on first start. */
export const DEFAULT_DATABASE_URL = 'file:./data/statescope.db';

export function getDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

export function getDatabaseProvider(url: string): DatabaseProvider {
  if (url.startsWith('file:')) return 'sqlite';
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgresql';
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got "${url.split(':')[0]}:…"`,
  );
}

/** Absolute path of a file: URL, resolved against the working directory as Prisma does. */
export function getSqliteFilePath(url: string, cwd: string = process.cwd()): string {
  const filePath = url.slice('file:'.length).split('?')[0];
  return path.resolve(cwd, filePath);
}
