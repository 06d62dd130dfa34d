import { field, functionName, type DemoKit } from '../demo-kit';
import { lambdaErrors } from '../lambda-errors';
import { DEMO_ACCOUNT, DEMO_FUNCTIONS, DEMO_REGION } from '../workflows';

/**
 * `tape-timeout`: the tape worker stops heartbeating; `activity-stuck`: the export is done at once and no
 * worker ever polls; `loop-running`: the export never completes; `aborted`: it hangs until an operator
 * stops the run; `tape-offline-redriven`: the tape library fails the task and an operator redrives the run.
 * The last four are only ever planned, never drawn.
 */
export type BackupScenario = 'ok' | 'sync-failed' | 'sync-timeout' | 'export-failed' | 'tape-timeout' | 'tape-offline-redriven' | 'aborted' | 'activity-stuck' | 'loop-running';

/** Nightly backup: RDS snapshot, DynamoDB export and S3 sync in parallel, poll the export, archive to tape (an activity). */
export const nightlyBackupKit: DemoKit<BackupScenario> = {
  workflow: 'nightly-backup',
  scenarios: [
    { scenario: 'ok', weight: 44 },
    { scenario: 'sync-failed', weight: 2 },
    { scenario: 'sync-timeout', weight: 1 },
    { scenario: 'export-failed', weight: 2 },
    { scenario: 'tape-timeout', weight: 1 },
  ],
  input(_prng, scenario, startMs) {
    const date = new Date(startMs).toISOString().slice(0, 10);
    const manual = scenario === 'activity-stuck';
    return {
      backupId: `bk_${date.replaceAll('-', '')}${manual ? '_manual' : ''}`,
      date,
      targets: { rdsInstance: 'prod-orders-db', dynamodbTable: 'orders', s3Bucket: 'acme-prod-assets' },
      retentionDays: 35,
      triggeredBy: manual ? 'ops:u_aokafor' : 'eventbridge:nightly-backup-0200',
    };
  },
  name: (input) => `nightly-${field<string>(input, 'backupId').slice(3)}`,
  handlers: ({ prng, scenarioOf, countersOf, work, hang }) => {
    const dateOf = (input: unknown, nowMs: number) => field<string | undefined>(input, 'date') ?? new Date(nowMs).toISOString().slice(0, 10);
    return {
      async [functionName(DEMO_FUNCTIONS.snapshotRds)](input, ctx) {
        await work(ctx, 900, 3000);
        return { snapshotId: `rds:prod-orders-db-${dateOf(input, ctx.clock.now())}-02-00`, status: 'creating' };
      },

      async [functionName(DEMO_FUNCTIONS.exportDynamo)](_input, ctx) {
        await work(ctx, 600, 2000);
        return { exportArn: `arn:aws:dynamodb:${DEMO_REGION}:${DEMO_ACCOUNT}:table/orders/export/0${prng.int(1000000000000, 1999999999999)}-${prng.hex(8)}` };
      },

      async [functionName(DEMO_FUNCTIONS.syncS3)](input, ctx) {
        const scenario = scenarioOf(ctx);
        const date = dateOf(input, ctx.clock.now());
        // Past the state's 900 s TimeoutSeconds: the engine times the task out first.
        if (scenario === 'sync-timeout') await hang(ctx, 1_000_000, 1_200_000);
        if (scenario === 'sync-failed') {
          await work(ctx, 40_000, 300_000);
          throw lambdaErrors.python(
            prng,
            'S3SyncError',
            `AccessDenied copying s3://acme-prod-assets/uploads/${date.replaceAll('-', '/')}/IMG_${prng.int(1000, 9999)}.jpg to s3://acme-backup-vault/${date}/ after ${prng.int(100, 4000)} objects`,
            112,
          );
        }
        await work(ctx, 60_000, 600_000);
        return { bucket: 'acme-prod-assets', objectsCopied: prng.int(1200, 9000), bytesCopied: prng.int(2e9, 9e9) };
      },

      async [functionName(DEMO_FUNCTIONS.checkBackupStatus)](input, ctx) {
        const scenario = scenarioOf(ctx);
        const counters = countersOf(ctx);
        counters.polls = (counters.polls ?? 0) + 1;
        counters.pollsNeeded ??= scenario === 'activity-stuck' ? 0 : prng.int(2, 9);
        await work(ctx, 90, 400);
        const parts = field<unknown[] | undefined>(input, 'parts');
        const exportArn = (parts?.[1] as { exportArn?: string } | undefined)?.exportArn ?? null;
        const hangs = scenario === 'loop-running' || scenario === 'aborted';
        const done = !hangs && counters.polls > counters.pollsNeeded;
        if (!done) {
          const progress = hangs ? 37 : Math.min(99, Math.round((counters.polls / (counters.pollsNeeded + 1)) * 100));
          return { exportArn, status: 'IN_PROGRESS', progress };
        }
        return scenario === 'export-failed' ? { exportArn, status: 'FAILED', progress: prng.int(40, 95) } : { exportArn, status: 'COMPLETED', progress: 100 };
      },
    };
  },
};
