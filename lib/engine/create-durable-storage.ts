import type { EngineEventRow, EngineStoreBatch, EngineStoreSnapshot, EngineTaskTokenRow } from '@/lib/model';
import { materialise, type StoredEvent } from './history';
import { Payload } from './payload';
import type { EngineStorage, HistoryLog, StoredExecution, StoredTaskToken, TaskTokenOutcome } from './storage';

export type { EngineEventRow, EngineStoreBatch, EngineStoreSnapshot, EngineTaskTokenRow };

/** A database for the engine, in plain rows (lib/db implements it with Prisma on SQLite and PostgreSQL). */
export type EngineStore = {
  load(): Promise<EngineStoreSnapshot>;
  loadEvents(executionArns: string[]): Promise<EngineEventRow[]>;
  /** Writes the whole batch or nothing (one transaction). */
  write(batch: EngineStoreBatch): Promise<void>;
  /**
   * Whether a failed write can succeed if tried again. 'transient' (busy, locked, connection lost,
   * serialization failure) is retried with back-off for as long as it takes; 'permanent' (a constraint,
   * text the database cannot hold) never succeeds; 'unknown' (the default) is retried until it has failed
   * the same way MAX_IDENTICAL_FAILURES times in a row, then treated as permanent.
   */
  classifyError?(err: unknown): WriteErrorKind;
};

export type WriteErrorKind = 'transient' | 'permanent' | 'unknown';

/**
 * What the storage does after a failed write: try the same write again; write the batch in parts (one per
 * execution, state machine, activity or tagged resource) to find what cannot be stored; or drop the parts
 * that still fail (`dropped` names them by ARN) so that every later write goes on.
 */
export type WriteFailureAction = { action: 'retry' } | { action: 'split' } | { action: 'drop'; dropped: string[] };

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
  /** A write failed, and what happens next (see WriteFailureAction). */
  onWriteError?: (err: unknown, attempt: number, next: WriteFailureAction) => void;
};

const DEFAULT_WRITE_DELAY_MS = 20;
const DEFAULT_MAX_CACHED_EVENTS = 200_000;
const MAX_RETRY_DELAY_MS = 5_000;
/** An error of unknown kind that repeats this many times in a row, unchanged, is taken as permanent. */
const MAX_IDENTICAL_FAILURES = 5;

/**
 * The engine's storage over a database: reads come from memory (everything but the histories of
 * closed executions, which load on demand), writes reach the database behind the engine (gathered
 * for a few ms, written in order, one transaction per batch) so a restart sees a prefix of what
 * happened: no event id skipped or written twice. `flush()` waits for what is pending.
 *
 * A write that cannot succeed never blocks the ones after it (it used to be retried forever, and every
 * later write waited behind it): the batch is written again in parts, the parts that still fail are
 * dropped and reported, and `flush()` rejects for whoever waits on that batch. An execution whose part was
 * dropped is written no further, so the database keeps a prefix of its history, as after a crash, and a
 * restart resumes it from there.
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
  /** Every write in order; never rejects, so one failed batch does not stop the next. */
  let writing: Promise<void> = Promise.resolve();
  /** The latest batch until it is written: rejects if part of it was dropped. */
  let inFlight: Promise<void> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Executions a write of which was dropped: nothing more of theirs is written (see above). */
  const frozen = new Set<string>();

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
    if (pendingCount === 0) return inFlight ?? writing;
    const batch = pending;
    batch.executions = [...pendingExecutions.values()];
    pendingExecutions.clear();
    const events = pendingEvents;
    pending = emptyBatch();
    pendingEvents = [];
    pendingCount = 0;
    const written = writing.then(async () => {
      // Payload texts are built here, off the interpreter's path.
      batch.events = events.filter(({ arn }) => !frozen.has(arn)).map(({ arn, event }) => toEventRow(arn, event));
      await writeBatch(toStorableBatch(withoutFrozen(batch)));
    });
    const settled = () => {
      if (inFlight === written) inFlight = undefined;
    };
    written.then(settled, settled);
    inFlight = written;
    writing = written.then(
      () => evict(),
      () => evict(),
    );
    return written;
  }

  /** Writes a batch, or as much of it as can be stored; rejects naming what was dropped. */
  async function writeBatch(batch: EngineStoreBatch): Promise<void> {
    const failed = await writeOrGiveUp(batch);
    if (!failed) return;
    options.onWriteError?.(failed.err, failed.attempt, { action: 'split' });
    const dropped: string[] = [];
    let cause: unknown;
    for (const part of splitBatch(batch)) {
      const partFailed = await writeOrGiveUp(part.batch);
      if (!partFailed) continue;
      if (part.execution) frozen.add(part.key);
      dropped.push(part.key);
      cause ??= partFailed.err;
      options.onWriteError?.(partFailed.err, partFailed.attempt, { action: 'drop', dropped: [part.key] });
    }
    if (dropped.length > 0) throw new EngineStoreWriteError(dropped, cause);
  }

  /** Writes until it succeeds (undefined) or the failure is one that retrying cannot fix. */
  async function writeOrGiveUp(batch: EngineStoreBatch): Promise<{ err: unknown; attempt: number } | undefined> {
    let previous: string | undefined;
    let identical = 0;
    for (let attempt = 1; ; attempt++) {
      try {
        await store.write(batch);
        return undefined;
      } catch (err) {
        const kind = store.classifyError?.(err) ?? 'unknown';
        const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
        identical = text === previous ? identical + 1 : 1;
        previous = text;
        if (kind === 'permanent' || (kind === 'unknown' && identical >= MAX_IDENTICAL_FAILURES)) return { err, attempt };
        options.onWriteError?.(err, attempt, { action: 'retry' });
        await new Promise((r) => setTimeout(r, Math.min(MAX_RETRY_DELAY_MS, 50 * 2 ** attempt)));
      }
    }
  }

  /** The batch without the rows of frozen executions. */
  function withoutFrozen(batch: EngineStoreBatch): EngineStoreBatch {
    if (frozen.size === 0) return batch;
    return {
      ...batch,
      executions: batch.executions.filter((e) => !frozen.has(e.executionArn)),
      taskTokens: batch.taskTokens.filter((t) => !frozen.has(t.executionArn)),
      deletedTaskTokensOf: batch.deletedTaskTokensOf.filter((arn) => !frozen.has(arn)),
    };
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
    // Failures were reported through onWriteError; closing waits for every write and never rejects.
    close: () => drain().then(
      () => writing,
      () => writing,
    ),
    cachedEventCount: () => cachedEvents,
  };
  return storage;
}

/** What flush() rejects with when part of a batch could not be stored. */
class EngineStoreWriteError extends Error {
  override name = 'EngineStoreWriteError';

  constructor(
    readonly dropped: string[],
    cause: unknown,
  ) {
    super(`Not stored (the write cannot succeed): ${dropped.join(', ')}: ${cause instanceof Error ? cause.message.split('\n').filter(Boolean).at(-1) : String(cause)}`, { cause });
  }
}

/** One execution, state machine, activity or resource's tags: a part of a batch, written on its own. */
type BatchPart = { key: string; execution: boolean; batch: EngineStoreBatch };

/**
 * A batch as parts that can be written one by one, in the order a batch writes its tables. Each part
 * keeps what belongs together (an execution's events, row and task tokens; a state machine and its
 * revisions), so whatever part is dropped, each execution's stored history stays a prefix.
 */
function splitBatch(batch: EngineStoreBatch): BatchPart[] {
  const parts = new Map<string, BatchPart>();
  const part = (kind: string, key: string, execution = false) => {
    const id = `${kind} ${key}`;
    let p = parts.get(id);
    if (!p) parts.set(id, (p = { key, execution, batch: emptyBatch() }));
    return p.batch;
  };
  for (const m of batch.stateMachines) part('machine', m.stateMachineArn).stateMachines.push(m);
  for (const arn of batch.deletedStateMachines) part('machine', arn).deletedStateMachines.push(arn);
  for (const r of batch.revisions) part('machine', r.stateMachineArn).revisions.push(r);
  for (const a of batch.activities) part('activity', a.activityArn).activities.push(a);
  for (const arn of batch.deletedActivities) part('activity', arn).deletedActivities.push(arn);
  for (const e of batch.events) part('execution', e.executionArn, true).events.push(e);
  for (const e of batch.executions) part('execution', e.executionArn, true).executions.push(e);
  for (const t of batch.taskTokens) part('execution', t.executionArn, true).taskTokens.push(t);
  for (const arn of batch.deletedTaskTokensOf) part('execution', arn, true).deletedTaskTokensOf.push(arn);
  for (const arn of batch.retagged) part('tags', arn).retagged.push(arn);
  for (const t of batch.tags) part('tags', t.resourceArn).tags.push(t);
  return [...parts.values()];
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/**
 * Text the database can hold: a lone UTF-16 surrogate (a `\ud800` escape in an input, a state name or a
 * handler's error, decoded) has no UTF-8 form, and Prisma's query engine refuses the whole write ("JSON
 * Error: unexpected end of hex escape"). It is stored as U+FFFD, as every UTF-8 encoder writes it
 * (https://encoding.spec.whatwg.org/#utf-8-encoder via USVString); the running engine keeps the original.
 */
function toStorableBatch(batch: EngineStoreBatch): EngineStoreBatch {
  const out = { ...batch };
  for (const key of Object.keys(out) as (keyof EngineStoreBatch)[]) {
    const rows = out[key] as unknown[];
    if (key === 'events' ? batch.events.some(eventHasLoneSurrogate) : rows.some(hasLoneSurrogate)) (out as Record<string, unknown[]>)[key] = rows.map(toStorable);
  }
  return out;
}

/** The hot path (thousands of events a batch): field by field, and not `details`, which JSON.stringify made well-formed. */
function eventHasLoneSurrogate(e: EngineEventRow): boolean {
  const lone = (text: string | null) => text !== null && LONE_SURROGATE.test(text);
  return lone(e.stateName) || lone(e.payload) || lone(e.thread) || lone(e.scope) || lone(e.executionArn) || lone(e.type) || lone(e.detailsKey);
}

function hasLoneSurrogate(value: unknown): boolean {
  if (typeof value === 'string') return LONE_SURROGATE.test(value);
  return value !== null && typeof value === 'object' && Object.values(value).some((v) => typeof v === 'string' && LONE_SURROGATE.test(v));
}

/** A copy with lone surrogates replaced (rows are shared with the in-memory state, never changed). */
function toStorable(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(LONE_SURROGATES, '\ufffd');
  if (value === null || typeof value !== 'object' || !hasLoneSurrogate(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? v.replace(LONE_SURROGATES, '\ufffd') : v]));
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
