import { readFileSync } from 'node:fs';
import { setMaxListeners } from 'node:events';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import {
  acquireSyncLease,
  findSource,
  findSyncLeaseOwner,
  listSourceStateMachines,
  releaseSyncLease,
  renewSyncLease,
  startSyncRun,
  takeOverSyncLease,
  type Db,
} from '@/lib/db';
import type { SyncRunStatus } from '@/lib/model';
import { createSourceClients, type SourceClients } from '../create-source-clients';
import { describeAwsError } from './aws-error';
import { getRateLimits } from './api-rate-limits';
import type { SyncClock } from './create-rate-limiter';
import { createExecutionWriter } from './create-execution-writer';
import { createSyncRequester } from './create-sync-requester';
import { createSyncTracker, type SyncProgress } from './create-sync-tracker';
import { realSyncClock } from './real-sync-clock';
import { syncCloudWatchMetrics } from './sync-cloudwatch-metrics';
import type { SyncContext } from './sync-context';
import { syncExpressExecutions } from './sync-express-executions';
import { syncMachineExecutions } from './sync-machine-executions';
import { syncOpenExecutions } from './sync-open-executions';
import { syncStateMachines } from './sync-state-machines';

/**
 * The source's lease, or — when a process on this host holds it but has died (a killed `npm run sync`, a
 * restarted `npm start`) — that process's lease, without waiting for it to lapse.
 */
async function acquireLease(db: Db, sourceId: number, owner: string, now: Date): Promise<boolean> {
  if (await acquireSyncLease(db, sourceId, owner, SYNC_LEASE_TTL_MS, now)) return true;
  const holder = await findSyncLeaseOwner(db, sourceId);
  if (!holder || !isDeadLocalProcess(holder)) return false;
  return takeOverSyncLease(db, sourceId, holder, owner, SYNC_LEASE_TTL_MS, now);
}

/** Lease owners are `<host>:<pid>:<uuid>`; a pid on this host that no longer exists has died. */
function isDeadLocalProcess(owner: string): boolean {
  const [host, pidText] = owner.split(':');
  const pid = Number(pidText);
  if (host !== hostname() || !Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
  return isZombie(pid);
}

/**
 * A killed process whose parent died too stays a zombie until something reaps it (in containers PID 1 often
 * never does); signal 0 still reaches it, but it runs no more. Linux tells from /proc; elsewhere, not a zombie.
 */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}

/** A lease lapses this long after its last renewal, so a killed sync blocks the next one for a minute at most. */
export const SYNC_LEASE_TTL_MS = 60_000;
const LEASE_RENEW_EVERY_MS = SYNC_LEASE_TTL_MS / 4;
/** Executions read at once: a local engine answers fast; on AWS the rate limiter is the bound anyway. */
const LOCAL_CONCURRENCY = 8;
const AWS_CONCURRENCY = 4;

export type SyncSourceOptions = {
  signal?: AbortSignal;
  onProgress?: (progress: SyncProgress) => void;
  /** Clients to use instead of the source's own (tests). */
  clients?: SourceClients;
  clock?: SyncClock;
  random?: () => number;
  /** Who holds the lease while this runs (default: host, process and a random id). */
  owner?: string;
  concurrency?: number;
};

export type SyncSourceResult =
  | { status: 'ALREADY_RUNNING'; runId: null }
  | { status: Exclude<SyncRunStatus, 'RUNNING'>; runId: number; progress: SyncProgress; error: string | null };

/**
 * One sync of a source, recorded as a SyncRun: state machines and their definitions, new and changed
 * Standard executions with full histories, the still-open ones again, Express executions from CloudWatch
 * Logs and AWS/States metrics per hour. Holds the source's lease throughout, so only one sync of a source
 * runs at a time; a second caller gets ALREADY_RUNNING. Errors on single items are recorded and the sync goes
 * on (PARTIAL); an abort ends it as INTERRUPTED, and the next sync covers what it missed.
 */
export async function syncSource(db: Db, sourceId: number, options: SyncSourceOptions = {}): Promise<SyncSourceResult> {
  const source = await findSource(db, sourceId);
  if (!source) throw new Error(`No source with id ${sourceId}`);
  if (source.kind === 'IMPORT') throw new Error(`Source "${source.name}" holds imported files; there is nothing to sync from.`);
  const clock = options.clock ?? realSyncClock;
  const owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID()}`;
  if (!(await acquireLease(db, sourceId, owner, new Date(clock.now())))) return { status: 'ALREADY_RUNNING', runId: null };

  const controller = new AbortController();
  // Every request and rate-limit pause in flight listens for the abort; dozens at once are expected.
  setMaxListeners(1_000, controller.signal);
  const forwardAbort = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) forwardAbort();
  options.signal?.addEventListener('abort', forwardAbort, { once: true });
  let leaseLost = false;
  const renewal = setInterval(() => {
    renewSyncLease(db, sourceId, owner, SYNC_LEASE_TTL_MS, new Date(clock.now()))
      .then((held) => {
        if (held) return;
        leaseLost = true;
        controller.abort(new Error('Another sync took over this source'));
      })
      .catch(() => undefined);
  }, LEASE_RENEW_EVERY_MS);
  renewal.unref?.();

  try {
    const run = await startSyncRun(db, sourceId, 'SYNC', new Date(clock.now()));
    const tracker = createSyncTracker(db, run.id, { now: clock.now, onProgress: options.onProgress });
    if (run.interrupted > 0) tracker.note(`${run.interrupted} earlier sync(s) had stopped before finishing; this one covered their work again.`);
    const signal = controller.signal;
    let status: Exclude<SyncRunStatus, 'RUNNING'> = 'SUCCEEDED';
    let finalError: string | null = null;
    const checkpoint: Record<string, { listedDownTo?: string; done?: boolean }> = {};
    try {
      const clients = options.clients ?? createSourceClients(source, { maxAttempts: 1 });
      const requester = createSyncRequester({ limits: getRateLimits(source), clock, random: options.random ?? Math.random, signal, onRequest: tracker.onRequest });
      const context: SyncContext = { db, sourceId, sfn: clients.sfn, requester, tracker, signal, machines: new Map(), revisionIds: new Map(), writer: createExecutionWriter(db) };
      const concurrency = options.concurrency ?? (source.kind === 'LOCAL' ? LOCAL_CONCURRENCY : AWS_CONCURRENCY);

      tracker.setStep('Listing state machines', 0);
      const machines = await syncStateMachines(context, (fraction) => tracker.setProgress(0.05 * fraction));
      const points = new Map((await listSourceStateMachines(db, sourceId)).map((machine) => [machine.id, machine.syncedUntil]));
      const refreshed = new Set<string>();
      const standard = machines.filter((machine) => machine.type === 'STANDARD');
      for (const [index, machine] of standard.entries()) {
        const base = 0.05 + (0.75 * index) / standard.length;
        tracker.setStep(`Executions of ${machine.name}`, base);
        const result = await syncMachineExecutions(context, machine, {
          syncedUntil: points.get(machine.stateMachineId) ?? null,
          concurrency,
          refreshed,
          onProgress: (fraction) => tracker.setProgress(base + (0.75 * fraction) / standard.length),
          onPage: (listedDownTo) => (checkpoint[machine.arn] = { listedDownTo: listedDownTo.toISOString() }),
        });
        checkpoint[machine.arn] = { ...checkpoint[machine.arn], done: result.ok };
      }

      tracker.setStep('Re-reading running executions', 0.8);
      await syncOpenExecutions(context, { refreshed, concurrency, onProgress: (fraction) => tracker.setProgress(0.8 + 0.1 * fraction) });

      const express = machines.filter((machine) => machine.type === 'EXPRESS');
      if (express.length > 0) {
        tracker.setStep('Express executions from CloudWatch Logs', 0.9);
        await syncExpressExecutions(context, { source, logs: clients.logs, machines: express, clock });
      }
      tracker.setStep('CloudWatch metrics', 0.95);
      await syncCloudWatchMetrics(context, { source, cloudWatch: clients.cloudWatch, machines, clock });

      if (tracker.errorCount > 0) status = tracker.counts.executionsSeen + tracker.counts.stateMachinesSeen > 0 ? 'PARTIAL' : 'FAILED';
    } catch (error) {
      if (controller.signal.aborted) {
        status = 'INTERRUPTED';
        const reason = controller.signal.reason;
        finalError = leaseLost
          ? 'Stopped: another sync took over this source.'
          : `Stopped before it finished${reason instanceof Error && reason.name !== 'AbortError' ? ` (${reason.message})` : ''}; the next sync covers what it missed.`;
      } else {
        status = 'FAILED';
        finalError = describeAwsError(error);
      }
    }
    await tracker.finish(status, finalError, new Date(clock.now()), checkpoint);
    const progress = tracker.snapshot();
    return { status, runId: run.id, progress, error: [finalError, ...progress.errors].filter(Boolean).join('\n') || null };
  } finally {
    clearInterval(renewal);
    options.signal?.removeEventListener('abort', forwardAbort);
    if (!leaseLost) await releaseSyncLease(db, sourceId, owner).catch(() => undefined);
  }
}
