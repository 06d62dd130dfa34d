import { isRecord, StatesError } from '@/lib/asl';
import type { CompiledState } from '../compile-state-machine';
import { ExecutionInterrupted } from '../errors';
import type { Execution } from '../execution';
import type { MapConfig, Thread } from '../execution-types';
import { emitEvent } from '../history-emission';
import { INLINE_MAP_MAX_CONCURRENCY } from '../limits';
import { Payload } from '../payload';
import { PropagatedError } from '../propagated-error';
import { frozenUnder, replayedPayload } from '../replay-of-record';
import type { MaybePromise } from '../types';
import { manyListeners } from './many-listeners';

/**
 * The iterations of a Map state: an inline Map runs them on threads of this execution, at most
 * MaxConcurrency (and 40) at a time; a distributed Map goes to the host as a Map Run.
 */
export function runMapIterations(
  ex: Execution,
  thread: Thread,
  state: CompiledState,
  items: unknown[] | undefined,
  effective: unknown,
  configOf: () => MapConfig,
  itemInput: (t: Thread, value: unknown) => MaybePromise<unknown>,
): MaybePromise<unknown> {
  const processor = state.processor;
  if (!processor) throw new StatesError('States.Runtime', 'Map state has no ItemProcessor');
  const processorDef = state.def.ItemProcessor ?? state.def.Iterator;
  const mode = isRecord(processorDef) && isRecord(processorDef.ProcessorConfig) ? processorDef.ProcessorConfig.Mode : undefined;
  if (mode === 'DISTRIBUTED') {
    return ex.host.runDistributedMap(ex, thread, state, {
      items,
      effectiveInput: effective,
      config: configOf,
    });
  }
  const list = items ?? [];
  const rerun = thread.rerun;
  thread.rerun = undefined;
  const startedId = emitEvent(ex, thread, 'MapStateStarted', 'mapStateStartedEventDetails', { length: list.length }, true, rerun?.scope);
  const scope = rerun?.scope ?? `${thread.path}/${startedId}`;
  const config = configOf();
  if (list.length === 0) {
    emitEvent(ex, thread, 'MapStateSucceeded', undefined, undefined, false);
    return [];
  }
  const concurrency = Math.min(config.maxConcurrency === 0 ? INLINE_MAP_MAX_CONCURRENCY : config.maxConcurrency, INLINE_MAP_MAX_CONCURRENCY, list.length);
  const group = new AbortController();
  const signal = manyListeners(AbortSignal.any([thread.signal, group.signal]));
  const results: unknown[] = new Array(list.length);
  const mapName = state.name;
  let nextIndex = 0;
  let mapCursor = startedId;
  let failed = 0;
  let failure: { error: unknown; cursor: number } | undefined;
  const tolerated = (): boolean => {
    const { toleratedFailureCount: c, toleratedFailurePercentage: p } = config;
    if (c === undefined && p === undefined) return false;
    if (c !== undefined && failed <= c) return true;
    if (p !== undefined && (failed / list.length) * 100 <= p) return true;
    return false;
  };
  const startIteration = (index: number, cursor: number): Thread => {
    const t = ex.newThread(signal, cursor, thread, `${scope}:${index}`);
    t.mapItem = { Index: index, Value: list[index] };
    emitEvent(ex, t, 'MapIterationStarted', 'mapIterationStartedEventDetails', { index, name: mapName });
    return t;
  };
  // A worker runs one iteration after another, synchronously while it can.
  const worker = (t: Thread, index: number): MaybePromise<void> => {
    let cur = t;
    let idx = index;
    for (;;) {
      if (failure) return;
      let r: MaybePromise<Payload>;
      try {
        const inValue = itemInput(cur, list[idx]);
        if (inValue instanceof Promise) {
          const it = cur;
          const i = idx;
          return inValue
            .then((v) => ex.runMachine(it, processor, new Payload(v)))
            .then(
              (out) => iterationDone(ex, it, i, out, results, mapName),
              (err: unknown) => onFail(it, i, err),
            )
            .then((cursor) => continueWith(cursor));
        }
        r = ex.runMachine(cur, processor, new Payload(inValue));
      } catch (err) {
        const c = onFail(cur, idx, err);
        if (c === undefined) return;
        const nt = nextThread(c);
        if (!nt) return;
        cur = nt.t;
        idx = nt.i;
        continue;
      }
      if (r instanceof Promise) {
        const it = cur;
        const i = idx;
        return r
          .then(
            (out) => iterationDone(ex, it, i, out, results, mapName),
            (err: unknown) => onFail(it, i, err),
          )
          .then((cursor) => continueWith(cursor));
      }
      const c = iterationDone(ex, cur, idx, r, results, mapName);
      mapCursor = ex.lastTouched;
      const nt = nextThread(c);
      if (!nt) return;
      cur = nt.t;
      idx = nt.i;
    }
  };
  const continueWith = (cursor: number | undefined): MaybePromise<void> => {
    if (cursor === undefined) return;
    mapCursor = ex.lastTouched;
    const nt = nextThread(cursor);
    if (!nt) return;
    return worker(nt.t, nt.i);
  };
  const nextThread = (cursor: number): { t: Thread; i: number } | undefined => {
    while (!failure && nextIndex < list.length) {
      const i = nextIndex++;
      if (rerun !== undefined || ex.replaying) {
        const path = `${scope}:${i}`;
        // A redrive keeps the iterations that succeeded.
        const done = rerun?.done.get(path);
        if (done !== undefined) {
          results[i] = replayedPayload(done, undefined).value;
          continue;
        }
        // A replayed Map that finished does not start iterations its record does not have.
        if (ex.replaying && ex.plan?.threads.get(path) === undefined && frozenUnder(thread)) return undefined;
      }
      return { t: startIteration(i, cursor), i };
    }
    return undefined;
  };
  const onFail = (t: Thread, index: number, err: unknown): number | undefined => {
    if (err instanceof ExecutionInterrupted) {
      if (group.signal.aborted && !thread.signal.aborted) {
        emitEvent(ex, t, 'MapIterationAborted', 'mapIterationAbortedEventDetails', { index, name: mapName }, false);
        return undefined;
      }
      if (!failure) failure = { error: err, cursor: t.cursor };
      return undefined;
    }
    failed++;
    emitEvent(ex, t, 'MapIterationFailed', 'mapIterationFailedEventDetails', { index, name: mapName }, false);
    if (tolerated()) return t.cursor;
    if (!failure) {
      failure = { error: err, cursor: t.cursor };
      group.abort(new ExecutionInterrupted('sibling-failed'));
    }
    return undefined;
  };
  const first: { t: Thread; i: number }[] = [];
  for (let k = 0; k < concurrency; k++) {
    const nt = nextThread(startedId);
    if (nt) first.push(nt);
  }
  const pending: Promise<void>[] = [];
  for (const f of first) {
    const r = worker(f.t, f.i);
    if (r instanceof Promise) pending.push(r);
  }
  const finish = (): unknown[] => {
    if (failure) {
      if (failure.error instanceof ExecutionInterrupted) throw failure.error;
      thread.cursor = failure.cursor;
      throw failure.error;
    }
    if (failed > 0 && !tolerated()) {
      throw new PropagatedError('States.ExceedToleratedFailureThreshold', 'The specified tolerated failure threshold was exceeded');
    }
    thread.cursor = mapCursor;
    emitEvent(ex, thread, 'MapStateSucceeded', undefined, undefined, false);
    return results;
  };
  if (pending.length === 0) return finish();
  return Promise.all(pending).then(finish);
}

function iterationDone(ex: Execution, t: Thread, index: number, out: Payload, results: unknown[], mapName: string): number {
  results[index] = out.value;
  const cursor = t.cursor;
  emitEvent(ex, t, 'MapIterationSucceeded', 'mapIterationSucceededEventDetails', { index, name: mapName }, false);
  return cursor;
}
