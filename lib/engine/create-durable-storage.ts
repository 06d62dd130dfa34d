import type { EngineEventRow, EngineStoreBatch, EngineStoreSnapshot, EngineTaskTokenRow } from '@/lib/model';
import { materialise, type StoredEvent } from './history';
import { Payload } from './payload';
import type { EngineStorage, HistoryLog, StoredExecution, StoredTaskToken, TaskTokenOutcome } from './storage';

export type { EngineEventRow, EngineStoreBatch, EngineStoreSnapshot, EngineTaskTokenRow };

/** A database for the engine, in plain rows (lib/db implements it with Prisma on SQLite and PostgreSQL). */
export type EngineStore = {
  load(): Promise<EngineStoreSnapshot>;
  loadEvents(executionArns: string[]): Promise<EngineEventRow[]>;
  write(batch: EngineStoreBatch): Promise<void>;
};

export type DurableStorage = EngineStorage & {
  /** Writes what is pending and stops; the store's connection is the caller's to close. */
  close(): Promise<void>;
  /** Events cached in memory (histories of running executions and recently read ones). */
  cachedEventCount(): number;
};

export type DurableStorageOptions = {
  /** How long changes gather before a write (ms); `flush()` writes at once. */
  writeDelayMs?: number;
  /** Cached events of closed executions kept beyond this are dropped (re-read on demand). */
  maxCachedEvents?: number;
  /** A write failed (it is retried, in order, until it succeeds). */
  onWriteError?: (err: unknown, attempt: number) => void;
};

const DEFAULT_WRITE_DELAY_MS = 20;
const DEFAULT_MAX_CACHED_EVENTS = 200_000;
const MAX_RETRY_DELAY_MS = 5_000;

/**
 * The engine's storage over a database: reads come from memory (everything but the histories of
 * closed executions, which load on demand), writes reach the database behind the engine (gathered
 * for a few ms, written in order, one transaction per batch) so a restart sees a prefix of what
 * happened: no event id skipped or written twice. `flush()` waits for what is pending.
 */
export async function createDurableStorage(store: EngineStore, options: DurableStorageOptions = {}): Promise<DurableStorage> {
  const writeDelay = options.writeDelayMs ?? DEFAULT_WRITE_DELAY_MS;
  const maxCached = options.maxCachedEvents ?? DEFAULT_MAX_CACHED_EVENTS;
  const snapshot = await store.load();

  const machines = new Map(snapshot.stateMachines.map((m) => [m.stateMachineArn, m]));
  const revisions = new Map(snapshot.revisions.map((r) => [`${r.stateMachineArn}@${r.revisionId}`, r]));
  const activities = new Map(snapshot.activities.map((a) => [a.activityArn, a]));
  const executions = new Map(snapshot.executions.map((e) => [e.executionArn, e]));
  const tokens = new Map<string, Map<string, StoredTaskToken>>();
  for (const row of snapshot.taskTokens) putToken(fromTokenRow(row));
  const tags = new Map<string, Record<string, string>>();
  for (const t of snapshot.tags) tags.set(t.resourceArn, { ...tags.get(t.resourceArn), [t.key]: t.value });

  const histories = new Map<string, StoredEvent[]>();
  /** Closed executions whose history is cached, oldest first: dropped first when the cache is full. */
  const closedCached = new Set<string>();
  let cachedEvents = 0;
  const running = snapshot.executions.filter((e) => e.status === 'RUNNING').map((e) => e.executionArn);
  if (running.length > 0) {
    for (const row of await store.loadEvents(running)) cacheEvent(row.executionArn, fromEventRow(row));
  }

  let pending = emptyBatch();
  let pendingEvents: { arn: string; event: StoredEvent }[] = [];
  // Executions change on every close: the latest record per ARN is what a batch writes.
  const pendingExecutions = new Map<string, StoredExecution>();
  let pendingCount = 0;
  let writing: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;

  function putToken(t: StoredTaskToken): void {
    let byToken = tokens.get(t.executionArn);
    if (!byToken) tokens.set(t.executionArn, (byToken = new Map()));
    byToken.set(t.taskToken, t);
  }

  function cacheEvent(arn: string, event: StoredEvent): void {
    let list = histories.get(arn);
    if (!list) histories.set(arn, (list = []));
    list.push(event);
    cachedEvents++;
  }

  function queued(): void {
    pendingCount++;
    if (timer === undefined) timer = setTimeout(drain, writeDelay);
  }

  function drain(): Promise<void> {
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
    if (pendingCount === 0) return writing;
    const batch = pending;
    batch.executions = [...pendingExecutions.values()];
    pendingExecutions.clear();
    const events = pendingEvents;
    pending = emptyBatch();
    pendingEvents = [];
    pendingCount = 0;
    writing = writing.then(async () => {
      // Payload texts are built here, off the interpreter's path.
      batch.events = events.map(({ arn, event }) => toEventRow(arn, event));
      for (let attempt = 1; ; attempt++) {
        try {
          await store.write(batch);
          break;
        } catch (err) {
          options.onWriteError?.(err, attempt);
          await new Promise((r) => setTimeout(r, Math.min(MAX_RETRY_DELAY_MS, 50 * 2 ** attempt)));
        }
      }
      evict();
    });
    return writing;
  }

  /** Drops the oldest cached histories of closed executions while over budget (never `keep`, just read). */
  function evict(keep?: string): void {
    if (cachedEvents <= maxCached) return;
    const waiting = new Set(pendingEvents.map((p) => p.arn));
    for (const arn of closedCached) {
      if (cachedEvents <= maxCached) break;
      if (waiting.has(arn) || arn === keep) continue;
      cachedEvents -= histories.get(arn)?.length ?? 0;
      histories.delete(arn);
      closedCached.delete(arn);
    }
  }

  const replaceAll = <T>(list: T[], key: (item: T) => string, item: T) => {
    const k = key(item);
    const i = list.findIndex((x) => key(x) === k);
    if (i >= 0) list.splice(i, 1);
    list.push(item);
  };

  const storage: DurableStorage = {
    putStateMachine(sm) {
      machines.set(sm.stateMachineArn, sm);
      pending.deletedStateMachines = pending.deletedStateMachines.filter((a) => a !== sm.stateMachineArn);
      replaceAll(pending.stateMachines, (m) => m.stateMachineArn, sm);
      queued();
    },
    getStateMachine: (arn) => machines.get(arn),
    listStateMachines: () => [...machines.values()],
    deleteStateMachine(arn) {
      machines.delete(arn);
      pending.stateMachines = pending.stateMachines.filter((m) => m.stateMachineArn !== arn);
      pending.deletedStateMachines.push(arn);
      queued();
    },
    putRevision(r) {
      revisions.set(`${r.stateMachineArn}@${r.revisionId}`, r);
      pending.revisions.push(r);
      queued();
    },
    getRevision: (arn, revisionId) => revisions.get(`${arn}@${revisionId}`),
    putActivity(a) {
      activities.set(a.activityArn, a);
      pending.deletedActivities = pending.deletedActivities.filter((x) => x !== a.activityArn);
      replaceAll(pending.activities, (x) => x.activityArn, a);
      queued();
    },
    getActivity: (arn) => activities.get(arn),
    listActivities: () => [...activities.values()],
    deleteActivity(arn) {
      activities.delete(arn);
      pending.activities = pending.activities.filter((x) => x.activityArn !== arn);
      pending.deletedActivities.push(arn);
      queued();
    },
    putExecution(e) {
      executions.set(e.executionArn, e);
      if (e.status !== 'RUNNING' && histories.has(e.executionArn)) {
        closedCached.delete(e.executionArn);
        closedCached.add(e.executionArn);
      } else if (e.status === 'RUNNING') closedCached.delete(e.executionArn);
      pendingExecutions.set(e.executionArn, e);
      queued();
    },
    getExecution: (arn) => executions.get(arn),
    listExecutions: (f) =>
      [...executions.values()]
        .filter((e) => (!f.stateMachineArn || e.stateMachineArn === f.stateMachineArn) && (!f.mapRunArn || e.mapRunArn === f.mapRunArn))
        .reverse(),
    history(arn): HistoryLog {
      return {
        append(event) {
          cacheEvent(arn, event);
          pendingEvents.push({ arn, event });
          queued();
        },
        appendState(id, previousEventId, kind, timestamp, state, payload, details, thread) {
          this.append({ id, previousEventId, type: kind.type, detailsKey: kind.detailsKey, timestamp, stateName: state.name, payload, details, thread, scope: undefined });
        },
        count: () => histories.get(arn)?.length ?? executions.get(arn)?.eventCount ?? 0,
        events: () => histories.get(arn) ?? [],
      };
    },
    async loadHistory(arn) {
      const cached = histories.get(arn);
      if (cached) return cached;
      const rows = await store.loadEvents([arn]);
      const again = histories.get(arn);
      if (again) return again;
      for (const row of rows) cacheEvent(arn, fromEventRow(row));
      const list = histories.get(arn) ?? [];
      if (executions.get(arn)?.status !== 'RUNNING') closedCached.add(arn);
      evict(arn);
      return list;
    },
    putTaskToken(t) {
      putToken(t);
      replaceAll(pending.taskTokens, (x) => x.token, toTokenRow(t));
      queued();
    },
    listTaskTokens: (arn) => [...(tokens.get(arn)?.values() ?? [])],
    deleteTaskTokens(arn) {
      if (!tokens.delete(arn)) return;
      pending.taskTokens = pending.taskTokens.filter((t) => t.executionArn !== arn);
      pending.deletedTaskTokensOf.push(arn);
      queued();
    },
    getTags: (arn) => tags.get(arn) ?? {},
    putTags(arn, t) {
      if (Object.keys(t).length > 0) tags.set(arn, t);
      else if (!tags.delete(arn)) return;
      pending.tags = pending.tags.filter((x) => x.resourceArn !== arn);
      if (!pending.retagged.includes(arn)) pending.retagged.push(arn);
      for (const [key, value] of Object.entries(t)) pending.tags.push({ resourceArn: arn, key, value });
      queued();
    },
    flush: () => drain(),
    close: () => drain(),
    cachedEventCount: () => cachedEvents,
  };
  return storage;
}

function emptyBatch(): EngineStoreBatch {
  return {
    events: [],
    stateMachines: [],
    deletedStateMachines: [],
    revisions: [],
    activities: [],
    deletedActivities: [],
    executions: [],
    taskTokens: [],
    deletedTaskTokensOf: [],
    retagged: [],
    tags: [],
  };
}

function toEventRow(executionArn: string, e: StoredEvent): EngineEventRow {
  return {
    executionArn,
    id: e.id,
    previousEventId: e.previousEventId,
    type: e.type,
    timestamp: e.timestamp,
    detailsKey: e.detailsKey ?? null,
    details: e.details === undefined ? null : JSON.stringify(materialise(e.details)),
    stateName: e.stateName ?? null,
    payload: e.payload ? e.payload.text : null,
    thread: e.thread,
    scope: e.scope ?? null,
  };
}

function fromEventRow(row: EngineEventRow): StoredEvent {
  return {
    id: row.id,
    previousEventId: row.previousEventId,
    type: row.type,
    timestamp: row.timestamp,
    detailsKey: row.detailsKey ?? undefined,
    details: row.details === null ? undefined : (JSON.parse(row.details) as unknown),
    stateName: row.stateName ?? undefined,
    // The value is parsed only if a replay needs it.
    payload: row.payload === null ? undefined : new Payload(undefined, row.payload),
    thread: row.thread,
    scope: row.scope ?? undefined,
  };
}

function toTokenRow(t: StoredTaskToken): EngineTaskTokenRow {
  return { token: t.taskToken, executionArn: t.executionArn, key: t.key, outcome: t.outcome ? JSON.stringify(t.outcome) : null };
}

function fromTokenRow(row: EngineTaskTokenRow): StoredTaskToken {
  const t: StoredTaskToken = { taskToken: row.token, executionArn: row.executionArn, key: row.key };
  if (row.outcome !== null) t.outcome = JSON.parse(row.outcome) as TaskTokenOutcome;
  return t;
}
