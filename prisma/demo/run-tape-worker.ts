import { SfnApiError, type Engine, type Clock } from '@/lib/engine';
import type { Prng } from './create-prng';
import { DEMO_TAPE_ACTIVITY_ARN } from './workflows';

const MINUTE = 60_000;
/** Well inside the state's HeartbeatSeconds (600). */
const HEARTBEAT_EVERY_MS = 5 * MINUTE;

/**
 * The on-premises tape gateway for one backup execution: checks every minute whether the run waits for
 * ArchiveToTape, takes the task, heartbeats while it writes, and reports the tape. With `lose-heartbeat`
 * the gateway dies mid-write and the task times out on its heartbeat; with `library-offline` a tape drive
 * goes offline and the gateway fails the task.
 */
export async function runTapeWorker(options: {
  engine: Engine;
  clock: Clock;
  prng: Prng;
  executionArn: string;
  behaviour: 'archive' | 'lose-heartbeat' | 'library-offline';
}): Promise<void> {
  const { engine, clock, prng, executionArn } = options;
  const workerName = prng.pick(['tape-gw-01.dc1.acme.internal', 'tape-gw-02.dc1.acme.internal']);
  for (;;) {
    if (engine.describeExecution({ executionArn }).status !== 'RUNNING') return;
    if (engine.readHistory(executionArn).at(-1)?.type === 'ActivityScheduled') break;
    await clock.sleep(MINUTE);
  }
  const task = await engine.getActivityTask({ activityArn: DEMO_TAPE_ACTIVITY_ARN, workerName });
  if (!task.taskToken) return;
  const taskToken = task.taskToken;
  const writeMs = prng.int(25, 70) * MINUTE;
  const beats = options.behaviour === 'archive' ? Math.floor(writeMs / HEARTBEAT_EVERY_MS) : prng.int(1, 4);
  try {
    for (let beat = 0; beat < beats; beat++) {
      await clock.sleep(HEARTBEAT_EVERY_MS);
      engine.sendTaskHeartbeat({ taskToken });
    }
    if (options.behaviour === 'lose-heartbeat') return;
    if (options.behaviour === 'library-offline') {
      const cause = `Tape library ${workerName.split('.')[0]} reported drive LTO8-${prng.int(1, 4)} offline (SCSI sense 04/3E/01) after ${prng.int(2, 40)} GiB`;
      engine.sendTaskFailure({ taskToken, error: 'TapeLibraryOffline', cause });
      return;
    }
    await clock.sleep(writeMs - beats * HEARTBEAT_EVERY_MS);
    const tape = { tapeId: `TAPE${prng.int(100000, 999999)}`, barcode: `AC${prng.int(1000, 9999)}L8`, archivedBytes: prng.int(3e10, 9e10), gateway: workerName };
    engine.sendTaskSuccess({ taskToken, output: JSON.stringify(tape) });
  } catch (error) {
    // The run was stopped or timed out while the tape was written: the token is gone.
    if (!(error instanceof SfnApiError)) throw error;
  }
}
