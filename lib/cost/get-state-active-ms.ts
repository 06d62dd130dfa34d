import type { StateCostEvent } from './get-transitions-by-state';

/** Events of a state's own work after its `*StateEntered` (history-events.md §5); anything else in its branch follows it. */
const OWN_EVENTS: Record<string, RegExp> = {
  Task: /^(Task(?!State(Entered|Exited))|LambdaFunction|Activity)/,
  Wait: /^WaitState(?!Entered|Exited)/,
  Map: /^(MapState(?!Entered|Exited)|MapRun)/,
  Parallel: /^ParallelState(?!Entered|Exited)/,
};
const CLOSES_EXECUTION = /^Execution(Succeeded|Failed|TimedOut|Aborted)$/;
/** Events that point inside a Map or Parallel but belong to the state itself (history-events.md §2). */
const CONTAINER_END = /^(Map|Parallel)State(Succeeded|Failed|Aborted|Exited)$/;

type Visit = { name: string; stateType: string; branch: string; enteredMs: number };

/**
 * Time spent in each state, summed over its visits. A visit ends at its `*StateExited`; one with none (a Fail
 * state, a state of a failed Map iteration or Parallel branch, a state stopped by a failure a redrive later
 * restarts) ends at the next event of its own branch — the Map iteration or Parallel branch it runs in, or the
 * top level — never at the end of the history, which may lie days later across a redrive. The states a redrive
 * re-runs without a fresh entry (history-events.md §6) count again from the `ExecutionRedriven`.
 */
export function getStateActiveMs(events: readonly StateCostEvent[]): Map<string, number> {
  const activeMs = new Map<string, number>();
  const add = (name: string, ms: number) => activeMs.set(name, (activeMs.get(name) ?? 0) + Math.max(0, ms));
  const branchOf = new Map<number, string>();
  const typeOf = new Map<number, string>();
  const open: Visit[] = [];
  const containers: { type: string; branch: string }[] = [];
  /** Visits the execution's failure ended: a redrive restarts them where they stopped. */
  let stopped: Visit[] = [];

  const close = (visit: Visit, atMs: number) => {
    open.splice(open.indexOf(visit), 1);
    add(visit.name, atMs - visit.enteredMs);
  };

  for (const event of events) {
    const atMs = event.timestamp.getTime();
    const previous = event.previousEventId ?? 0;
    let branch = branchOf.get(previous) ?? 'root';
    if (event.type === 'MapIterationStarted') branch = `iteration:${event.id}`;
    else if (typeOf.get(previous) === 'ParallelStateStarted') branch = `branch:${event.id}`;
    else if (CONTAINER_END.test(event.type)) branch = containers.at(-1)?.branch ?? branch;
    else if (CLOSES_EXECUTION.test(event.type) || event.type === 'ExecutionRedriven') branch = 'root';
    branchOf.set(event.id, branch);
    typeOf.set(event.id, event.type);

    if (CLOSES_EXECUTION.test(event.type)) {
      stopped = [...open];
      for (const visit of stopped) close(visit, atMs);
      containers.length = 0;
      continue;
    }
    if (event.type === 'ExecutionRedriven') {
      for (const visit of stopped) {
        open.push({ ...visit, enteredMs: atMs });
        if (visit.stateType === 'Map' || visit.stateType === 'Parallel') containers.push({ type: visit.stateType, branch: visit.branch });
      }
      stopped = [];
      continue;
    }
    const aborted = /^(Task|Wait|Map|Parallel)StateAborted$/.exec(event.type);
    if (aborted) {
      // Aborts of sibling branches all point at the failing event (history-events.md §2), not into their own branch.
      for (const visit of open.filter((candidate) => candidate.stateType === aborted[1])) close(visit, atMs);
    }

    const exited = /^(\w+)StateExited$/.exec(event.type);
    if (exited && event.stateName) {
      if (exited[1] === 'Map' || exited[1] === 'Parallel') {
        const at = containers.findLastIndex((container) => container.type === exited[1]);
        if (at >= 0) containers.splice(at, 1);
      }
      const visit = open.findLast((candidate) => candidate.name === event.stateName && candidate.branch === branch);
      if (visit) close(visit, atMs);
    }

    // The first event of a branch that is not an open visit's own work ends that visit.
    for (const visit of open.filter((candidate) => candidate.branch === branch)) {
      if (!OWN_EVENTS[visit.stateType]?.test(event.type)) close(visit, atMs);
    }

    const entered = /^(\w+)StateEntered$/.exec(event.type);
    if (entered && event.stateName) {
      open.push({ name: event.stateName, stateType: entered[1], branch, enteredMs: atMs });
      if (entered[1] === 'Map' || entered[1] === 'Parallel') containers.push({ type: entered[1], branch });
    }
  }
  // A running execution: what is still open counts until the newest event of its own branch.
  for (const visit of [...open]) {
    const lastMs = events.findLast((event) => branchOf.get(event.id) === visit.branch)?.timestamp.getTime() ?? visit.enteredMs;
    close(visit, lastMs);
  }
  return activeMs;
}
