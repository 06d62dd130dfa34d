import type { ExecutionReplay } from './replay-types';

export type ReplayTimelineRow =
  | { kind: 'visit'; key: string; visit: number; depth: number; expandable: boolean; expanded: boolean }
  | { kind: 'lane'; key: string; lane: number; depth: number; expandable: boolean; expanded: boolean };

/** Row keys: `v<visit>` for a visit with branches or iterations, `l<lane>` for a branch or iteration. */
export function toTimelineRowKey(kind: 'visit' | 'lane', index: number): string {
  return `${kind === 'visit' ? 'v' : 'l'}${index}`;
}

/** Up to this many iterations of one Map run open by default; beyond it only failed ones do. */
const OPEN_ITERATIONS = 3;

/**
 * What the timeline opens at first: every Parallel and Map visit, every branch, a Map's first few
 * iterations, and every lane on the way to the failure.
 */
export function getDefaultTimelineExpansion(replay: ExecutionReplay): Set<string> {
  const expanded = new Set<string>();
  for (const visit of replay.visits) if (visit.lanes.length > 0) expanded.add(toTimelineRowKey('visit', visit.index));
  for (const lane of replay.lanes) {
    if (lane.kind === 'branch') expanded.add(toTimelineRowKey('lane', lane.index));
    if (lane.kind === 'iteration' && ((lane.position ?? 0) < OPEN_ITERATIONS || lane.status === 'failed')) expanded.add(toTimelineRowKey('lane', lane.index));
  }
  const failed = replay.failedVisit;
  if (failed !== null) {
    for (let lane = replay.visits[failed]?.lane ?? 0; lane > 0; ) {
      expanded.add(toTimelineRowKey('lane', lane));
      const parent = replay.lanes[lane].parentVisit;
      if (parent === null) break;
      expanded.add(toTimelineRowKey('visit', parent));
      lane = replay.visits[parent].lane;
    }
  }
  return expanded;
}

/** The timeline's rows in display order: one per visit, nested rows for branches and iterations. */
export function getReplayTimelineRows(replay: ExecutionReplay, expanded: ReadonlySet<string>): ReplayTimelineRow[] {
  const rows: ReplayTimelineRow[] = [];
  const addLaneVisits = (lane: number, depth: number) => {
    for (const visit of replay.lanes[lane].visits) {
      const info = replay.visits[visit];
      const key = toTimelineRowKey('visit', visit);
      const expandable = info.lanes.length > 0;
      const open = expandable && expanded.has(key);
      rows.push({ kind: 'visit', key, visit, depth, expandable, expanded: open });
      if (!open) continue;
      for (const child of info.lanes) {
        const laneKey = toTimelineRowKey('lane', child);
        const laneOpen = expanded.has(laneKey) && replay.lanes[child].visits.length > 0;
        rows.push({ kind: 'lane', key: laneKey, lane: child, depth: depth + 1, expandable: replay.lanes[child].visits.length > 0, expanded: laneOpen });
        if (laneOpen) addLaneVisits(child, depth + 2);
      }
    }
  };
  if (replay.lanes.length > 0) addLaneVisits(0, 0);
  return rows;
}
