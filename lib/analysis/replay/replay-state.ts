import type { HistoryEvent } from '@/lib/model';
import { getReplayDefinition, type ReplayDefinition } from './get-replay-definition';
import type {
  ExecutionReplay,
  ReplayAttempt,
  ReplayError,
  ReplayLane,
  ReplayStateType,
  ReplayStatus,
  ReplayVisit,
  ReplayWarning,
  ReplayWarningCode,
} from './replay-types';
import { type ReplayExecutionOptions, type Details, isObject } from './replay-event-reading';

/**
 * The replay model being built: lanes (the execution, Parallel branches, Map iterations), visits and
 * attempts, the event columns, and the operations that open and close them.
 */
export abstract class ReplayState {
  protected readonly warnings: ReplayWarning[] = [];
  protected readonly warned = new Set<string>();
  protected readonly events: readonly HistoryEvent[];
  protected readonly definition: ReplayDefinition | null = null;

  protected readonly lanes: ReplayLane[] = [];
  protected readonly visits: ReplayVisit[] = [];
  /** Per lane, its visits not yet ended (usually one; more when a history is out of order). */
  protected readonly laneOpen: number[][] = [];
  protected readonly openVisits = new Set<number>();
  /** A failure not yet retried, caught or propagated, per visit. */
  protected readonly pending = new Map<number, ReplayError>();
  protected lastFailure: { error: ReplayError; visit: number } | null = null;

  protected readonly typeNames: string[] = [];
  protected readonly typeCodeOf = new Map<string, number>();
  protected readonly ids: number[];
  protected readonly typeCodes: number[];
  protected readonly timesMs: number[];
  protected readonly visitOfPos: number[];
  protected readonly laneOfPos: number[];
  protected readonly posOfId = new Map<number, number>();
  protected currentLane = 0;

  protected status: ExecutionReplay['status'] = 'RUNNING';
  protected error: ReplayError | null = null;
  protected failedVisit: number | null = null;
  protected endPos: number | null = null;
  protected readonly redrives: ExecutionReplay['redrives'] = [];

  constructor(events: readonly HistoryEvent[], options: ReplayExecutionOptions) {
    this.events = this.sorted(Array.isArray(events) ? events : []);
    if (options.definition !== undefined && options.definition !== null) {
      const index = getReplayDefinition(options.definition);
      this.definition = index.value;
      if (index.problem) this.warn('invalid-definition', `${index.problem} Branches are placed from the history alone.`, null);
    }
    const n = this.events.length;
    this.ids = new Array<number>(n);
    this.typeCodes = new Array<number>(n);
    this.timesMs = new Array<number>(n);
    this.visitOfPos = new Array<number>(n).fill(-1);
    this.laneOfPos = new Array<number>(n).fill(0);
  }

  protected addLane(kind: ReplayLane['kind'], parentVisit: number, position: number, attempt: number, pos: number, scope: string): number {
    const parent = this.visits[parentVisit];
    const index = this.lanes.length;
    this.lanes.push({
      index,
      kind,
      parentVisit,
      position,
      attempt,
      depth: this.lanes[parent.lane].depth + 1,
      scope,
      startPos: pos,
      endPos: null,
      startMs: this.timesMs[pos],
      endMs: null,
      status: 'running',
      visits: [],
    });
    this.laneOpen.push([]);
    parent.lanes.push(index);
    return index;
  }

  protected parentLane(lane: number): number {
    const parent = this.lanes[lane].parentVisit;
    return parent === null ? -1 : this.visits[parent].lane;
  }

  /** The open visit an event belongs to: the one its previous event belongs to, else up the lanes, else the newest anywhere. */
  protected findOpen(hintVisit: number, hintLane: number, matches: (visit: ReplayVisit) => boolean, oldestAnywhere = false): number {
    if (hintVisit >= 0 && this.openVisits.has(hintVisit) && matches(this.visits[hintVisit])) return hintVisit;
    for (let lane = hintLane; lane >= 0; lane = this.parentLane(lane)) {
      const open = this.laneOpen[lane];
      for (let i = open.length - 1; i >= 0; i--) if (matches(this.visits[open[i]])) return open[i];
    }
    let found = -1;
    for (const visit of this.openVisits) {
      if (!matches(this.visits[visit])) continue;
      found = visit;
      if (oldestAnywhere) break;
    }
    return found;
  }

  protected exit(pos: number, details: Details | null, hintLane: number): number {
    const name = typeof details?.name === 'string' ? details.name : null;
    const visit = this.findOpen(-1, hintLane, (v) => name === null || v.name === name);
    if (visit < 0) {
      this.warn('unplaced-event', `Event ${this.ids[pos]} exits state ${name ?? '(unnamed)'}, which was not entered.`, this.ids[pos]);
      return -1;
    }
    const state = this.visits[visit];
    const failure = this.pending.get(visit) ?? null;
    const lastRun = state.attempts.at(-1);
    const caught = failure !== null || (lastRun !== undefined && lastRun.status !== 'running' && lastRun.status !== 'succeeded');
    if (lastRun && lastRun.status === 'running') this.closeAttempt(lastRun, pos, 'succeeded', null);
    state.exitedEventId = this.ids[pos];
    // Histories read without payloads lack assignedVariables: the definition says who may assign.
    state.assigns = isObject(details?.assignedVariables) ? Object.keys(details.assignedVariables).length > 0 : this.mayAssign(state.nodeId);
    if (caught && !state.error && lastRun?.error) state.error = lastRun.error;
    this.close(visit, pos, caught ? 'caught' : 'succeeded');
    return visit;
  }

  protected abortState(pos: number, stateType: ReplayStateType, hintVisit: number, hintLane: number): number {
    const ofType = (v: ReplayVisit) => v.type === stateType || stateType === 'Unknown';
    // AWS points abort events at the failure that caused them, so prefer a visit that is not failing
    // itself, the oldest first; a visit that already failed can still be aborted (a timed-out sibling).
    let visit = this.findOpen(hintVisit, hintLane, (v) => ofType(v) && !this.pending.has(v.index), true);
    if (visit < 0) visit = this.findOpen(hintVisit, hintLane, ofType, true);
    if (visit < 0) {
      this.warn('unplaced-event', `Event ${this.ids[pos]} aborts a ${stateType} state that is not running.`, this.ids[pos]);
      return -1;
    }
    const state = this.visits[visit];
    const lastRun = state.attempts.at(-1);
    if (lastRun && lastRun.status === 'running') this.closeAttempt(lastRun, pos, 'aborted', null);
    this.close(visit, pos, this.pending.has(visit) ? 'failed' : 'aborted');
    return visit;
  }

  /** Ends a visit and, under it, whatever still runs. */
  protected close(visit: number, pos: number, status: ReplayStatus): void {
    const state = this.visits[visit];
    if (!this.openVisits.has(visit)) return;
    this.openVisits.delete(visit);
    const open = this.laneOpen[state.lane];
    const at = open.lastIndexOf(visit);
    if (at >= 0) open.splice(at, 1);
    state.status = status;
    state.endPos = pos;
    state.endMs = this.timesMs[pos];
    const failure = this.pending.get(visit);
    if (failure && !state.error) state.error = failure;
    this.pending.delete(visit);
    for (const lane of state.lanes) {
      if (this.lanes[lane].endPos === null) this.closeLane(lane, pos, status === 'succeeded' ? 'succeeded' : 'aborted');
    }
  }

  protected closeLane(lane: number, pos: number, fallback: ReplayStatus): void {
    const info = this.lanes[lane];
    for (const visit of [...this.laneOpen[lane]]) this.close(visit, pos, this.pending.has(visit) ? 'failed' : fallback === 'succeeded' ? 'aborted' : fallback);
    let status: ReplayStatus = fallback;
    let endPos = pos;
    const last = info.visits.at(-1);
    if (last !== undefined) {
      const lastVisit = this.visits[last];
      if (lastVisit.status === 'failed') status = 'failed';
      else if (lastVisit.status === 'aborted') status = 'aborted';
      // Branches have no end event: a branch ends with its last state.
      if (info.kind === 'branch' && lastVisit.endPos !== null && fallback === 'succeeded') endPos = lastVisit.endPos;
    }
    info.status = status;
    info.endPos = endPos;
    info.endMs = this.timesMs[endPos];
  }

  protected fail(visit: number, error: ReplayError): void {
    this.pending.set(visit, error);
    this.visits[visit].error = error;
    this.lastFailure = { error, visit };
  }

  // ── attempts ───────────────────────────────────────────────────────────────────────────────────

  protected newAttempt(state: ReplayVisit, pos: number, resource: string | null): ReplayAttempt {
    const previous = state.attempts.at(-1);
    const attempt: ReplayAttempt = {
      number: state.attempts.length + 1,
      startEventId: this.ids[pos],
      startMs: this.timesMs[pos],
      startedMs: null,
      submittedMs: null,
      endMs: null,
      endEventId: null,
      status: 'running',
      error: null,
      backoffMs: previous?.endMs != null ? this.timesMs[pos] - previous.endMs : null,
      resource,
    };
    state.attempts.push(attempt);
    // A retry puts the failure behind it: it stays on the attempt that failed.
    this.pending.delete(state.index);
    state.error = null;
    return attempt;
  }

  protected closeAttempt(attempt: ReplayAttempt, pos: number, status: ReplayAttempt['status'], error: ReplayError | null): void {
    attempt.status = status;
    attempt.endMs = this.timesMs[pos];
    attempt.endEventId = this.ids[pos];
    attempt.error = error;
  }

  protected mayAssign(nodeId: string): boolean {
    const fields = this.definition?.states.get(nodeId)?.fields;
    if (!fields) return false;
    if (isObject(fields.Assign)) return true;
    return Array.isArray(fields.Catch) && fields.Catch.some((catcher) => isObject(catcher) && isObject(catcher.Assign));
  }

  /** The resource as the Scheduled event names it, from the definition when the event's details were not read. */
  protected resourceOf(visit: number): string | null {
    const resource = this.definition?.states.get(this.visits[visit].nodeId)?.fields.Resource;
    if (typeof resource !== 'string') return null;
    const integration = /^arn:[^:]+:states:::([^:]+):(.+)$/.exec(resource);
    return integration ? `${integration[1]}:${integration[2]}` : resource;
  }

  protected warn(code: ReplayWarningCode, message: string, eventId: number | null, onceKey?: string): void {
    const key = onceKey ?? `${code}:${message}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    // A pathological history must not produce 25,000 warnings.
    if (this.warnings.length >= 100) return;
    this.warnings.push({ code, message, eventId });
  }

  protected sorted(events: readonly HistoryEvent[]): readonly HistoryEvent[] {
    let ascending = true;
    let allNumeric = true;
    for (let i = 0; i < events.length; i++) {
      const id = events[i]?.id;
      if (typeof id !== 'number') allNumeric = false;
      else if (i > 0 && typeof events[i - 1]?.id === 'number' && (events[i - 1].id as number) > id) ascending = false;
    }
    if (ascending || !allNumeric) return events.filter((event) => isObject(event));
    this.warn('unsorted', 'The events were not in id order; they are replayed sorted by id.', null);
    return events.filter((event) => isObject(event)).sort((a, b) => (a.id as number) - (b.id as number));
  }
}
