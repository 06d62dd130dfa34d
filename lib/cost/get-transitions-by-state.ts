import { getBilledTransitionKind } from '@/lib/model';
import { getStateActiveMs } from './get-state-active-ms';

/** The fields of a stored history event the per-state split reads. */
export type StateCostEvent = { id: number; previousEventId: number | null; type: string; stateName: string | null; timestamp: Date };

export type StateTransitions = {
  stateName: string;
  /** Task, Map, Parallel, Pass, … from the `<Type>StateEntered` event. */
  stateType: string;
  entries: number;
  retries: number;
  /** Attempts re-run by a redrive without a fresh entry. */
  redriveReruns: number;
  transitions: number;
  /** Time between entering and leaving the state, summed over its visits (overlaps in Map/Parallel); see getStateActiveMs. */
  activeMs: number;
};

export type TransitionsByState = {
  states: StateTransitions[];
  /** ExecutionRedriven events: a transition each, belonging to no state. */
  redrives: number;
  /** Attempts whose state could not be traced (a broken previousEventId chain). */
  unattributed: number;
  total: number;
};

/** How far back a retry is traced to its state's entry; a Task attempt is 3–4 events long. */
const MAX_CHAIN = 500;

/**
 * Billed transitions (pricing.md §1, as lib/model counts them) split by the state they belong to, with
 * retries and redriven re-runs apart: which states drive an execution's cost. A Task retry is traced back
 * along previousEventId to its state's entry; a Map or Parallel retry belongs to the innermost one open.
 */
export function getTransitionsByState(events: readonly StateCostEvent[]): TransitionsByState {
  const byId = new Map(events.map((event) => [event.id, event]));
  const rows = new Map<string, StateTransitions>();
  const rowOf = (name: string, stateType = '') => {
    let row = rows.get(name);
    if (!row) rows.set(name, (row = { stateName: name, stateType, entries: 0, retries: 0, redriveReruns: 0, transitions: 0, activeMs: 0 }));
    if (!row.stateType && stateType) row.stateType = stateType;
    return row;
  };
  const open = { Map: [] as string[], Parallel: [] as string[] };
  let redrives = 0;
  let unattributed = 0;
  let total = 0;

  const traceState = (event: StateCostEvent): string | null => {
    if (event.type === 'MapStateStarted') return open.Map.at(-1) ?? null;
    if (event.type === 'ParallelStateStarted') return open.Parallel.at(-1) ?? null;
    let cursor = event.previousEventId ? byId.get(event.previousEventId) : undefined;
    for (let hops = 0; cursor && hops < MAX_CHAIN; hops++) {
      if (cursor.type.endsWith('StateEntered')) return cursor.stateName;
      cursor = cursor.previousEventId ? byId.get(cursor.previousEventId) : undefined;
    }
    return null;
  };

  for (const event of events) {
    const previousType = event.previousEventId ? byId.get(event.previousEventId)?.type : undefined;
    const kind = getBilledTransitionKind(event, previousType);
    const entered = event.type.endsWith('StateEntered') ? event.type.slice(0, -'StateEntered'.length) : null;
    if (entered && event.stateName) {
      if (entered === 'Map' || entered === 'Parallel') open[entered].push(event.stateName);
    }
    const exited = event.type.endsWith('StateExited') ? event.type.slice(0, -'StateExited'.length) : null;
    if (exited && event.stateName && (exited === 'Map' || exited === 'Parallel')) {
      const stack = open[exited];
      const at = stack.lastIndexOf(event.stateName);
      if (at >= 0) stack.splice(at, 1);
    }
    if (kind === null) continue;
    total++;
    if (event.type === 'ExecutionRedriven') {
      redrives++;
      continue;
    }
    if (kind === 'state') {
      const row = rowOf(event.stateName ?? '(unnamed)', entered ?? '');
      row.entries++;
      row.transitions++;
      continue;
    }
    const name = traceState(event);
    if (name === null) {
      unattributed++;
      continue;
    }
    const row = rowOf(name);
    if (kind === 'retry') row.retries++;
    else row.redriveReruns++;
    row.transitions++;
  }

  for (const [name, ms] of getStateActiveMs(events)) rowOf(name).activeMs += ms;

  return { states: [...rows.values()].sort((a, b) => b.transitions - a.transitions || a.stateName.localeCompare(b.stateName)), redrives, unattributed, total };
}
