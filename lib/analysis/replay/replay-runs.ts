import type { HistoryEvent } from '@/lib/model';
import type {
  ExecutionReplay,
  ReplayAttempt,
  ReplayError,
  ReplayStatus,
  ReplayVisit,
} from './replay-types';
import { type Details, readDetails, readError } from './replay-event-reading';
import { ReplayState } from './replay-state';

/** Task attempts, Map and Parallel runs, Map iterations, Map Runs, the execution's end and redrives. */
export abstract class ReplayRuns extends ReplayState {
  protected startAttempt(pos: number, hintVisit: number, hintLane: number, resource: string | null): number {
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

  protected endAttempt(pos: number, hintVisit: number, hintLane: number, status: ReplayAttempt['status'], error: ReplayError | null): number {
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
  protected startRun(pos: number, stateType: 'Map' | 'Parallel', hintVisit: number, hintLane: number, event: HistoryEvent): number {
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

  protected lastEndPos(state: ReplayVisit, fallback: number): number {
    let last = -1;
    for (const lane of state.lanes) if (this.lanes[lane].endPos !== null) last = Math.max(last, this.lanes[lane].endPos as number);
    return last >= 0 ? last : fallback;
  }

  protected endRun(pos: number, stateType: 'Map' | 'Parallel', hintLane: number, status: 'succeeded' | 'failed'): number {
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

  protected endRunLanes(state: ReplayVisit, pos: number, status: 'succeeded' | 'failed'): void {
    const attempt = state.attempts.length;
    for (const lane of state.lanes) {
      const info = this.lanes[lane];
      if (info.attempt === attempt && info.endPos === null) this.closeLane(lane, pos, status === 'succeeded' ? 'succeeded' : 'aborted');
    }
  }

  // ── Map iterations and Map Runs ────────────────────────────────────────────────────────────────

  protected findMap(hintLane: number, name: string | null): number {
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

  protected startIteration(pos: number, details: Details | null, hintLane: number): number {
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

  protected endIteration(pos: number, details: Details | null, hintLane: number, status: ReplayStatus): number {
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

  protected mapRun(pos: number, type: string, event: HistoryEvent, hintVisit: number, hintLane: number): number {
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

  protected endExecution(pos: number, status: ExecutionReplay['status'], error: ReplayError): void {
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

  protected redrive(pos: number, event: HistoryEvent): void {
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

}
