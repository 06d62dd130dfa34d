import { getReplayDefinition, getReplayGraph, replayExecution, toReplayText, type ExecutionReplay, type ReplayDefinition, type ReplayWarning } from '@/lib/analysis';
import { findExecutionDefinition, listReplayEvents, type Db } from '@/lib/db';
import type { ExecutionSummary } from '@/lib/model';
import { layoutReplayGraph, type ReplayGraphLayout } from '../../ui/replay/layout-replay-graph';

export type LoadedReplay = {
  replay: ExecutionReplay;
  /** The model as the page loads it (toReplayText). */
  replayText: string;
  warnings: ReplayWarning[];
  /** How long reading, replaying and encoding took (ms), for a Server-Timing header. */
  timings: { readMs: number; replayMs: number; encodeMs: number };
};

export type LoadedReplayGraph = {
  definition: ReplayDefinition | null;
  layout: ReplayGraphLayout | null;
  /** Said when the graph is not exactly the definition this execution ran. */
  definitionNote: string | null;
};

/** Replays kept per process: a stored history only grows, so its event count and status key it. */
const MAX_CACHED_REPLAYS = 8;
/** Definitions (parsed and laid out) kept per process, by content hash. */
const MAX_CACHED_GRAPHS = 32;

type Caches = {
  replays: Map<string, Promise<LoadedReplay>>;
  definitions: Map<string, Promise<ReplayDefinition | null>>;
  layouts: Map<string, Promise<ReplayGraphLayout | null>>;
};
const globalCaches = globalThis as unknown as { statescopeReplayCaches?: Caches };
const caches = (globalCaches.statescopeReplayCaches ??= { replays: new Map(), definitions: new Map(), layouts: new Map() });

type ExecutionKey = Pick<ExecutionSummary, 'id' | 'eventCount' | 'status' | 'lastEventAt'>;

/** The history version in a URL or cache key: it changes whenever the stored history does. */
export function toReplayVersion(execution: ExecutionKey): string {
  return `${execution.eventCount}-${execution.status}-${execution.lastEventAt?.getTime() ?? 0}`;
}

/** The replay model of a stored execution, built once per history version. */
export function loadExecutionReplay(db: Db, execution: ExecutionKey): Promise<LoadedReplay> {
  const key = `${execution.id}:${toReplayVersion(execution)}`;
  return remember(caches.replays, key, MAX_CACHED_REPLAYS, async () => {
    const started = performance.now();
    // The model needs the definition (to place Parallel branches), not its layout.
    const [events, stored] = await Promise.all([listReplayEvents(db, execution.id), findExecutionDefinition(db, execution.id)]);
    const read = performance.now();
    const result = replayExecution(events, { definition: stored?.definition });
    const replayed = performance.now();
    const replayText = toReplayText(result.value);
    const timings = { readMs: read - started, replayMs: replayed - read, encodeMs: performance.now() - replayed };
    // A running execution's history is open by nature; say so only when it should have ended.
    const warnings = execution.status === 'RUNNING' ? result.warnings.filter((warning) => warning.code !== 'incomplete') : result.warnings;
    return { replay: result.value, replayText, warnings, timings };
  });
}

/** The definition an execution ran, parsed (once per distinct definition). */
export async function loadReplayDefinition(db: Db, executionId: number): Promise<ReplayDefinition | null> {
  const stored = await findExecutionDefinition(db, executionId);
  if (!stored) return null;
  return remember(caches.definitions, stored.definitionHash, MAX_CACHED_GRAPHS, async () => getReplayDefinition(stored.definition).value);
}

/** The definition an execution ran, parsed and laid out (once per distinct definition). */
export async function loadReplayGraph(db: Db, executionId: number): Promise<LoadedReplayGraph> {
  const stored = await findExecutionDefinition(db, executionId);
  if (!stored) {
    return { definition: null, layout: null, definitionNote: 'No definition is stored for this state machine, so there is no graph; the timeline comes from the history alone.' };
  }
  const definition = await remember(caches.definitions, stored.definitionHash, MAX_CACHED_GRAPHS, async () => getReplayDefinition(stored.definition).value);
  const layout = await remember(caches.layouts, stored.definitionHash, MAX_CACHED_GRAPHS, async () => (definition ? layoutReplayGraph(getReplayGraph(definition)) : null));
  const definitionNote = !definition
    ? 'The stored definition could not be read, so there is no graph.'
    : stored.exact
      ? null
      : 'The graph shows the state machine’s newest stored definition: the one this execution ran is not known, and may differ.';
  return { definition, layout, definitionNote };
}

/** A small most-recently-used cache of promises; a failed load is forgotten so the next request retries. */
function remember<T>(cache: Map<string, Promise<T>>, key: string, max: number, load: () => Promise<T>): Promise<T> {
  const cached = cache.get(key);
  if (cached) {
    cache.delete(key);
    cache.set(key, cached);
    return cached;
  }
  const loading = load();
  cache.set(key, loading);
  loading.catch(() => cache.delete(key));
  while (cache.size > max) cache.delete(cache.keys().next().value as string);
  return loading;
}
