import { isKnownHistoryEventType, type HistoryEvent } from '@/lib/model';
import { toReplayNodeId } from './get-replay-definition';
import type {
  ExecutionReplay,
  ReplayAnalysis,
  ReplayError,
  ReplayVisit,
} from './replay-types';
import { MAX_HISTORY_EVENTS, type ReplayExecutionOptions, TASK_SCHEDULED, TASK_STARTED, TASK_SUCCEEDED, TASK_FAILED, TASK_TIMED_OUT, EXECUTION_END, type Details, readDetails, readError, readResource, stateTypeOf, toMs } from './replay-event-reading';
import { ReplayRuns } from './replay-runs';

export type { ReplayExecutionOptions } from './replay-event-reading';

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

/** Reads the history event by event into the model: state visits entered and exited, lanes placed. */
class ReplayBuilder extends ReplayRuns {
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


  protected readColumns(): void {
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

  protected apply(pos: number): void {
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

  protected enter(pos: number, eventType: string, prevPos: number, details: Details | null): number {
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
  protected placeEntered(name: string, prevPos: number, pos: number): number {
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
  protected branchOf(visit: number, name: string, followsStart: boolean): number | null {
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

  protected branchLane(visit: number, branch: number, pos: number): number {
    const parallel = this.visits[visit];
    const attempt = Math.max(1, parallel.attempts.length);
    for (const lane of parallel.lanes) {
      if (this.lanes[lane].attempt === attempt && this.lanes[lane].position === branch) return lane;
    }
    return this.addLane('branch', visit, branch, attempt, pos, `${parallel.nodeId}/${branch}`);
  }

  protected finish(): void {
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

}
