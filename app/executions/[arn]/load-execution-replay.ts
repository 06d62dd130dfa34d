import { getReplayDefinition, getReplayGraph, replayExecution, toReplayText, type ExecutionReplay, type ReplayDefinition, type ReplayWarning } from '@/lib/analysis';
import { findExecutionDefinition, listReplayEvents, type Db } from '@/lib/db';
import type { ExecutionSummary } from '@/lib/model';
import { layoutReplayGraph, type ReplayGraphLayout } from '../../ui/replay/layout-replay-graph';

export type LoadedReplay = {
  replay: ExecutionReplay;
  /** The model as the page sends it (toReplayText). */
  replayText: string;
  warnings: ReplayWarning[];
  definition: ReplayDefinition | null;
  layout: ReplayGraphLayout | null;
  /** Said when the graph is not exactly the definition this execution ran. */
  definitionNote: string | null;
  /** Time to read the events and build the model, for the bench. */
  buildMs: number;
};

/** Replays kept per process: a stored history only grows, so its event count and status key it. */
const MAX_CACHED_REPLAYS = 8;
const MAX_CACHED_LAYOUTS = 32;

type Caches = { replays: Map<string, Promise<LoadedReplay>>; layouts: Map<string, Promise<ReplayGraphLayout>> };
const globalCaches = globalThis as unknown as { statescopeReplayCaches?: Caches };
const caches = (globalCaches.statescopeReplayCaches ??= { replays: new Map(), layouts: new Map() });

/** The replay model and graph layout of a stored execution, built once per history version. */
export function loadExecutionReplay(db: Db, execution: Pick<ExecutionSummary, 'id' | 'eventCount' | 'status' | 'lastEventAt'>): Promise<LoadedReplay> {
  const key = `${execution.id}:${execution.eventCount}:${execution.status}:${execution.lastEventAt?.getTime() ?? 0}`;
  const cached = caches.replays.get(key);
  if (cached) {
    // Most recently used last.
    caches.replays.delete(key);
    caches.replays.set(key, cached);
    return cached;
  }
  const loading = build(db, execution.id, execution.status === 'RUNNING');
  remember(caches.replays, key, loading, MAX_CACHED_REPLAYS);
  loading.catch(() => caches.replays.delete(key));
  return loading;
}

async function build(db: Db, executionId: number, running: boolean): Promise<LoadedReplay> {
  const started = performance.now();
  const [events, stored] = await Promise.all([listReplayEvents(db, executionId), findExecutionDefinition(db, executionId)]);
  const result = replayExecution(events, { definition: stored?.definition });
  const replay = result.value;
  // A running execution's history is open by nature; say so only when it should have ended.
  const warnings = running ? result.warnings.filter((warning) => warning.code !== 'incomplete') : result.warnings;
  const buildMs = performance.now() - started;
  const definition = stored ? getReplayDefinition(stored.definition).value : null;
  let layout: ReplayGraphLayout | null = null;
  if (stored && definition) {
    let laying = caches.layouts.get(stored.definitionHash);
    if (!laying) {
      laying = layoutReplayGraph(getReplayGraph(definition));
      remember(caches.layouts, stored.definitionHash, laying, MAX_CACHED_LAYOUTS);
      laying.catch(() => caches.layouts.delete(stored.definitionHash));
    }
    layout = await laying;
  }
  const definitionNote = !stored
    ? 'No definition is stored for this state machine, so there is no graph; the timeline comes from the history alone.'
    : stored.exact
      ? null
      : 'The graph shows the state machine’s newest stored definition: the one this execution ran is not known, and may differ.';
  return { replay, replayText: toReplayText(replay), warnings, definition, layout, definitionNote, buildMs };
}

function remember<T>(cache: Map<string, T>, key: string, value: T, max: number): void {
  cache.set(key, value);
  while (cache.size > max) cache.delete(cache.keys().next().value as string);
}
