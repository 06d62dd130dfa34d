import type { ExecutionReplay } from './replay-types';

/** A state's colour in the graph: what it is doing at the instant, or how it ended. */
export type ReplayNodeOutcome = 'active' | 'failed' | 'caught' | 'retried' | 'cancelled' | 'succeeded' | 'not-reached';

export type ReplayNodeFrame = {
  outcome: ReplayNodeOutcome;
  /** Visits begun by the instant (a state inside a Map is visited once per item). */
  visits: number;
  active: number;
  succeeded: number;
  failed: number;
  caught: number;
  aborted: number;
  /** Visits with more than one attempt so far. */
  retried: number;
  /** The newest visit begun by the instant. */
  latestVisit: number;
  /** Map states: their iterations by how they stand at the instant. */
  iterations: { total: number; running: number; succeeded: number; failed: number; aborted: number } | null;
};

export type ReplayFrame = {
  /** Position of the instant in `replay.events`. */
  pos: number;
  nodes: Map<string, ReplayNodeFrame>;
};

/**
 * What every state is doing at event position `pos` (after that event). Linear in visits and lanes, with
 * no allocation per visit, so it can run on every animation frame while scrubbing.
 */
export function getReplayFrame(replay: ExecutionReplay, pos: number): ReplayFrame {
  const nodes = new Map<string, ReplayNodeFrame>();
  const atId = replay.events.ids[Math.max(0, Math.min(pos, replay.events.ids.length - 1))] ?? 0;
  for (const visit of replay.visits) {
    if (visit.startPos > pos) continue;
    let node = nodes.get(visit.nodeId);
    if (!node) {
      node = { outcome: 'not-reached', visits: 0, active: 0, succeeded: 0, failed: 0, caught: 0, aborted: 0, retried: 0, latestVisit: visit.index, iterations: null };
      nodes.set(visit.nodeId, node);
    }
    node.visits++;
    node.latestVisit = visit.index;
    let attempts = 0;
    for (const attempt of visit.attempts) if (attempt.startEventId <= atId) attempts++;
    if (attempts > 1) node.retried++;
    if (visit.endPos === null || visit.endPos > pos) node.active++;
    else if (visit.status === 'succeeded') node.succeeded++;
    else if (visit.status === 'failed') node.failed++;
    else if (visit.status === 'caught') node.caught++;
    else if (visit.status === 'aborted') node.aborted++;
    else node.active++;
  }
  for (const lane of replay.lanes) {
    if (lane.kind !== 'iteration' || lane.startPos > pos || lane.parentVisit === null) continue;
    const node = nodes.get(replay.visits[lane.parentVisit].nodeId);
    if (!node) continue;
    node.iterations ??= { total: 0, running: 0, succeeded: 0, failed: 0, aborted: 0 };
    node.iterations.total++;
    if (lane.endPos === null || lane.endPos > pos) node.iterations.running++;
    else if (lane.status === 'succeeded') node.iterations.succeeded++;
    else if (lane.status === 'failed') node.iterations.failed++;
    else node.iterations.aborted++;
  }
  for (const node of nodes.values()) node.outcome = toOutcome(node);
  return { pos, nodes };
}

function toOutcome(node: ReplayNodeFrame): ReplayNodeOutcome {
  if (node.active > 0) return 'active';
  if (node.failed > 0) return 'failed';
  if (node.caught > 0) return 'caught';
  if (node.retried > 0) return 'retried';
  if (node.aborted > 0) return 'cancelled';
  if (node.succeeded > 0) return 'succeeded';
  return 'not-reached';
}
