import { ListExecutionsCommand } from '@aws-sdk/client-sfn';
import { findExecutionSyncStates, findNewestExecutionRevision, hasRedrivableExecutions, updateStateMachineSyncPoint, type ExecutionSyncState } from '@/lib/db';
import { describeAwsError, getAwsErrorName } from './aws-error';
import { findExecutionRevisions } from './find-execution-revisions';
import { forEachConcurrent } from './for-each-concurrent';
import { refreshExecution } from './refresh-execution';
import { syncMapRunChildren } from './sync-map-run-children';
import { sdkExecutionPageSchema } from './sfn-schemas';
import { fetchExecutionDefinitionHash, type SyncContext } from './sync-context';
import type { SyncedStateMachine } from './sync-state-machines';
import type { ExecutionListing } from './to-execution-record';

/** ListExecutions' largest page (api-protocol.md §3). */
const EXECUTION_PAGE_SIZE = 1_000;
/**
 * Listings can lag a little behind new executions, so each sync lists a minute further back than the newest
 * start it stored; executions in the overlap are already stored and cost no further request.
 */
export const LISTING_OVERLAP_MS = 60_000;

export type MachineSyncOptions = {
  syncedUntil: Date | null;
  /** Executions read at once. */
  concurrency: number;
  /** ARNs read already in this run (skipped), and where this run adds those it reads. */
  refreshed: Set<string>;
  /** Fraction of this machine's work done, for the progress bar. */
  onProgress?: (fraction: number) => void;
  /** Called after each listed page, with the oldest start it covered (for the run's checkpoint). */
  onPage?: (listedDownTo: Date) => void;
};

/**
 * Brings one Standard machine's executions up to date: lists them newest first down to the point the last
 * complete sync reached, reads the ones that are new or changed, and only then moves that point forward.
 * A sync stopped midway leaves the point where it was, so the next one lists the same window again and
 * skips what it already stored: no gaps and, with idempotent writes, no duplicates.
 */
export async function syncMachineExecutions(context: SyncContext, machine: SyncedStateMachine, options: MachineSyncOptions): Promise<{ ok: boolean }> {
  const floor = options.syncedUntil ? new Date(options.syncedUntil.getTime() - LISTING_OVERLAP_MS) : null;
  const anchor = await findNewestExecutionRevision(context.db, machine.stateMachineId);
  const errorsBefore = context.tracker.errorCount;
  let newest: Date | null = null;
  let newerHash = machine.currentHash;
  let nextToken: string | undefined;
  let reachedFloor = false;
  let listedCount = 0;
  let doneCount = 0;

  do {
    let page;
    try {
      const input = { stateMachineArn: machine.arn, maxResults: EXECUTION_PAGE_SIZE, nextToken };
      page = sdkExecutionPageSchema.parse(
        await context.requester.send('ListExecutions', (abortSignal) => context.sfn.send(new ListExecutionsCommand(input), { abortSignal })),
      );
    } catch (error) {
      if (context.signal?.aborted) throw error;
      context.tracker.error(`ListExecutions ${getAwsErrorName(error)}`, `Could not list executions of ${machine.name}: ${describeAwsError(error)}`);
      return { ok: false };
    }
    nextToken = page.nextToken;
    const listed: ExecutionListing[] = [];
    for (const item of page.executions) {
      if (floor && item.startDate < floor) {
        reachedFloor = true;
        break;
      }
      listed.push(item);
    }
    if (listed.length === 0) break;
    newest ??= listed[0].startDate;
    listedCount += listed.length;
    context.tracker.add({ executionsSeen: listed.length });

    const stored = await findExecutionSyncStates(context.db, listed.map((item) => item.executionArn));
    const toRead = listed.filter((item) => !options.refreshed.has(item.executionArn) && needsRead(item, stored.get(item.executionArn)));
    const toReadArns = new Set(toRead.map((item) => item.executionArn));

    // Which definition each new execution ran: bounded by the machine's current definition (newer side) and
    // the newest stored execution's (older side, when it is older than this whole page).
    const oldest = listed[listed.length - 1];
    const olderHash = anchor && anchor.startDate <= oldest.startDate ? anchor.definitionHash : null;
    const candidates = listed
      .map((item) => {
        const state = stored.get(item.executionArn);
        return { arn: item.executionArn, knownHash: state?.definitionHash ?? null, needsRevision: toReadArns.has(item.executionArn) && !state?.revisionId };
      })
      .filter((candidate) => candidate.needsRevision || candidate.knownHash);
    const hashes = await findExecutionRevisions(candidates, { newerHash, olderHash }, (arn) => fetchExecutionDefinitionHash(context, machine.arn, arn));
    newerHash = hashes.get(oldest.executionArn) ?? stored.get(oldest.executionArn)?.definitionHash ?? null;

    const writes: Promise<void>[] = [];
    const fail = (item: ExecutionListing, error: unknown) =>
      context.tracker.error(`GetExecutionHistory ${getAwsErrorName(error)}`, `Could not read execution ${item.name} of ${machine.name}: ${describeAwsError(error)}`);
    await forEachConcurrent(
      toRead,
      options.concurrency,
      async (item) => {
        const state = stored.get(item.executionArn) ?? null;
        try {
          const { saved } = await refreshExecution(context, { executionArn: item.executionArn, listing: item, stored: state, definitionHash: hashes.get(item.executionArn) ?? null });
          options.refreshed.add(item.executionArn);
          writes.push(
            saved.then(
              (result) => context.tracker.add({ executionsWritten: result.status === 'unchanged' ? 0 : 1, eventsWritten: result.eventsWritten }),
              (error: unknown) => fail(item, error),
            ),
          );
        } catch (error) {
          if (context.signal?.aborted) throw error;
          fail(item, error);
        }
        doneCount++;
        options.onProgress?.(doneCount / Math.max(listedCount, 1));
      },
      context.signal,
    ).finally(() => context.writer.flush());
    await Promise.all(writes);
    // Distributed Map children are listed by Map Run; a page's are synced before the point may move past it.
    await syncMapRunChildren(context, { parents: new Set(listed.map((item) => item.executionArn)), refreshed: options.refreshed, concurrency: options.concurrency });
    doneCount += listed.length - toRead.length;
    options.onProgress?.(doneCount / Math.max(listedCount, 1));
    options.onPage?.(oldest.startDate);
  } while (nextToken && !reachedFloor);
  // Only a failed, timed-out or aborted execution stopped in the last 14 days can have been redriven: a machine
  // with none stored older than the floor costs no request (ListExecutions has a small bucket, quotas.md §4).
  if (floor && (await hasRedrivableExecutions(context.db, machine.stateMachineId, { startedBefore: floor, now: new Date() }))) {
    await syncRedrivenExecutions(context, machine, floor, options);
  }

  const ok = context.tracker.errorCount === errorsBefore;
  // Only a complete pass may move the point: a failed read is listed again next time.
  await updateStateMachineSyncPoint(context.db, machine.stateMachineId, { syncedUntil: ok ? newest : null, lastSyncedAt: new Date() });
  return { ok };
}

/** Pages of redriven executions looked through per sync: AWS redrives only within 14 days of the stop, so they are few. */
const MAX_REDRIVEN_PAGES = 10;

/**
 * Executions redriven outside Statescope (the console, the CLI) keep their start date, so the newest-first
 * listing stops before the older ones. Redriven executions are listed apart, and a stored one older than the
 * listing's floor is read again when its redrive count or status moved.
 */
async function syncRedrivenExecutions(context: SyncContext, machine: SyncedStateMachine, floor: Date, options: MachineSyncOptions): Promise<void> {
  let nextToken: string | undefined;
  let pages = 0;
  do {
    let page;
    try {
      const input = { stateMachineArn: machine.arn, maxResults: EXECUTION_PAGE_SIZE, redriveFilter: 'REDRIVEN' as const, nextToken };
      page = sdkExecutionPageSchema.parse(
        await context.requester.send('ListExecutions', (abortSignal) => context.sfn.send(new ListExecutionsCommand(input), { abortSignal })),
      );
    } catch (error) {
      if (context.signal?.aborted) throw error;
      context.tracker.error(`ListExecutions ${getAwsErrorName(error)}`, `Could not list redriven executions of ${machine.name}: ${describeAwsError(error)}`);
      return;
    }
    nextToken = page.nextToken;
    const older = page.executions.filter((item) => item.startDate < floor && !options.refreshed.has(item.executionArn));
    if (older.length === 0) continue;
    const stored = await findExecutionSyncStates(context.db, older.map((item) => item.executionArn));
    const toRead = older.filter((item) => {
      const state = stored.get(item.executionArn);
      return state !== undefined && needsRead(item, state);
    });
    const writes: Promise<void>[] = [];
    await forEachConcurrent(
      toRead,
      options.concurrency,
      async (item) => {
        const state = stored.get(item.executionArn) ?? null;
        const fail = (error: unknown) =>
          context.tracker.error(`GetExecutionHistory ${getAwsErrorName(error)}`, `Could not read redriven execution ${item.name} of ${machine.name}: ${describeAwsError(error)}`);
        try {
          const { saved } = await refreshExecution(context, { executionArn: item.executionArn, listing: item, stored: state, definitionHash: state?.definitionHash ?? null });
          options.refreshed.add(item.executionArn);
          context.tracker.add({ executionsSeen: 1 });
          writes.push(saved.then((result) => context.tracker.add({ executionsWritten: result.status === 'unchanged' ? 0 : 1, eventsWritten: result.eventsWritten }), fail));
        } catch (error) {
          if (context.signal?.aborted) throw error;
          fail(error);
        }
      },
      context.signal,
    ).finally(() => context.writer.flush());
    await Promise.all(writes);
  } while (nextToken && ++pages < MAX_REDRIVEN_PAGES);
}

/** A stored, closed execution that the listing shows unchanged needs no request. */
function needsRead(item: ExecutionListing, state: ExecutionSyncState | undefined): boolean {
  if (!state) return true;
  if (state.status === 'RUNNING' || state.status === 'PENDING_REDRIVE' || !state.historyComplete) return true;
  return (
    state.status !== item.status ||
    (state.stopDate?.getTime() ?? null) !== (item.stopDate?.getTime() ?? null) ||
    state.redriveCount !== (item.redriveCount ?? 0)
  );
}
