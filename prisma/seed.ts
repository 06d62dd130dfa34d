// Demo data: six weeks of the six demo workflows, run for real on the local engine and stored through the
// same repository calls a sync uses.
import { pathToFileURL } from 'node:url';
import { ensureSource, getDb, saveExecution, saveStateMachine, type Db } from '@/lib/db';
import type { ExecutionStatus } from '@/lib/model';
import { runDemoHistory } from './demo/run-demo-history';
import { toDemoExecutionRecords, toDemoStateMachineRecords } from './demo/to-demo-records';
import { DEMO_ACCOUNT, DEMO_REGION } from './demo/workflows';

export const DEMO_SOURCE_NAME = 'Demo (us-east-1)';

export type DemoSeedResult = {
  stateMachines: string[];
  executions: { arn: string; status: ExecutionStatus; eventCount: number }[];
};

/** Runs the demo history ending at `now` and stores it under the source "Demo (us-east-1)". */
export async function seedDemoData(db: Db, now: Date = new Date(), seed?: number): Promise<DemoSeedResult> {
  const { engine } = await runDemoHistory({ now, seed });
  const sourceId = await ensureSource(db, { kind: 'IMPORT', name: DEMO_SOURCE_NAME, region: DEMO_REGION, accountId: DEMO_ACCOUNT });
  const result: DemoSeedResult = { stateMachines: [], executions: [] };
  const targets = new Map<string, { stateMachineId: number; revisionId: number | null }>();
  for (const machine of toDemoStateMachineRecords(engine)) {
    targets.set(machine.arn, await saveStateMachine(db, sourceId, machine));
    result.stateMachines.push(machine.arn);
  }
  for (const execution of toDemoExecutionRecords(engine)) {
    const target = targets.get(execution.stateMachineArn);
    if (!target) throw new Error(`demo execution ${execution.arn} of an unknown state machine`);
    const saved = await saveExecution(db, { sourceId, ...target }, execution);
    result.executions.push({ arn: execution.arn, status: execution.status, eventCount: saved.eventCount });
  }
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const db = await getDb();
  const started = performance.now();
  const result = await seedDemoData(db);
  console.log(`Loaded demo data: ${result.executions.length} executions over ${result.stateMachines.length} state machines in ${Math.round(performance.now() - started)} ms`);
  await db.$disconnect();
}
