import { getStateTransitionCount, type ExecutionRecord, type HistoryEvent } from '@/lib/model';
import type { Db } from './client';
import { getDbProvider, insertHistoryEvents } from './insert-history-events';

export type SaveExecutionResult = { status: 'created' | 'updated' | 'unchanged'; eventCount: number };
export type SaveExecutionTarget = { sourceId: number; stateMachineId: number; revisionId: number | null };
export type SaveExecutionOptions = {
  /**
   * An import (a file someone handed in) may add executions and events, never take one from a source that
   * syncs it (AWS, a local engine): that source stays the truth for it.
   */
  importing?: boolean;
};

/** Source kinds whose executions come from a sync; only IMPORT is changed by imports. */
const SYNCED_SOURCE_KINDS = new Set(['AWS', 'LOCAL']);

/** A 25,000-event history is written in one transaction; give it room on slow disks. */
const TRANSACTION_TIMEOUT_MS = 120_000;

const EXISTING_SELECT = {
  id: true,
  arn: true,
  status: true,
  stopDate: true,
  redriveCount: true,
  eventCount: true,
  redriveStatus: true,
  stateTransitions: true,
  historyComplete: true,
  missingEvents: true,
  source: { select: { kind: true, name: true } },
} as const;
type Existing = {
  id: number;
  arn: string;
  status: string;
  stopDate: Date | null;
  redriveCount: number;
  eventCount: number;
  redriveStatus: string | null;
  stateTransitions: number | null;
  historyComplete: boolean;
  missingEvents: string | null;
  source: { kind: string; name: string };
};

/**
 * Stores an execution and its history in one transaction: all of it or nothing. Histories only grow, so
 * events already stored are kept and only newer ones are added; saving the same record again writes nothing.
 */
export async function saveExecution(db: Db, target: SaveExecutionTarget, record: ExecutionRecord, options: SaveExecutionOptions = {}): Promise<SaveExecutionResult> {
  const [result] = await saveExecutions(db, [{ target, record }], options);
  return result;
}

/**
 * saveExecution for many executions at once (a sync's page): one lookup and one transaction for all, so
 * they are stored together or not at all. Each record's ARN appears once.
 */
export async function saveExecutions(
  db: Db,
  items: readonly { target: SaveExecutionTarget; record: ExecutionRecord }[],
  options: SaveExecutionOptions = {},
): Promise<SaveExecutionResult[]> {
  const existingByArn = new Map<string, Existing>();
  const arns = items.map((item) => item.record.arn);
  for (let start = 0; start < arns.length; start += 1_000) {
    const rows = await db.execution.findMany({ where: { arn: { in: arns.slice(start, start + 1_000) } }, select: EXISTING_SELECT });
    for (const row of rows) existingByArn.set(row.arn, row);
  }

  const results: SaveExecutionResult[] = [];
  const writes: { index: number; existing: Existing | null; arn: string; columns: ReturnType<typeof toColumns>; newEvents: HistoryEvent[] }[] = [];
  for (const [index, { target, record }] of items.entries()) {
    const existing = existingByArn.get(record.arn) ?? null;
    if (existing && options.importing && SYNCED_SOURCE_KINDS.has(existing.source.kind)) {
      throw new Error(`${record.arn} belongs to the synced source "${existing.source.name}" (${existing.source.kind}): an import may not change it`);
    }
    if (existing && isUnchanged(existing, record)) {
      results[index] = { status: 'unchanged', eventCount: existing.eventCount };
      continue;
    }
    // Stored events are never rewritten: only ids not stored yet are added (a gap filled, or newer events).
    const storedIds = existing && !existing.historyComplete ? await listStoredEventIds(db, existing.id, record.events) : null;
    const newEvents = record.events.filter((event) => (event.id ?? 0) > (existing?.eventCount ?? 0) || (storedIds !== null && !storedIds.has(event.id ?? 0)));
    // A page that said more events follow cannot be counted whole, however contiguous it is.
    const stateTransitions = record.missingEvents?.length ? null : await countStateTransitions(db, existing, record.events, newEvents);
    writes.push({ index, existing, arn: record.arn, columns: toColumns(target, record, existing, stateTransitions), newEvents });
  }
  if (writes.length === 0) return results;

  const provider = getDbProvider(db);
  await db.$transaction(
    async (tx) => {
      const created = writes.filter((write) => !write.existing);
      const createdIds = new Map<string, number>();
      if (created.length > 0) {
        const rows = await tx.execution.createManyAndReturn({ data: created.map((write) => ({ arn: write.arn, ...write.columns })), select: { id: true, arn: true } });
        for (const row of rows) createdIds.set(row.arn, row.id);
      }
      const events: { executionId: number; event: HistoryEvent }[] = [];
      for (const write of writes) {
        let executionId = createdIds.get(write.arn);
        if (write.existing) {
          await tx.execution.update({ where: { id: write.existing.id }, data: write.columns, select: { id: true } });
          executionId = write.existing.id;
        }
        if (executionId === undefined) throw new Error(`${write.arn} was not created`);
        for (const event of write.newEvents) events.push({ executionId, event });
        results[write.index] = { status: write.existing ? 'updated' : 'created', eventCount: write.columns.eventCount };
      }
      await insertHistoryEvents(tx, provider, events);
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: TRANSACTION_TIMEOUT_MS },
  );
  return results;
}

function isUnchanged(existing: Existing, record: ExecutionRecord): boolean {
  return (
    existing.eventCount >= (record.events.at(-1)?.id ?? 0) &&
    existing.status === record.status &&
    existing.redriveCount === record.redriveCount &&
    existing.stopDate?.getTime() === record.stopDate?.getTime() &&
    (record.redriveStatus === null || existing.redriveStatus === record.redriveStatus) &&
    // A record that fills part of a gap changes what is missing, without any newer event.
    (existing.historyComplete || !record.historyComplete) &&
    (record.missingEvents === undefined || existing.missingEvents === toMissingEventsColumn(record)) &&
    // A row stored before transitions were counted gets its count from a complete history.
    (existing.stateTransitions !== null || !isContiguousFrom(record.events, 1))
  );
}

function toColumns(target: SaveExecutionTarget, record: ExecutionRecord, existing: Existing | null, stateTransitions: number | null) {
  return {
    name: record.name,
    stateMachineId: target.stateMachineId,
    sourceId: target.sourceId,
    status: record.status,
    startDate: record.startDate,
    stopDate: record.stopDate,
    durationMs: record.stopDate ? record.stopDate.getTime() - record.startDate.getTime() : null,
    input: record.input,
    output: record.output,
    inputBytes: record.input === null ? null : Buffer.byteLength(record.input),
    outputBytes: record.output === null ? null : Buffer.byteLength(record.output),
    error: record.error,
    cause: record.cause,
    failedStateName: record.failedStateName,
    redriveCount: record.redriveCount,
    redriveDate: record.redriveDate,
    redriveStatus: record.redriveStatus,
    redriveStatusReason: record.redriveStatusReason,
    mapRunArn: record.mapRunArn,
    eventCount: Math.max(record.events.at(-1)?.id ?? 0, existing?.eventCount ?? 0),
    lastEventAt: record.events.at(-1)?.timestamp ?? null,
    historyComplete: record.historyComplete,
    missingEvents: toMissingEventsColumn(record),
    stateTransitions,
    lastSyncedAt: new Date(),
    ...(target.revisionId !== null ? { revisionId: target.revisionId } : {}),
  };
}

/**
 * Billed transitions of the stored history (pricing.md §1): counted whole when the record holds every event
 * from 1, else the stored count plus the appended events (their predecessors read back from the database);
 * null when a gap leaves the history incomplete.
 */
async function countStateTransitions(
  db: Db,
  existing: { id: number; eventCount: number; stateTransitions: number | null } | null,
  events: readonly HistoryEvent[],
  newEvents: readonly HistoryEvent[],
): Promise<number | null> {
  // An older, shorter copy of a history stored already counts nothing new.
  if (existing && existing.eventCount > (events.at(-1)?.id ?? 0)) return existing.stateTransitions;
  if (isContiguousFrom(events, 1)) return getStateTransitionCount(events);
  if (!existing) return null;
  if (newEvents.length === 0) return existing.stateTransitions;
  if (existing.stateTransitions === null || !isContiguousFrom(newEvents, existing.eventCount + 1)) return null;
  const newIds = new Set(newEvents.map((event) => event.id));
  const earlierIds = [...new Set(newEvents.map((event) => event.previousEventId ?? 0))].filter((id) => id > 0 && !newIds.has(id));
  const earlier = earlierIds.length
    ? await db.historyEvent.findMany({ where: { executionId: existing.id, eventId: { in: earlierIds } }, select: { eventId: true, type: true } })
    : [];
  const earlierTypes = new Map(earlier.map((row) => [row.eventId, row.type]));
  return existing.stateTransitions + getStateTransitionCount(newEvents, (id) => earlierTypes.get(id));
}

function toMissingEventsColumn(record: ExecutionRecord): string | null {
  return record.historyComplete || !record.missingEvents?.length ? null : JSON.stringify(record.missingEvents);
}

/** Which of the record's ids at or below the stored newest one are stored already (a history with gaps). */
async function listStoredEventIds(db: Db, executionId: number, events: readonly HistoryEvent[]): Promise<Set<number>> {
  const ids = events.map((event) => event.id ?? 0);
  const stored = new Set<number>();
  for (let start = 0; start < ids.length; start += 1_000) {
    const rows = await db.historyEvent.findMany({ where: { executionId, eventId: { in: ids.slice(start, start + 1_000) } }, select: { eventId: true } });
    for (const row of rows) stored.add(row.eventId);
  }
  return stored;
}

/** Events numbered first, first + 1, … without a gap (AWS numbers a history 1..n). */
function isContiguousFrom(events: readonly HistoryEvent[], first: number): boolean {
  return events.length > 0 && events.every((event, index) => event.id === first + index);
}
