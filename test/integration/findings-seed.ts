import { ensureSource, saveExecution, saveStateMachine, type Db } from '@/lib/db';
import { HOUR, neverDone, runOnEngine, scenarios, type EngineRun } from '../analysis/stuck-engine-runs';

export type SeededRuns = { approval: EngineRun; activity: EngineRun; loop: EngineRun; failed: EngineRun; succeeded: EngineRun };

const DAY = 24 * HOUR;

/**
 * Engine runs stored as a sync stores them: an approval waiting on its task token, an activity no worker
 * polls and a poll loop, all started at `startMs`; a run that failed 12 days before it (redrive window
 * closing) and one that succeeded.
 */
export async function seedStuckRuns(db: Db, startMs: number): Promise<SeededRuns> {
  const sourceId = await ensureSource(db, { kind: 'LOCAL', name: 'Local engine', region: 'us-east-1', accountId: '123456789012' });
  const runs: SeededRuns = {
    approval: await runOnEngine(scenarios.approval(), { name: 'order-approval', startMs }),
    activity: await runOnEngine(scenarios.activity({ TimeoutSeconds: 2 * 86_400 }), { name: 'tape-backup', startMs, activities: ['tape-archive'] }),
    loop: await runOnEngine(scenarios.pollLoop(30), { name: 'export-poller', startMs, handlers: neverDone, steps: 70, stepMs: 30_000 }),
    failed: await runOnEngine({ StartAt: 'Charge', States: { Charge: { Type: 'Fail', Error: 'CardDeclined', Cause: 'insufficient funds' } } }, { name: 'payments', startMs: startMs - 12 * DAY }),
    succeeded: await runOnEngine({ StartAt: 'Done', States: { Done: { Type: 'Succeed' } } }, { name: 'health-check', startMs }),
  };
  for (const run of Object.values(runs)) {
    const { stateMachineId, revisionId } = await saveStateMachine(db, sourceId, run.machine);
    await saveExecution(db, { sourceId, stateMachineId, revisionId }, run.record);
  }
  return runs;
}
