import { backfillStateTransitions, getDatabaseUrl, getDb } from '@/lib/db';
import { seedDemoData } from '@/prisma/seed';
import { applyPendingMigrations } from './apply-pending-migrations';

/**
 * Brings the database named by DATABASE_URL up to the committed migrations, and fills an empty one with
 * demo data so a first start has something to show. Safe beside a running dashboard: with nothing to
 * migrate it only reads.
 */
export async function prepareDatabase(options: { seed: boolean }): Promise<void> {
  const applied = await applyPendingMigrations(getDatabaseUrl());
  if (applied.length > 0) console.log(`Applied ${applied.length} migration(s): ${applied.join(', ')}`);
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
