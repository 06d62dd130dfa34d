import { isKnownHistoryEventType, type HistoryEvent } from '@/lib/model';
import { getReplayDefinition, toReplayNodeId, type ReplayDefinition } from './get-replay-definition';
import type {
  ExecutionReplay,
  ReplayAnalysis,
  ReplayAttempt,
  ReplayError,
  ReplayLane,
  ReplayStateType,
  ReplayStatus,
  ReplayVisit,
  ReplayWarning,
  ReplayWarningCode,
} from './replay-types';

/** Max events in one Standard execution history: ../shared/reference/quotas.md §1 (25,000, hard). */
const MAX_HISTORY_EVENTS = 25_000;

export type ReplayExecutionOptions = {
  /** The definition the execution ran (ASL text or parsed): places Parallel branches by state name. */
  definition?: unknown;
};

const STATE_TYPES: Record<string, ReplayStateType> = {
  Task: 'Task',
  Pass: 'Pass',
  Choice: 'Choice',
  Wait: 'Wait',
  Parallel: 'Parallel',
  Map: 'Map',
  Succeed: 'Succeed',
  Fail: 'Fail',
};

const TASK_SCHEDULED = new Set(['TaskScheduled', 'LambdaFunctionScheduled', 'ActivityScheduled']);
const TASK_STARTED = new Set(['TaskStarted', 'LambdaFunctionStarted', 'ActivityStarted']);
const TASK_SUCCEEDED = new Set(['TaskSucceeded', 'LambdaFunctionSucceeded', 'ActivitySucceeded']);
const TASK_FAILED = new Set([
  'TaskFailed',
  'LambdaFunctionFailed',
  'ActivityFailed',
  'TaskStartFailed',
  'TaskSubmitFailed',
  'LambdaFunctionStartFailed',
  'LambdaFunctionScheduleFailed',
  'ActivityScheduleFailed',
]);
const TASK_TIMED_OUT = new Set(['TaskTimedOut', 'LambdaFunctionTimedOut', 'ActivityTimedOut']);
const EXECUTION_END: Record<string, ExecutionReplay['status']> = {
  ExecutionSucceeded: 'SUCCEEDED',
  ExecutionFailed: 'FAILED',
  ExecutionTimedOut: 'TIMED_OUT',
  ExecutionAborted: 'ABORTED',
};

type Details = Record<string, unknown>;

/**
 * Replays one execution from its history (sorted by id, as GetExecutionHistory returns it): every
 * state visit with its attempts, the Parallel branches and Map iterations as nested lanes, Map Runs,
 * caught errors and where they went. Lanes follow the `previousEventId` chains
 * (../shared/reference/history-events.md §2); with the definition, a state's name also tells which
 * branch it belongs to, which is what histories with broken chains need. Never throws: what it
 * cannot place becomes a warning.
 */
export function replayExecution(events: readonly HistoryEvent[], options: ReplayExecutionOptions = {}): ReplayAnalysis<ExecutionReplay> {
  return new ReplayBuilder(events, options).build();
}

class ReplayBuilder {
  private readonly warnings: ReplayWarning[] = [];
  private readonly warned = new Set<string>();
  private readonly events: readonly HistoryEvent[];
  private readonly definition: ReplayDefinition | null = null;

  private readonly lanes: ReplayLane[] = [];
  private readonly visits: ReplayVisit[] = [];
  /** Per lane, its visits not yet ended (usually one; more when a history is out of order). */
  private readonly laneOpen: number[][] = [];
  private readonly openVisits = new Set<number>();
  /** A failure not yet retried, caught or propagated, per visit. */
  private readonly pending = new Map<number, ReplayError>();
  private lastFailure: { error: ReplayError; visit: number } | null = null;

  private readonly typeNames: string[] = [];
  private readonly typeCodeOf = new Map<string, number>();
  private readonly ids: number[];
  private readonly typeCodes: number[];
  private readonly timesMs: number[];
  private readonly visitOfPos: number[];
  private readonly laneOfPos: number[];
  private readonly posOfId = new Map<number, number>();
  private currentLane = 0;

  private status: ExecutionReplay['status'] = 'RUNNING';
  private error: ReplayError | null = null;
  private failedVisit: number | null = null;
  private endPos: number | null = null;
  private readonly redrives: ExecutionReplay['redrives'] = [];

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

  build(): ReplayAnalysis<ExecutionReplay> {
    const n = this.events.length;
    this.readColumns();
    this.lanes.push({
      index: 0,
      kind: 'execution',
      parentVisit: null,
      position: null,
      attempt: 1,
      depth: 0,
      scope: '',
      startPos: 0,
      endPos: null,
      startMs: n > 0 ? this.timesMs[0] : 0,
      endMs: null,
      status: 'running',
      visits: [],
    });
    this.laneOpen.push([]);

    for (let pos = 0; pos < n; pos++) {
      try {
        this.apply(pos);
      } catch (error) {
        // A bug here must not cost the user the whole replay: skip the event and say so.
        this.warn('unplaced-event', `Event ${this.ids[pos]} could not be replayed: ${(error as Error).message}`, this.ids[pos]);
      }
    }
    this.finish();

    const lastMs = n > 0 ? this.timesMs[n - 1] : 0;
    const value: ExecutionReplay = {
      startMs: n > 0 ? this.timesMs[0] : 0,
      endMs: this.endPos !== null ? this.timesMs[this.endPos] : lastMs,
      status: this.status,
      error: this.error,
      failedVisit: this.failedVisit,
      lanes: this.lanes,
      visits: this.visits,
      events: {
        typeNames: this.typeNames,
        ids: this.ids,
        typeCodes: this.typeCodes,
        timesMs: this.timesMs,
        visits: this.visitOfPos,
      },
      redrives: this.redrives,
      complete: this.status !== 'RUNNING',
    };
    return { value, warnings: this.warnings };
  }

  // ── input ──────────────────────────────────────────────────────────────────────────────────────

  private sorted(events: readonly HistoryEvent[]): readonly HistoryEvent[] {
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

  private readColumns(): void {
    let lastMs = 0;
    let lastId = 0;
    for (let pos = 0; pos < this.events.length; pos++) {
      const event = this.events[pos];
      const id = typeof event.id === 'number' && Number.isFinite(event.id) ? event.id : null;
      if (id === null) this.warn('missing-id', 'Some events have no numeric id; they are numbered by position.', null, 'missing-id');
      const resolvedId = id ?? lastId + 1;
      this.ids[pos] = resolvedId;
      lastId = resolvedId;
      if (id !== null && !this.posOfId.has(id)) this.posOfId.set(id, pos);

      const ms = toMs(event.timestamp);
      if (ms === null) {
        this.warn('missing-timestamp', 'Some events have no valid timestamp; they are placed at the time of the event before.', resolvedId, 'missing-timestamp');
        this.timesMs[pos] = lastMs;
      } else {
        this.timesMs[pos] = ms;
        lastMs = ms;
      }

      const type = typeof event.type === 'string' ? event.type : 'Unknown';
      let code = this.typeCodeOf.get(type);
      if (code === undefined) {
        code = this.typeNames.length;
        this.typeNames.push(type);
        this.typeCodeOf.set(type, code);
        if (!isKnownHistoryEventType(type)) {
          this.warn('unknown-event-type', `Event type ${type} is not known to Statescope; its events are shown but not replayed.`, resolvedId);
        }
      }
      this.typeCodes[pos] = code;
    }
  }

  // ── one event ──────────────────────────────────────────────────────────────────────────────────

  private apply(pos: number): void {
    const event = this.events[pos];
    const type = this.typeNames[this.typeCodes[pos]];
    const prevId = event.previousEventId;
    const prevPos = typeof prevId === 'number' && prevId > 0 ? (this.posOfId.get(prevId) ?? -1) : -1;
    const hintLane = prevPos >= 0 && prevPos < pos ? this.laneOfPos[prevPos] : this.currentLane;
    const hintVisit = prevPos >= 0 && prevPos < pos ? this.visitOfPos[prevPos] : -1;
    let visit = -1;
    let lane = hintLane;

    if (type === 'ExecutionStarted') {
      lane = 0;
    } else if (EXECUTION_END[type]) {
      lane = 0;
      this.endExecution(pos, EXECUTION_END[type], readError(event, this.ids[pos]));
    } else if (type === 'ExecutionRedriven') {
      lane = 0;
      this.redrive(pos, event);
    } else if (type.endsWith('StateEntered')) {
      visit = this.enter(pos, type, prevPos, readDetails(event, 'stateEnteredEventDetails'));
    } else if (type.endsWith('StateExited')) {
      visit = this.exit(pos, readDetails(event, 'stateExitedEventDetails'), hintLane);
    } else if (type.endsWith('StateAborted')) {
      visit = this.abortState(pos, stateTypeOf(type, 'StateAborted'), hintVisit, hintLane);
    } else if (TASK_SCHEDULED.has(type)) {
      visit = this.startAttempt(pos, hintVisit, hintLane, readResource(event));
    } else if (TASK_STARTED.has(type) || type === 'TaskSubmitted') {
      visit = this.findOpen(hintVisit, hintLane, (v) => v.type === 'Task');
      const attempt = visit >= 0 ? this.visits[visit].attempts.at(-1) : undefined;
      if (attempt && type === 'TaskSubmitted') attempt.submittedMs = this.timesMs[pos];
      else if (attempt) attempt.startedMs = this.timesMs[pos];
    } else if (TASK_SUCCEEDED.has(type)) {
      visit = this.endAttempt(pos, hintVisit, hintLane, 'succeeded', null);
    } else if (TASK_FAILED.has(type) || TASK_TIMED_OUT.has(type)) {
      visit = this.endAttempt(pos, hintVisit, hintLane, TASK_TIMED_OUT.has(type) ? 'timed-out' : 'failed', readError(event, this.ids[pos]));
    } else if (type === 'EvaluationFailed') {
      const details = readDetails(event, 'evaluationFailedEventDetails');
      const stateName = typeof details?.state === 'string' ? details.state : null;
      visit = this.findOpen(hintVisit, hintLane, (v) => stateName === null || v.name === stateName);
      if (visit >= 0) this.fail(visit, readError(event, this.ids[pos]));
    } else if (type === 'MapStateStarted' || type === 'ParallelStateStarted') {
      visit = this.startRun(pos, type === 'MapStateStarted' ? 'Map' : 'Parallel', hintVisit, hintLane, event);
    } else if (type === 'MapIterationStarted') {
      lane = this.startIteration(pos, readDetails(event, 'mapIterationStartedEventDetails'), hintLane);
      visit = lane > 0 ? (this.lanes[lane].parentVisit ?? -1) : -1;
    } else if (type === 'MapIterationSucceeded' || type === 'MapIterationFailed' || type === 'MapIterationAborted') {
      const key = `mapIteration${type.slice('MapIteration'.length)}EventDetails`;
      const status = type === 'MapIterationSucceeded' ? 'succeeded' : type === 'MapIterationFailed' ? 'failed' : 'aborted';
      lane = this.endIteration(pos, readDetails(event, key), hintLane, status);
      visit = lane > 0 ? (this.lanes[lane].parentVisit ?? -1) : -1;
    } else if (type === 'MapStateSucceeded' || type === 'MapStateFailed' || type === 'ParallelStateSucceeded' || type === 'ParallelStateFailed') {
      const stateType = type.startsWith('Map') ? 'Map' : 'Parallel';
      visit = this.endRun(pos, stateType, hintLane, type.endsWith('Succeeded') ? 'succeeded' : 'failed');
    } else if (type.startsWith('MapRun')) {
      visit = this.mapRun(pos, type, event, hintVisit, hintLane);
    } else if (!isKnownHistoryEventType(type)) {
      // Shown in the event list; nothing to replay.
    } else {
      this.warn('unplaced-event', `Event ${this.ids[pos]} (${type}) is not part of any state visit.`, this.ids[pos]);
    }

    // Iteration events stay in their iteration's lane, so the iteration's first state finds it.
    if (type.startsWith('MapIteration')) lane = lane >= 0 ? lane : hintLane;
    else if (visit >= 0) lane = this.visits[visit].lane;
    this.visitOfPos[pos] = visit;
    this.laneOfPos[pos] = lane >= 0 ? lane : 0;
    this.currentLane = this.laneOfPos[pos];
  }

  // ── visits ─────────────────────────────────────────────────────────────────────────────────────

  private enter(pos: number, eventType: string, prevPos: number, details: Details | null): number {
    const name = typeof details?.name === 'string' ? details.name : '(unnamed state)';
    const lane = this.placeEntered(name, prevPos, pos);
    const laneInfo = this.lanes[lane];
    const nodeId = toReplayNodeId(laneInfo.scope, name);
    const stateType = stateTypeOf(eventType, 'StateEntered');
    if (this.definition && !this.definition.states.has(nodeId)) {
      this.warn('unknown-state', `State ${name} (event ${this.ids[pos]}) is not in the definition.`, this.ids[pos]);
    }
    const index = this.visits.length;
    const ms = this.timesMs[pos];
    const visit: ReplayVisit = {
      index,
      name,
      type: stateType,
      nodeId,
      lane,
      enteredEventId: this.ids[pos],
      exitedEventId: null,
      startPos: pos,
      endPos: null,
      startMs: ms,
      endMs: null,
      status: 'running',
      attempts: [],
      error: null,
      catchNextVisit: null,
      nextVisit: null,
      lanes: [],
      mapRuns: [],
      itemCount: null,
      assigns: false,
    };
    this.visits.push(visit);
    const previous = laneInfo.visits.at(-1);
    if (previous !== undefined) {
      const before = this.visits[previous];
      if (before.nextVisit === null && before.endPos !== null) {
        before.nextVisit = index;
        if (before.status === 'caught') before.catchNextVisit = index;
      }
    }
    laneInfo.visits.push(index);

    if (stateType === 'Fail') {
      // A Fail state ends as it is entered; its error is the definition's (the events after it carry none).
      const fields = this.definition?.states.get(nodeId)?.fields;
      const error: ReplayError = {
        error: typeof fields?.Error === 'string' ? fields.Error : null,
        cause: typeof fields?.Cause === 'string' ? fields.Cause : null,
        eventId: this.ids[pos],
      };
      visit.status = 'failed';
      visit.endPos = pos;
      visit.endMs = ms;
      visit.error = error;
      this.lastFailure = { error, visit: index };
    } else {
      this.laneOpen[lane].push(index);
      this.openVisits.add(index);
    }
    return index;
  }

  /** Which lane a state entered after event `prevPos` runs in. */
  private placeEntered(name: string, prevPos: number, pos: number): number {
    const known = prevPos >= 0 && prevPos < pos;
    const prevVisit = known ? this.visitOfPos[prevPos] : -1;
    // The first state of a branch follows its ParallelStateStarted.
    if (prevVisit >= 0 && this.openVisits.has(prevVisit) && this.visits[prevVisit].type === 'Parallel') {
      const branch = this.branchOf(prevVisit, name, this.visits[prevVisit].attempts.at(-1)?.startEventId === this.ids[prevPos]);
      if (branch !== null) return this.branchLane(prevVisit, branch, pos);
    }
    for (let lane = known ? this.laneOfPos[prevPos] : this.currentLane; lane >= 0; lane = this.parentLane(lane)) {
      // Without the definition, the previous event's lane is all there is to go by.
      if (!this.definition || this.definition.scopes.get(this.lanes[lane].scope)?.states.has(name)) return lane;
      const open = this.laneOpen[lane];
      for (let i = open.length - 1; i >= 0; i--) {
        const candidate = this.visits[open[i]];
        if (candidate.type !== 'Parallel' || candidate.attempts.at(-1)?.status !== 'running') continue;
        const branch = this.branchOf(open[i], name, false);
        if (branch !== null) return this.branchLane(open[i], branch, pos);
      }
    }
    this.warn('unknown-state', `State ${name} (event ${this.ids[pos]}) could not be placed in a branch; it is shown at the top level.`, this.ids[pos]);
    return known ? this.laneOfPos[prevPos] : this.currentLane;
  }

  /** The branch of Parallel visit `visit` that has state `name`: from the definition, else by order of appearance. */
  private branchOf(visit: number, name: string, followsStart: boolean): number | null {
    const parallel = this.visits[visit];
    if (this.definition) {
      const count = this.definition.branchCounts.get(parallel.nodeId) ?? 0;
      for (let branch = 0; branch < count; branch++) {
        if (this.definition.scopes.get(`${parallel.nodeId}/${branch}`)?.states.has(name)) return branch;
      }
      return null;
    }
    if (!followsStart) return null;
    const attempt = parallel.attempts.length;
    let branches = 0;
    for (const lane of parallel.lanes) if (this.lanes[lane].attempt === attempt) branches++;
    return branches;
  }

  private branchLane(visit: number, branch: number, pos: number): number {
    const parallel = this.visits[visit];
    const attempt = Math.max(1, parallel.attempts.length);
    for (const lane of parallel.lanes) {
      if (this.lanes[lane].attempt === attempt && this.lanes[lane].position === branch) return lane;
    }
    return this.addLane('branch', visit, branch, attempt, pos, `${parallel.nodeId}/${branch}`);
  }

  private addLane(kind: ReplayLane['kind'], parentVisit: number, position: number, attempt: number, pos: number, scope: string): number {
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

  private parentLane(lane: number): number {
    const parent = this.lanes[lane].parentVisit;
    return parent === null ? -1 : this.visits[parent].lane;
  }

  /** The open visit an event belongs to: the one its previous event belongs to, else up the lanes, else the newest anywhere. */
  private findOpen(hintVisit: number, hintLane: number, matches: (visit: ReplayVisit) => boolean, oldestAnywhere = false): number {
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

  private exit(pos: number, details: Details | null, hintLane: number): number {
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

  private abortState(pos: number, stateType: ReplayStateType, hintVisit: number, hintLane: number): number {
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
  private close(visit: number, pos: number, status: ReplayStatus): void {
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

  private closeLane(lane: number, pos: number, fallback: ReplayStatus): void {
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

  private fail(visit: number, error: ReplayError): void {
    this.pending.set(visit, error);
    this.visits[visit].error = error;
    this.lastFailure = { error, visit };
  }

  // ── attempts ───────────────────────────────────────────────────────────────────────────────────

  private newAttempt(state: ReplayVisit, pos: number, resource: string | null): ReplayAttempt {
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

  private closeAttempt(attempt: ReplayAttempt, pos: number, status: ReplayAttempt['status'], error: ReplayError | null): void {
    attempt.status = status;
    attempt.endMs = this.timesMs[pos];
    attempt.endEventId = this.ids[pos];
    attempt.error = error;
  }

  private mayAssign(nodeId: string): boolean {
    const fields = this.definition?.states.get(nodeId)?.fields;
    if (!fields) return false;
    if (isObject(fields.Assign)) return true;
    return Array.isArray(fields.Catch) && fields.Catch.some((catcher) => isObject(catcher) && isObject(catcher.Assign));
  }

  /** The resource as the Scheduled event names it, from the definition when the event's details were not read. */
  private resourceOf(visit: number): string | null {
    const resource = this.definition?.states.get(this.visits[visit].nodeId)?.fields.Resource;
    if (typeof resource !== 'string') return null;
    const integration = /^arn:[^:]+:states:::([^:]+):(.+)$/.exec(resource);
    return integration ? `${integration[1]}:${integration[2]}` : resource;
  }

  private startAttempt(pos: number, hintVisit: number, hintLane: number, resource: string | null): number {
    const visit = this.findOpen(hintVisit, hintLane, (v) => v.type === 'Task');
    if (visit < 0) {
      this.warn('unplaced-event', `Event ${this.ids[pos]} schedules work for no running Task state.`, this.ids[pos]);
      return -1;
    }
    const state = this.visits[visit];
    const running = state.attempts.at(-1);
    if (running?.status === 'running') this.closeAttempt(running, pos, 'aborted', null);
    this.newAttempt(state, pos, resource ?? this.resourceOf(visit));
    return visit;
  }

  private endAttempt(pos: number, hintVisit: number, hintLane: number, status: ReplayAttempt['status'], error: ReplayError | null): number {
    const visit = this.findOpen(hintVisit, hintLane, (v) => v.type === 'Task');
    if (visit < 0) {
      this.warn('unplaced-event', `Event ${this.ids[pos]} ends work of no running Task state.`, this.ids[pos]);
      return -1;
    }
    const state = this.visits[visit];
    let attempt = state.attempts.at(-1);
    // *ScheduleFailed comes instead of *Scheduled: the attempt starts and ends at once.
    if (!attempt || attempt.status !== 'running') attempt = this.newAttempt(state, pos, null);
    this.closeAttempt(attempt, pos, status, error);
    if (error) this.fail(visit, error);
    return visit;
  }

  /** MapStateStarted / ParallelStateStarted: a (re)run of the state; a Retry starts another one. */
  private startRun(pos: number, stateType: 'Map' | 'Parallel', hintVisit: number, hintLane: number, event: HistoryEvent): number {
    const visit = this.findOpen(hintVisit, hintLane, (v) => v.type === stateType);
    if (visit < 0) {
      this.warn('unplaced-event', `Event ${this.ids[pos]} starts a ${stateType} state that is not running.`, this.ids[pos]);
      return -1;
    }
    const state = this.visits[visit];
    const running = state.attempts.at(-1);
    if (running?.status === 'running') {
      // A retry after a failure the history shows no MapStateFailed for: the iterations ended it.
      this.endRunLanes(state, pos, 'failed');
      this.closeAttempt(running, this.lastEndPos(state, pos), 'failed', this.pending.get(visit) ?? this.lastFailure?.error ?? null);
    }
    this.newAttempt(state, pos, null);
    if (stateType === 'Map') {
      const length = readDetails(event, 'mapStateStartedEventDetails')?.length;
      state.itemCount = typeof length === 'number' ? length : null;
    }
    return visit;
  }

  private lastEndPos(state: ReplayVisit, fallback: number): number {
    let last = -1;
    for (const lane of state.lanes) if (this.lanes[lane].endPos !== null) last = Math.max(last, this.lanes[lane].endPos as number);
    return last >= 0 ? last : fallback;
  }

  private endRun(pos: number, stateType: 'Map' | 'Parallel', hintLane: number, status: 'succeeded' | 'failed'): number {
    // A state that failed before it started (an evaluation error) ends without a run.
    const visit = this.findOpen(-1, hintLane, (v) => v.type === stateType && (v.attempts.length === 0 || v.attempts.at(-1)?.status === 'running'));
    if (visit < 0) {
      this.warn('unplaced-event', `Event ${this.ids[pos]} ends a ${stateType} state that is not running.`, this.ids[pos]);
      return -1;
    }
    const state = this.visits[visit];
    const attempt = state.attempts.at(-1);
    this.endRunLanes(state, pos, status);
    if (status === 'failed') {
      const error = this.pending.get(visit) ?? this.lastFailure?.error ?? null;
      if (attempt) this.closeAttempt(attempt, pos, 'failed', error);
      // Propagated, not originated: the innermost failure stays the one the execution failed at.
      this.pending.set(visit, error ?? { error: null, cause: null, eventId: this.ids[pos] });
      if (error) state.error = error;
    } else if (attempt) {
      this.closeAttempt(attempt, pos, 'succeeded', null);
    }
    return visit;
  }

  private endRunLanes(state: ReplayVisit, pos: number, status: 'succeeded' | 'failed'): void {
    const attempt = state.attempts.length;
    for (const lane of state.lanes) {
      const info = this.lanes[lane];
      if (info.attempt === attempt && info.endPos === null) this.closeLane(lane, pos, status === 'succeeded' ? 'succeeded' : 'aborted');
    }
  }

  // ── Map iterations and Map Runs ────────────────────────────────────────────────────────────────

  private findMap(hintLane: number, name: string | null): number {
    for (let lane = hintLane; lane >= 0; lane = this.parentLane(lane)) {
      const info = this.lanes[lane];
      if (info.kind === 'iteration' && info.parentVisit !== null && (name === null || this.visits[info.parentVisit].name === name)) {
        if (this.openVisits.has(info.parentVisit)) return info.parentVisit;
      }
      const open = this.laneOpen[lane];
      for (let i = open.length - 1; i >= 0; i--) {
        const visit = this.visits[open[i]];
        if (visit.type === 'Map' && (name === null || visit.name === name)) return open[i];
      }
    }
    return this.findOpen(-1, -1, (v) => v.type === 'Map' && (name === null || v.name === name));
  }

  private startIteration(pos: number, details: Details | null, hintLane: number): number {
    const name = typeof details?.name === 'string' ? details.name : null;
    const index = typeof details?.index === 'number' ? details.index : null;
    const visit = this.findMap(hintLane, name);
    if (visit < 0) {
      this.warn('unplaced-event', `Event ${this.ids[pos]} starts an iteration of Map ${name ?? '(unnamed)'}, which is not running.`, this.ids[pos]);
      return -1;
    }
    const state = this.visits[visit];
    if (state.attempts.length === 0) this.newAttempt(state, pos, null);
    const attempt = state.attempts.length;
    const position = index ?? state.lanes.filter((lane) => this.lanes[lane].attempt === attempt).length;
    return this.addLane('iteration', visit, position, attempt, pos, state.nodeId);
  }

  private endIteration(pos: number, details: Details | null, hintLane: number, status: ReplayStatus): number {
    const name = typeof details?.name === 'string' ? details.name : null;
    const index = typeof details?.index === 'number' ? details.index : null;
    const visit = this.findMap(hintLane, name);
    if (visit < 0) {
      this.warn('unplaced-event', `Event ${this.ids[pos]} ends an iteration of Map ${name ?? '(unnamed)'}, which is not running.`, this.ids[pos]);
      return -1;
    }
    const state = this.visits[visit];
    const attempt = state.attempts.length;
    let lane = -1;
    for (let i = state.lanes.length - 1; i >= 0; i--) {
      const info = this.lanes[state.lanes[i]];
      if (info.attempt === attempt && info.endPos === null && (index === null || info.position === index)) {
        lane = state.lanes[i];
        break;
      }
    }
    if (lane < 0) {
      this.warn('unplaced-event', `Event ${this.ids[pos]} ends iteration ${index ?? '?'} of Map ${state.name}, which was not started.`, this.ids[pos]);
      return this.lanes.length > 0 ? state.lane : -1;
    }
    this.closeLane(lane, pos, status);
    this.lanes[lane].status = status;
    return lane;
  }

  private mapRun(pos: number, type: string, event: HistoryEvent, hintVisit: number, hintLane: number): number {
    const visit = this.findOpen(hintVisit, hintLane, (v) => v.type === 'Map');
    if (visit < 0) {
      this.warn('unplaced-event', `Event ${this.ids[pos]} (${type}) belongs to no running Map state.`, this.ids[pos]);
      return -1;
    }
    const state = this.visits[visit];
    if (type === 'MapRunStarted') {
      const arn = readDetails(event, 'mapRunStartedEventDetails')?.mapRunArn;
      if (state.attempts.length === 0) this.newAttempt(state, pos, null);
      state.mapRuns.push({ mapRunArn: typeof arn === 'string' ? arn : null, startEventId: this.ids[pos], startMs: this.timesMs[pos], endMs: null, status: 'running', error: null });
      return visit;
    }
    const run = state.mapRuns.at(-1);
    if (!run) return visit;
    if (type === 'MapRunRedriven') {
      run.status = 'running';
      run.endMs = null;
      return visit;
    }
    run.endMs = this.timesMs[pos];
    run.status = type === 'MapRunSucceeded' ? 'succeeded' : type === 'MapRunFailed' ? 'failed' : 'aborted';
    if (type === 'MapRunFailed') {
      run.error = readError(event, this.ids[pos]);
      this.fail(visit, run.error);
    }
    return visit;
  }

  // ── the execution ──────────────────────────────────────────────────────────────────────────────

  private endExecution(pos: number, status: ExecutionReplay['status'], error: ReplayError): void {
    this.status = status;
    this.endPos = pos;
    let deepest = -1;
    for (const visit of [...this.openVisits]) {
      if (deepest < 0 || this.lanes[this.visits[visit].lane].depth >= this.lanes[this.visits[deepest].lane].depth) deepest = visit;
    }
    if (status === 'SUCCEEDED') {
      for (const visit of [...this.openVisits]) this.close(visit, pos, 'succeeded');
      this.error = null;
    } else {
      for (const visit of [...this.openVisits]) {
        const run = this.visits[visit].attempts.at(-1);
        if (run?.status === 'running') this.closeAttempt(run, pos, 'aborted', null);
        this.close(visit, pos, this.pending.has(visit) ? 'failed' : 'aborted');
      }
      this.error = error.error || error.cause ? error : (this.lastFailure?.error ?? error);
      this.failedVisit = status === 'FAILED' ? (this.lastFailure?.visit ?? (deepest >= 0 ? deepest : null)) : deepest >= 0 ? deepest : null;
    }
    const root = this.lanes[0];
    root.endPos = pos;
    root.endMs = this.timesMs[pos];
    root.status = status === 'SUCCEEDED' ? 'succeeded' : status === 'ABORTED' || status === 'TIMED_OUT' ? 'aborted' : 'failed';
  }

  private redrive(pos: number, event: HistoryEvent): void {
    const count = readDetails(event, 'executionRedrivenEventDetails')?.redriveCount;
    this.redrives.push({ eventId: this.ids[pos], ms: this.timesMs[pos], count: typeof count === 'number' ? count : this.redrives.length + 1 });
    this.status = 'RUNNING';
    this.endPos = null;
    this.error = null;
    this.failedVisit = null;
    this.lastFailure = null;
    const root = this.lanes[0];
    root.endPos = null;
    root.endMs = null;
    root.status = 'running';
  }

  private finish(): void {
    const n = this.events.length;
    if (n === 0) {
      this.warn('incomplete', 'The history has no events.', null);
      return;
    }
    if (this.status === 'FAILED' && n >= MAX_HISTORY_EVENTS && this.error?.error === 'States.Runtime') {
      this.warn('history-limit', `The execution failed because its history reached ${MAX_HISTORY_EVENTS.toLocaleString('en-US')} events, the most a Standard execution can have.`, this.ids[n - 1]);
    }
    if (this.status === 'RUNNING') {
      this.warn('incomplete', 'The history ends before the execution did: states still open are shown as running.', null);
      if (n >= MAX_HISTORY_EVENTS) {
        this.warn('history-limit', `The history stops at ${MAX_HISTORY_EVENTS.toLocaleString('en-US')} events, the most a Standard execution can have.`, this.ids[n - 1]);
      }
    }
  }

  private warn(code: ReplayWarningCode, message: string, eventId: number | null, onceKey?: string): void {
    const key = onceKey ?? `${code}:${message}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    // A pathological history must not produce 25,000 warnings.
    if (this.warnings.length >= 100) return;
    this.warnings.push({ code, message, eventId });
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readDetails(event: HistoryEvent, key: string): Details | null {
  const value: unknown = (event as Record<string, unknown>)[key];
  return isObject(value) ? value : null;
}

/** The `error`/`cause` of whichever details member the event has. */
function readError(event: HistoryEvent, eventId: number): ReplayError {
  for (const key in event) {
    if (!key.endsWith('EventDetails')) continue;
    const details: unknown = (event as Record<string, unknown>)[key];
    if (!isObject(details)) continue;
    return {
      error: typeof details.error === 'string' ? details.error : null,
      cause: typeof details.cause === 'string' ? details.cause : details.cause === undefined || details.cause === null ? null : JSON.stringify(details.cause),
      eventId,
    };
  }
  return { error: null, cause: null, eventId };
}

function readResource(event: HistoryEvent): string | null {
  for (const key of ['taskScheduledEventDetails', 'lambdaFunctionScheduledEventDetails', 'activityScheduledEventDetails']) {
    const details = readDetails(event, key);
    if (!details) continue;
    const resource = typeof details.resource === 'string' ? details.resource : null;
    const resourceType = typeof details.resourceType === 'string' ? details.resourceType : null;
    return resourceType && resource ? `${resourceType}:${resource}` : resource;
  }
  return null;
}

function stateTypeOf(eventType: string, suffix: string): ReplayStateType {
  return STATE_TYPES[eventType.slice(0, -suffix.length)] ?? 'Unknown';
}

/** Epoch ms from a Date (what the SDK gives), epoch seconds (the wire) or ISO text; null when none. */
function toMs(timestamp: unknown): number | null {
  if (timestamp instanceof Date) {
    const ms = timestamp.getTime();
    return Number.isFinite(ms) ? ms : null;
  }
  if (typeof timestamp === 'number' && Number.isFinite(timestamp)) return timestamp < 1e11 ? Math.round(timestamp * 1000) : timestamp;
  if (typeof timestamp === 'string') {
    const ms = Date.parse(timestamp);
    return Number.isFinite(ms) ? ms : null;
  }
  return null;
}
