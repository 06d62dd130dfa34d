import { DescribeExecutionCommand } from '@aws-sdk/client-sfn';
import { findExecutionRecord, type ExecutionSyncState } from '@/lib/db';
import type { ExecutionRecord } from '@/lib/model';
import { fetchExecutionHistory } from './fetch-execution-history';
import { sdkExecutionDescriptionSchema } from './sfn-schemas';
import { ensureMachine, revisionKey, type SyncContext } from './sync-context';
import { hasOutcomeEvent, isContiguousFrom, toExecutionRecord, type ExecutionDescription, type ExecutionListing } from './to-execution-record';

export type RefreshExecutionInput = {
  executionArn: string;
  /** From ListExecutions; without it the execution is described first. */
  listing?: ExecutionListing;
  /** What is stored already (null: nothing). */
  stored: ExecutionSyncState | null;
  /** The definition it ran, when the sync found out. */
  definitionHash?: string | null;
  /** Describe it even when listed (a targeted re-read wants every field fresh). */
  describe?: boolean;
};

export type RefreshExecutionResult = { status: 'created' | 'updated' | 'unchanged'; executionStatus: string; eventsWritten: number };

/**
 * Reads one execution from the source and queues it on the context's writer: its whole history when new,
 * only the events after the stored ones otherwise. Closed-with-error executions are described too, for
 * redrive status and reason. Resolves once the read is done, with a promise of the write.
 */
export async function refreshExecution(context: SyncContext, input: RefreshExecutionInput): Promise<{ saved: Promise<RefreshExecutionResult> }> {
  const read = await readExecution(context, input);
  if (read.kind === 'unchanged') return { saved: Promise.resolve({ status: 'unchanged', executionStatus: read.executionStatus, eventsWritten: 0 }) };
  const { saved } = await context.writer.add(read.target, read.record);
  const storedCount = input.stored?.eventCount ?? 0;
  return {
    saved: saved.then((result) => ({
      status: result.status,
      executionStatus: read.record.status,
      eventsWritten: result.status === 'unchanged' ? 0 : read.record.events.filter((event) => (event.id ?? 0) > storedCount).length,
    })),
  };
}

type ReadExecutionResult =
  | { kind: 'unchanged'; executionStatus: string }
  | { kind: 'record'; record: ExecutionRecord; target: { sourceId: number; stateMachineId: number; revisionId: number | null } };

async function readExecution(context: SyncContext, input: RefreshExecutionInput): Promise<ReadExecutionResult> {
  const { executionArn, stored } = input;
  // Only the tail of a complete stored history is read again.
  const afterEventId = stored && stored.eventCount > 0 && stored.historyComplete ? stored.eventCount : 0;
  let description: ExecutionDescription | null = null;
  if (input.describe || (!input.listing && afterEventId === 0)) description = await describeExecution(context, executionArn);
  const listing = description ?? input.listing;
  const events = await fetchExecutionHistory(context.requester, context.sfn, executionArn, afterEventId);

  let record: ExecutionRecord;
  if (afterEventId === 0) {
    if (!listing) throw new Error(`Nothing describes ${executionArn}`);
    record = toExecutionRecord(listing, events);
  } else if (events.length === 0 && !description) {
    return { kind: 'unchanged', executionStatus: stored?.status ?? listing?.status ?? 'RUNNING' };
  } else if (hasOutcomeEvent(events) || description) {
    // The outcome (failed state, output) may depend on events stored earlier.
    const storedRecord = await findExecutionRecord(context.db, executionArn, { withEvents: true });
    if (!storedRecord) throw new Error(`${executionArn} vanished from the database during the sync`);
    record = toExecutionRecord({ ...toListing(storedRecord), ...listing }, [...storedRecord.events, ...events]);
  } else {
    const storedRecord = await findExecutionRecord(context.db, executionArn);
    if (!storedRecord) throw new Error(`${executionArn} vanished from the database during the sync`);
    record = { ...storedRecord, events, historyComplete: storedRecord.historyComplete && isContiguousFrom(events, afterEventId + 1) };
  }

  if (!description && (record.status === 'FAILED' || record.status === 'TIMED_OUT' || record.status === 'ABORTED')) {
    const fresh = await describeExecution(context, executionArn);
    record = { ...record, redriveStatus: fresh.redriveStatus ?? null, redriveStatusReason: fresh.redriveStatusReason ?? null, error: record.error ?? fresh.error ?? null, cause: record.cause ?? fresh.cause ?? null };
  }

  const stateMachineId = await ensureMachine(context, record.stateMachineArn, executionArn);
  const revisionId = input.definitionHash ? (context.revisionIds.get(revisionKey(record.stateMachineArn, input.definitionHash)) ?? null) : null;
  return { kind: 'record', record, target: { sourceId: context.sourceId, stateMachineId, revisionId } };
}

async function describeExecution(context: SyncContext, executionArn: string): Promise<ExecutionDescription> {
  const out = await context.requester.send('DescribeExecution', (abortSignal) =>
    context.sfn.send(new DescribeExecutionCommand({ executionArn }), { abortSignal }),
  );
  return sdkExecutionDescriptionSchema.parse(out);
}

function toListing(record: ExecutionRecord): ExecutionListing {
  return {
    executionArn: record.arn,
    stateMachineArn: record.stateMachineArn,
    name: record.name,
    status: record.status,
    startDate: record.startDate,
    stopDate: record.stopDate,
    mapRunArn: record.mapRunArn,
    redriveCount: record.redriveCount,
    redriveDate: record.redriveDate,
  };
}
