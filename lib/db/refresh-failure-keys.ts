import { chunkQueryList } from './chunk-query-list';
import type { Db } from './client';

/** The analysis that decides a failure's group, passed in: lib/db does not import lib/analysis. */
export type FailureKeyDeriver = {
  /** Bumped when the rules change: every stored key is then derived again. */
  rulesVersion: number;
  derive(failure: {
    stateMachineArn: string;
    failedStateName: string | null;
    error: string | null;
    cause: string | null;
    startDate: Date;
    stopDate: Date | null;
  }): { groupKey: string; normalisedCause: string; failedAt: Date; failedHour: number };
};

export type RefreshFailureKeysResult = { examined: number; written: number; deleted: number };

const FAILED_STATUSES = ['FAILED', 'TIMED_OUT', 'ABORTED'];
const WATERMARK_SETTING = 'failures.keysWatermark';
/**
 * Changes are read again from this long before the watermark: an execution's lastSyncedAt is set before its
 * write transaction commits, and saveExecution allows a transaction 120 s, so a late commit is still seen.
 */
const WATERMARK_OVERLAP_MS = 150_000;
const BATCH_SIZE = 2_000;

const running = globalThis as unknown as { statescopeFailureKeyRefresh?: Map<Db, Promise<RefreshFailureKeysResult>> };

/**
 * Brings FailureKey up to date with the executions: derives the group of each failed execution whose
 * lastSyncedAt moved since the last refresh, and drops the rows of executions that are no longer failed.
 * Cheap when nothing changed (an indexed range read of the last few minutes' changes, without payloads);
 * the first run over 100,000 executions reads them all once. Concurrent callers in one process share one refresh.
 */
export function refreshFailureKeys(db: Db, deriver: FailureKeyDeriver): Promise<RefreshFailureKeysResult> {
  const refreshes = (running.statescopeFailureKeyRefresh ??= new Map());
  const current = refreshes.get(db);
  if (current) return current;
  const refresh = runRefresh(db, deriver).finally(() => refreshes.delete(db));
  refreshes.set(db, refresh);
  return refresh;
}

async function runRefresh(db: Db, deriver: FailureKeyDeriver): Promise<RefreshFailureKeysResult> {
  const stored = parseWatermark((await db.setting.findUnique({ where: { key: WATERMARK_SETTING } }))?.value);
  const current = stored !== null && stored.rulesVersion === deriver.rulesVersion;
  if (!current) await db.failureKey.deleteMany({});
  let watermark = current ? stored.at : new Date(0);
  const since = new Date(Math.max(0, watermark.getTime() - WATERMARK_OVERLAP_MS));
  const machineArns = new Map((await db.stateMachine.findMany({ select: { id: true, arn: true } })).map((machine) => [machine.id, machine.arn]));

  const result: RefreshFailureKeysResult = { examined: 0, written: 0, deleted: 0 };
  let cursor: { at: Date; id: number } | null = null;
  for (;;) {
    // Only what decides staleness is read for every changed execution; causes only for the stale ones.
    const changed: { id: number; status: string; lastSyncedAt: Date; failureKey: { syncedAt: Date } | null }[] = await db.execution.findMany({
      where: cursor
        ? { lastSyncedAt: { gte: cursor.at }, OR: [{ lastSyncedAt: { gt: cursor.at } }, { id: { gt: cursor.id } }] }
        : { lastSyncedAt: { gte: since } },
      orderBy: [{ lastSyncedAt: 'asc' }, { id: 'asc' }],
      take: BATCH_SIZE,
      select: { id: true, status: true, lastSyncedAt: true, failureKey: { select: { syncedAt: true } } },
    });
    if (changed.length === 0) break;
    const last = changed[changed.length - 1];
    cursor = { at: last.lastSyncedAt, id: last.id };
    if (last.lastSyncedAt > watermark) watermark = last.lastSyncedAt;
    result.examined += changed.length;

    const stale = changed.filter((row) =>
      FAILED_STATUSES.includes(row.status) ? row.failureKey?.syncedAt.getTime() !== row.lastSyncedAt.getTime() : row.failureKey !== null,
    );
    if (stale.length === 0) continue;
    const failedIds = stale.filter((row) => FAILED_STATUSES.includes(row.status)).map((row) => row.id);
    const rows = failedIds.length
      ? await db.execution.findMany({
          where: { id: { in: failedIds } },
          select: { id: true, status: true, stateMachineId: true, sourceId: true, failedStateName: true, error: true, cause: true, startDate: true, stopDate: true, lastSyncedAt: true },
        })
      : [];
    const newKeys = rows.map((row) => toFailureKeyRow(row, machineArns.get(row.stateMachineId) ?? '', deriver));
    await db.$transaction([
      ...chunkQueryList(stale.map((row) => row.id)).map((ids) => db.failureKey.deleteMany({ where: { executionId: { in: ids } } })),
      ...chunkQueryList(newKeys, { parametersPerItem: Object.keys(newKeys[0] ?? {}).length }).map((data) => db.failureKey.createMany({ data })),
    ]);
    result.written += newKeys.length;
    result.deleted += stale.length - newKeys.length;
  }
  await db.setting.upsert({
    where: { key: WATERMARK_SETTING },
    create: { key: WATERMARK_SETTING, value: { at: watermark.toISOString(), rulesVersion: deriver.rulesVersion } },
    update: { value: { at: watermark.toISOString(), rulesVersion: deriver.rulesVersion } },
  });
  return result;
}

type ChangedRow = {
  id: number;
  status: string;
  stateMachineId: number;
  sourceId: number;
  failedStateName: string | null;
  error: string | null;
  cause: string | null;
  startDate: Date;
  stopDate: Date | null;
  lastSyncedAt: Date;
};

function toFailureKeyRow(row: ChangedRow, stateMachineArn: string, deriver: FailureKeyDeriver) {
  const parts = deriver.derive({
    stateMachineArn,
    failedStateName: row.failedStateName,
    error: row.error,
    cause: row.cause,
    startDate: row.startDate,
    stopDate: row.stopDate,
  });
  return {
    executionId: row.id,
    groupKey: parts.groupKey,
    stateMachineId: row.stateMachineId,
    sourceId: row.sourceId,
    status: row.status,
    failedStateName: row.failedStateName,
    error: row.error,
    normalisedCause: parts.normalisedCause,
    failedAt: parts.failedAt,
    failedHour: parts.failedHour,
    syncedAt: row.lastSyncedAt,
  };
}

function parseWatermark(value: unknown): { at: Date; rulesVersion: number } | null {
  if (typeof value !== 'object' || value === null) return null;
  const { at, rulesVersion } = value as Record<string, unknown>;
  if (typeof at !== 'string' || typeof rulesVersion !== 'number' || Number.isNaN(Date.parse(at))) return null;
  return { at: new Date(at), rulesVersion };
}

