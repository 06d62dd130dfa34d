import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { backfillStateTransitions, getDatabaseProvider, getDatabaseUrl, getDb } from '@/lib/db';
import { seedDemoData } from '@/prisma/seed';

/**
 * Brings the database named by DATABASE_URL up to the committed migrations, and fills an empty one with
 * demo data so a first start has something to show.
 */
export async function prepareDatabase(options: { seed: boolean }): Promise<void> {
  const url = getDatabaseUrl();
  const prisma = path.join(process.cwd(), 'node_modules', '.bin', 'prisma');
  try {
    execFileSync(prisma, ['migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: url }, stdio: 'pipe' });
  } catch (error) {
    const output = String((error as { stdout?: Buffer }).stdout ?? '') + String((error as { stderr?: Buffer }).stderr ?? '');
    throw new Error(`Could not migrate the ${getDatabaseProvider(url)} database: ${output.trim().split('\n').slice(-3).join(' ')}`);
  }
  const db = await getDb();
  // Histories stored before transitions were counted at save time get their counts once (costs need them).
  const counted = await backfillStateTransitions(db);
  if (counted > 0) console.log(`Counted state transitions of ${counted} stored executions`);
  if (!options.seed) return;
  if ((await db.execution.count()) > 0) return;
  const started = performance.now();
  const result = await seedDemoData(db);
  console.log(
    `Loaded demo data: ${result.executions.length} executions over ${result.stateMachines.length} state machines in ${Math.round(performance.now() - started)} ms`,
  );
}
