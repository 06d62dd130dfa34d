import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** Applies the committed migrations with the real Prisma CLI, as `npm start` does. */
export function migrateDatabase(url: string): void {
  execFileSync(path.join('node_modules', '.bin', 'prisma'), ['migrate', 'deploy'], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: 'pipe',
  });
}
