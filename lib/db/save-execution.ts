import { getStateTransitionCount, type ExecutionRecord, type HistoryEvent } from '@/lib/model';
import type { Db } from './client';

export type SaveExecutionResult = { status: 'created' | 'updated' | 'unchanged'; eventCount: number };

/** SQLite allows 32,766 bound variables per statement; 6 columns × 2,000 rows stays well under it. */
const EVENT_BATCH_SIZE = 2_000;
/** A 25,000-event history is written in one transaction; give it room on slow disks. */
const TRANSACTION_TIMEOUT_MS = 120_000;

/**
 * Stores an execution and its history in one transaction: all of it or nothing. Histories only grow, so
 * events already stored are kept and only newer ones are added; saving the same record again writes nothing.
 */
export async function saveExecution(
  db: Db,
  target: { sourceId: number; stateMachineId: number; revisionId: number | null },
  record: ExecutionRecord,
): Promise<SaveExecutionResult> {
  const existing = await db.execution.findUnique({
    where: { arn: record.arn },
    select: { id: true, status: true, stopDate: true, redriveCount: true, eventCount: true, redriveStatus: true, stateTransitions: true },
  });
  const lastEventId = record.events.at(-1)?.id ?? 0;
  if (
    existing &&
    existing.eventCount >= lastEventId &&
    existing.status === record.status &&
    existing.redriveCount === record.redriveCount &&
    existing.stopDate?.getTime() === record.stopDate?.getTime() &&
    (record.redriveStatus === null || existing.redriveStatus === record.redriveStatus) &&
    // A row stored before transitions were counted gets its count from a complete history.
    (existing.stateTransitions !== null || !isContiguousFrom(record.events, 1))
  ) {
    return { status: 'unchanged', eventCount: existing.eventCount };
  }

  const newEvents = record.events.filter((event) => (event.id ?? 0) > (existing?.eventCount ?? 0));
  const stateTransitions = await countStateTransitions(db, existing, record.events, newEvents);
  const columns = {
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
    eventCount: Math.max(lastEventId, existing?.eventCount ?? 0),
    lastEventAt: record.events.at(-1)?.timestamp ?? null,
    historyComplete: record.historyComplete,
    stateTransitions,
    lastSyncedAt: new Date(),
    ...(target.revisionId !== null ? { revisionId: target.revisionId } : {}),
  };

  return db.$transaction(
    async (tx) => {
      const execution = existing
        ? await tx.execution.update({ where: { id: existing.id }, data: columns, select: { id: true } })
        : await tx.execution.create({ data: { arn: record.arn, ...columns }, select: { id: true } });
      for (let start = 0; start < newEvents.length; start += EVENT_BATCH_SIZE) {
        await tx.historyEvent.createMany({
          data: newEvents.slice(start, start + EVENT_BATCH_SIZE).map((event) => toEventRow(execution.id, event)),
        });
      }
      return { status: existing ? ('updated' as const) : ('created' as const), eventCount: columns.eventCount };
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: TRANSACTION_TIMEOUT_MS },
  );
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

/** Events numbered first, first + 1, … without a gap (AWS numbers a history 1..n). */
function isContiguousFrom(events: readonly HistoryEvent[], first: number): boolean {
  return events.length > 0 && events.every((event, index) => event.id === first + index);
}

function toEventRow(executionId: number, event: HistoryEvent) {
  const { id, previousEventId, type, timestamp, ...details } = event;
  return {
    executionId,
    eventId: id ?? 0,
    previousEventId: previousEventId ?? null,
    type,
    timestamp,
    stateName: event.stateEnteredEventDetails?.name ?? event.stateExitedEventDetails?.name ?? null,
    details: details as object,
  };
}
