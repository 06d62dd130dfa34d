import { findExecutionSyncStates, findSource, listSourceStateMachines, type Db } from '@/lib/db';
import { isExecutionArn, parseExecutionArn, toStateMachineArn } from '@/lib/model';
import { createSourceClients, type SourceClients } from '../create-source-clients';
import { describeAwsError } from './aws-error';
import { getRateLimits } from './api-rate-limits';
import { createExecutionWriter } from './create-execution-writer';
import { createSyncRequester } from './create-sync-requester';
import { createSyncTracker } from './create-sync-tracker';
import { realSyncClock } from './real-sync-clock';
import { refreshExecution } from './refresh-execution';
import { fetchExecutionDefinitionHash, type SyncContext } from './sync-context';

export type SyncExecutionsOptions = {
  sourceId: number;
  executionArns: readonly string[];
  /** Clients to use instead of the source's own (tests). */
  clients?: SourceClients;
  signal?: AbortSignal;
};

export type SyncedExecution = { arn: string; ok: boolean; status?: string; eventsWritten?: number; message?: string };

/**
 * Reads these executions again, now: description and full history (only the events not stored yet). For
 * after an action changed them (redrive, stop, send-task-*), without waiting for the next sync.
 */
export async function syncExecutions(db: Db, options: SyncExecutionsOptions): Promise<SyncedExecution[]> {
  const source = await findSource(db, options.sourceId);
  if (!source) throw new Error(`No source with id ${options.sourceId}`);
  const clients = options.clients ?? createSourceClients(source, { maxAttempts: 1 });
  const tracker = createSyncTracker(db, null, { now: realSyncClock.now });
  const requester = createSyncRequester({ limits: getRateLimits(source), clock: realSyncClock, random: Math.random, signal: options.signal });
  const machines = new Map((await listSourceStateMachines(db, source.id)).map((machine) => [machine.arn, { stateMachineId: machine.id, type: machine.type }]));
  const writer = createExecutionWriter(db);
  const context: SyncContext = { db, sourceId: source.id, sfn: clients.sfn, requester, tracker, signal: options.signal, machines, revisionIds: new Map(), writer };

  const stored = await findExecutionSyncStates(db, options.executionArns);
  const results: SyncedExecution[] = [];
  for (const arn of options.executionArns) {
    const parts = parseExecutionArn(arn);
    if (!isExecutionArn(arn) || !parts) {
      results.push({ arn, ok: false, message: 'Not an execution ARN.' });
      continue;
    }
    try {
      const state = stored.get(arn) ?? null;
      const definitionHash = state?.definitionHash ?? (await fetchExecutionDefinitionHash(context, toStateMachineArn(parts), arn));
      const { saved } = await refreshExecution(context, { executionArn: arn, stored: state, describe: true, definitionHash });
      await writer.flush();
      const refreshed = await saved;
      results.push({ arn, ok: true, status: refreshed.executionStatus, eventsWritten: refreshed.eventsWritten });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      results.push({ arn, ok: false, message: describeAwsError(error) });
    }
  }
  return results;
}
