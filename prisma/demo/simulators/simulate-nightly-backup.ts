import type { Attempt, StepResult, Thread } from '../history-builder';
import type { HistoryBuilder } from '../history-builder';
import { lambdaErrors, LAMBDA_RETRY_DELAYS_MS } from '../lambda-errors';
import { field, withKey, type Simulator } from '../simulation';
import { DEMO_ACCOUNT, DEMO_FUNCTIONS, DEMO_REGION, DEMO_TAPE_ACTIVITY_ARN } from '../workflows';

export type BackupScenario = 'ok' | 'sync-failed' | 'export-failed' | 'tape-timeout' | 'aborted' | 'redriven' | 'activity-stuck' | 'loop-running';

const MINUTE = 60_000;
/** Poll loops of the running "stuck export" run: ~9 events each, a few thousand events in all. */
const STUCK_LOOP_ITERATIONS = 560;

export const simulateNightlyBackup: Simulator<BackupScenario> = {
  scenarios: [
    { scenario: 'ok', weight: 44 },
    { scenario: 'sync-failed', weight: 2 },
    { scenario: 'export-failed', weight: 2 },
    { scenario: 'tape-timeout', weight: 1 },
    { scenario: 'aborted', weight: 1 },
  ],
  input(prng, scenario, startMs) {
    const date = new Date(startMs).toISOString().slice(0, 10);
    return {
      backupId: `bk_${date.replaceAll('-', '')}${scenario === 'activity-stuck' ? '_manual' : ''}`,
      date,
      targets: { rdsInstance: 'prod-orders-db', dynamodbTable: 'orders', s3Bucket: 'acme-prod-assets' },
      retentionDays: 35,
      triggeredBy: scenario === 'activity-stuck' ? 'ops:u_aokafor' : 'eventbridge:nightly-backup-0200',
    };
  },
  name: (input) => `nightly-${field<string>(input, 'backupId').slice(3)}`,
  run(b, thread, input, scenario) {
    const prng = b.prng;
    const date = field<string>(input, 'date');
    const snapshot = { snapshotId: `rds:prod-orders-db-${date}-02-00`, status: 'creating' };
    const exportArn = `arn:aws:dynamodb:${DEMO_REGION}:${DEMO_ACCOUNT}:table/orders/export/0${prng.int(1000000000000, 1999999999999)}-${prng.hex(8)}`;
    const sync = { bucket: 'acme-prod-assets', objectsCopied: prng.int(1200, 9000), bytesCopied: prng.int(2e9, 9e9) };
    const parallel = b.fanOut(thread, {
      kind: 'Parallel',
      name: 'BackupAll',
      input,
      lanes: 3,
      concurrency: 3,
      run: (lane, index): StepResult => {
        if (index === 0) {
          return b.task(lane, { name: 'SnapshotRds', input, task: { kind: 'invoke', functionArn: DEMO_FUNCTIONS.snapshotRds }, attempts: [{ ok: true, result: snapshot, ms: prng.int(900, 3000) }], output: () => snapshot });
        }
        if (index === 1) {
          return b.task(lane, { name: 'ExportDynamoDb', input, task: { kind: 'invoke', functionArn: DEMO_FUNCTIONS.exportDynamo }, attempts: [{ ok: true, result: { exportArn }, ms: prng.int(600, 2000) }], output: () => ({ exportArn }) });
        }
        const failing = scenario === 'sync-failed';
        const attempts: Attempt[] = failing
          ? [{ ok: false, error: 'S3SyncError', cause: lambdaErrors.python(prng, 'S3SyncError', `AccessDenied copying s3://acme-prod-assets/uploads/${date.replaceAll('-', '/')}/IMG_${prng.int(1000, 9999)}.jpg to s3://acme-backup-vault/${date}/ after ${prng.int(100, 4000)} objects`, 112), ms: prng.int(40_000, 300_000) }]
          : [{ ok: true, result: sync, ms: prng.int(60_000, 600_000) }];
        return b.task(lane, { name: 'SyncS3', input, task: { kind: 'lambda', functionArn: DEMO_FUNCTIONS.syncS3 }, timeoutSeconds: 900, attempts, output: () => sync });
      },
      output: (parts) => withKey(input, 'parts', parts),
    });
    if (parallel.status === 'failed') return { status: 'FAILED', error: parallel.error, cause: parallel.cause };
    if (parallel.status !== 'ok') throw new Error('unreachable');
    let state = parallel.output;

    const loops = scenario === 'loop-running' ? STUCK_LOOP_ITERATIONS : scenario === 'aborted' ? prng.int(30, 80) : prng.int(2, 9);
    for (let i = 0; i <= loops; i++) {
      const last = i === loops;
      const status = !last || scenario === 'loop-running' ? 'IN_PROGRESS' : scenario === 'export-failed' ? 'FAILED' : 'COMPLETED';
      const progress = status === 'COMPLETED' ? 100 : scenario === 'loop-running' ? 37 : Math.min(99, Math.round((i / loops) * 100));
      const exportState = { status, progress };
      const checked = b.task(thread, {
        name: 'CheckExportStatus',
        input: state,
        task: { kind: 'invoke', functionArn: DEMO_FUNCTIONS.checkBackupStatus },
        attempts: [{ ok: true, result: { exportArn, status, progress }, ms: prng.int(90, 400) }],
        output: () => withKey(state, 'export', exportState),
      });
      if (checked.status !== 'ok') throw new Error('unreachable');
      state = checked.output;
      b.choice(thread, 'ExportDone', state);
      if (last && scenario !== 'loop-running') break;
      if (last) {
        // Still polling when the history was read: the newest event is the Wait being entered.
        b.entered(thread, 'Wait', 'WaitForExport', state);
        return { status: 'RUNNING' };
      }
      if (scenario === 'aborted' && i === loops - 1) {
        b.entered(thread, 'Wait', 'WaitForExport', state);
        return {
          status: 'ABORTED',
          afterMs: thread.t + prng.int(2000, 25_000),
          error: 'ManualStop',
          cause: `Stopped by u_lschmidt: export ${exportArn.split('/').pop()} stuck at ${progress}% during maintenance window CHG-${prng.int(1000, 9999)}`,
        };
      }
      b.wait(thread, 'WaitForExport', state, 30);
    }
    if (scenario === 'export-failed') {
      b.failState(thread, 'BackupFailed', state);
      return { status: 'FAILED', error: 'BackupExportFailed', cause: 'The DynamoDB export reported FAILED.' };
    }
    return archive(b, thread, state, scenario);
  },
};

function archive(b: HistoryBuilder, thread: Thread, state: unknown, scenario: BackupScenario) {
  const prng = b.prng;
  const worker = prng.pick(['tape-gw-01.dc1.acme.internal', 'tape-gw-02.dc1.acme.internal']);
  const tape = { tapeId: `TAPE${prng.int(100000, 999999)}`, barcode: `AC${prng.int(1000, 9999)}L8`, archivedBytes: prng.int(3e10, 9e10) };
  const base = { name: 'ArchiveToTape', input: state, timeoutSeconds: 14400, heartbeatSeconds: 600, output: (result: unknown) => withKey(state, 'archive', result) };
  const task = { kind: 'activity' as const, activityArn: DEMO_TAPE_ACTIVITY_ARN, workerName: worker };
  if (scenario === 'activity-stuck') {
    b.task(thread, { ...base, task, attempts: [{ ok: true, result: tape, ms: 0 }], pendingAt: 'scheduled' });
    return { status: 'RUNNING' as const };
  }
  if (scenario === 'tape-timeout') {
    const timed = b.task(thread, { ...base, task, attempts: [{ ok: false, timedOut: true, error: 'States.Timeout', ms: prng.int(20, 60) * MINUTE }] });
    if (timed.status !== 'failed') throw new Error('unreachable');
    return { status: 'FAILED' as const, error: timed.error };
  }
  if (scenario === 'redriven') {
    const cause = `Tape library ${worker.split('.')[0]} reported drive LTO8-${prng.int(1, 4)} offline (SCSI sense 04/3E/01) after ${prng.int(2, 40)} GiB`;
    const failed = b.task(thread, { ...base, task, attempts: [{ ok: false, error: 'TapeLibraryOffline', cause, ms: prng.int(5, 30) * MINUTE }] });
    if (failed.status !== 'failed') throw new Error('unreachable');
    b.emit(thread, 'ExecutionFailed', 'executionFailedEventDetails', { error: 'TapeLibraryOffline', cause });
    // An operator fixed the drive and redrove the run the next morning (history-events.md §6).
    const redriven = b.emit(thread, 'ExecutionRedriven', 'executionRedrivenEventDetails', { redriveCount: 1 }, prng.int(5, 9) * 3_600_000);
    const done = b.task(thread, { ...base, task, attempts: [{ ok: true, result: tape, ms: prng.int(25, 70) * MINUTE }] });
    if (done.status !== 'ok') throw new Error('unreachable');
    return { status: 'SUCCEEDED' as const, output: done.output, redrivenAtMs: redriven.t };
  }
  const done = b.task(thread, { ...base, task, attempts: [{ ok: true, result: tape, ms: prng.int(25, 70) * MINUTE }], retryDelaysMs: LAMBDA_RETRY_DELAYS_MS });
  if (done.status !== 'ok') throw new Error('unreachable');
  return { status: 'SUCCEEDED' as const, output: done.output };
}
