import { ListExecutionsCommand } from '@aws-sdk/client-sfn';
import { findExecutionSyncStates, listMapRunArns } from '@/lib/db';
import { parseExecutionArn } from '@/lib/model';
import { describeAwsError, getAwsErrorName } from './aws-error';
import { forEachConcurrent } from './for-each-concurrent';
import { refreshExecution } from './refresh-execution';
import { sdkExecutionPageSchema } from './sfn-schemas';
import { fetchExecutionDefinitionHash, type SyncContext } from './sync-context';
import type { ExecutionListing } from './to-execution-record';

/** ListExecutions' largest page (api-protocol.md §3). */
const EXECUTION_PAGE_SIZE = 1_000;

/**
 * The child executions of Distributed Map Runs started by executions this sync read (they are listed by
 * Map Run, not by state machine): new and changed children are read like any execution, under the Map Run's
 * labelled state machine (`<machine>/<label>`, history-events.md). Express children have no history API.
 */
export async function syncMapRunChildren(context: SyncContext, options: { parents: ReadonlySet<string>; refreshed: Set<string>; concurrency: number }): Promise<void> {
  const runs = await listMapRunArns(context.db, [...options.parents]);
  let expressChildren = 0;
  for (const { mapRunArn } of runs) {
    context.signal?.throwIfAborted();
    const listed: ExecutionListing[] = [];
    try {
      let nextToken: string | undefined;
      do {
        const input = { mapRunArn, maxResults: EXECUTION_PAGE_SIZE, nextToken };
        const page = sdkExecutionPageSchema.parse(
          await context.requester.send('ListExecutions', (abortSignal) => context.sfn.send(new ListExecutionsCommand(input), { abortSignal })),
        );
        listed.push(...page.executions);
        nextToken = page.nextToken;
      } while (nextToken);
    } catch (error) {
      if (context.signal?.aborted) throw error;
      context.tracker.error(`ListExecutions(mapRun) ${getAwsErrorName(error)}`, `Could not list the child executions of Map Run ${mapRunArn}: ${describeAwsError(error)}`);
      continue;
    }
    const standard = listed.filter((item) => !parseExecutionArn(item.executionArn)?.isExpress);
    expressChildren += listed.length - standard.length;
    context.tracker.add({ executionsSeen: standard.length });
    const stored = await findExecutionSyncStates(context.db, standard.map((item) => item.executionArn));
    const toRead = standard.filter((item) => !options.refreshed.has(item.executionArn) && needsRead(item, stored.get(item.executionArn)));
    if (toRead.length === 0) continue;
    // Every child of one Map Run runs the same ItemProcessor: one lookup names the definition for all.
    const known = [...stored.values()].find((state) => state.definitionHash)?.definitionHash ?? null;
    const definitionHash = known ?? (await fetchExecutionDefinitionHash(context, toRead[0].stateMachineArn, toRead[0].executionArn));

    const writes: Promise<void>[] = [];
    const fail = (item: ExecutionListing, error: unknown) =>
      context.tracker.error(`GetExecutionHistory ${getAwsErrorName(error)}`, `Could not read Map Run child ${item.name}: ${describeAwsError(error)}`);
    await forEachConcurrent(
      toRead,
      options.concurrency,
      async (item) => {
        try {
          const { saved } = await refreshExecution(context, { executionArn: item.executionArn, listing: item, stored: stored.get(item.executionArn) ?? null, definitionHash });
          options.refreshed.add(item.executionArn);
          writes.push(saved.then((result) => context.tracker.add({ executionsWritten: result.status === 'unchanged' ? 0 : 1, eventsWritten: result.eventsWritten }), (error: unknown) => fail(item, error)));
        } catch (error) {
          if (context.signal?.aborted) throw error;
          fail(item, error);
        }
      },
      context.signal,
    ).finally(() => context.writer.flush());
    await Promise.all(writes);
  }
  if (expressChildren > 0) context.tracker.note(`${expressChildren} Express child execution(s) of Distributed Map Runs have no history API and were not read.`);
}

function needsRead(item: ExecutionListing, state: { status: string; stopDate: Date | null; historyComplete: boolean } | undefined): boolean {
  if (!state) return true;
  if (state.status === 'RUNNING' || state.status === 'PENDING_REDRIVE' || !state.historyComplete) return true;
  return state.status !== item.status || (state.stopDate?.getTime() ?? null) !== (item.stopDate?.getTime() ?? null);
}
