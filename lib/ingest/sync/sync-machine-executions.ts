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
    const page = await listExecutionPage(context, machine, { nextToken });
    if (!page) return { ok: false };
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

    await readExecutions(context, toRead, {
      concurrency: options.concurrency,
      refreshed: options.refreshed,
      stored,
      definitionHash: (item) => hashes.get(item.executionArn) ?? null,
      failure: (item) => `Could not read execution ${item.name} of ${machine.name}`,
      afterEach: () => {
        doneCount++;
        options.onProgress?.(doneCount / Math.max(listedCount, 1));
      },
    });
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
    const page = await listExecutionPage(context, machine, { nextToken, redriveFilter: 'REDRIVEN' });
    if (!page) return;
    nextToken = page.nextToken;
    const older = page.executions.filter((item) => item.startDate < floor && !options.refreshed.has(item.executionArn));
    if (older.length === 0) continue;
    const stored = await findExecutionSyncStates(context.db, older.map((item) => item.executionArn));
    const toRead = older.filter((item) => {
      const state = stored.get(item.executionArn);
      return state !== undefined && needsRead(item, state);
    });
    await readExecutions(context, toRead, {
      concurrency: options.concurrency,
      refreshed: options.refreshed,
      stored,
      definitionHash: (item) => stored.get(item.executionArn)?.definitionHash ?? null,
      failure: (item) => `Could not read redriven execution ${item.name} of ${machine.name}`,
      afterEach: (read) => {
        if (read) context.tracker.add({ executionsSeen: 1 });
      },
    });
  } while (nextToken && ++pages < MAX_REDRIVEN_PAGES);
}

type ExecutionPage = { executions: ExecutionListing[]; nextToken?: string };

/** One ListExecutions page of the machine, or undefined once the run records why it could not be listed. */
async function listExecutionPage(
  context: SyncContext,
  machine: SyncedStateMachine,
  page: { nextToken: string | undefined; redriveFilter?: 'REDRIVEN' },
): Promise<ExecutionPage | undefined> {
  try {
    const input = { stateMachineArn: machine.arn, maxResults: EXECUTION_PAGE_SIZE, ...page };
    return sdkExecutionPageSchema.parse(
      await context.requester.send('ListExecutions', (abortSignal) => context.sfn.send(new ListExecutionsCommand(input), { abortSignal })),
    );
  } catch (error) {
    if (context.signal?.aborted) throw error;
    const what = page.redriveFilter ? 'redriven executions' : 'executions';
    context.tracker.error(`ListExecutions ${getAwsErrorName(error)}`, `Could not list ${what} of ${machine.name}: ${describeAwsError(error)}`);
    return undefined;
  }
}

/**
 * Reads listed executions (histories, and descriptions where needed) a few at a time and waits for their
 * writes; a failed read is recorded on the run with `failure(item)` and the others go on.
 */
async function readExecutions(
  context: SyncContext,
  items: readonly ExecutionListing[],
  options: {
    concurrency: number;
    refreshed: Set<string>;
    stored: ReadonlyMap<string, ExecutionSyncState>;
    definitionHash: (item: ExecutionListing) => string | null;
    failure: (item: ExecutionListing) => string;
    /** After each item, with whether it was read. */
    afterEach: (read: boolean) => void;
  },
): Promise<void> {
  const writes: Promise<void>[] = [];
  const fail = (item: ExecutionListing, error: unknown) =>
    context.tracker.error(`GetExecutionHistory ${getAwsErrorName(error)}`, `${options.failure(item)}: ${describeAwsError(error)}`);
  await forEachConcurrent(
    items,
    options.concurrency,
    async (item) => {
      let read = false;
      try {
        const stored = options.stored.get(item.executionArn) ?? null;
        const { saved } = await refreshExecution(context, { executionArn: item.executionArn, listing: item, stored, definitionHash: options.definitionHash(item) });
        options.refreshed.add(item.executionArn);
        read = true;
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
      options.afterEach(read);
    },
    context.signal,
  ).finally(() => context.writer.flush());
  await Promise.all(writes);
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
