import { listOpenExecutions } from '@/lib/db';
import { describeAwsError, getAwsErrorName } from './aws-error';
import { forEachConcurrent } from './for-each-concurrent';
import { refreshExecution } from './refresh-execution';
import { syncMapRunChildren } from './sync-map-run-children';
import type { SyncContext } from './sync-context';

/**
 * Re-reads every Standard execution still open in our database that the listings did not cover (they
 * started before the incremental window): new events only, one or two requests each.
 */
export async function syncOpenExecutions(
  context: SyncContext,
  options: { refreshed: Set<string>; concurrency: number; onProgress?: (fraction: number) => void },
): Promise<void> {
  const open = (await listOpenExecutions(context.db, context.sourceId, 'STANDARD')).filter((execution) => !options.refreshed.has(execution.arn));
  let done = 0;
  const writes: Promise<void>[] = [];
  const fail = (executionArn: string, error: unknown) => {
    if (getAwsErrorName(error) === 'ExecutionDoesNotExist') {
      context.tracker.note('Some executions stored as running no longer exist at the source (past retention, or a local engine that restarted); they keep their last stored state.');
    } else {
      context.tracker.error(`GetExecutionHistory ${getAwsErrorName(error)}`, `Could not re-read running execution ${executionArn}: ${describeAwsError(error)}`);
    }
  };
  await forEachConcurrent(
    open,
    options.concurrency,
    async (item) => {
      try {
        const { saved } = await refreshExecution(context, { executionArn: item.arn, stored: item });
        options.refreshed.add(item.arn);
        writes.push(
          saved.then(
            (result) => context.tracker.add({ executionsSeen: 1, executionsWritten: result.status === 'unchanged' ? 0 : 1, eventsWritten: result.eventsWritten }),
            (error: unknown) => fail(item.arn, error),
          ),
        );
      } catch (error) {
        if (context.signal?.aborted) throw error;
        fail(item.arn, error);
      }
      options.onProgress?.(++done / open.length);
    },
    context.signal,
  ).finally(() => context.writer.flush());
  await Promise.all(writes);
  await syncMapRunChildren(context, { parents: new Set(open.map((item) => item.arn)), refreshed: options.refreshed, concurrency: options.concurrency });
}
