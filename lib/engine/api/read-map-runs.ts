import { isRecord } from '@/lib/asl';
import { SfnApiError, type Engine } from '@/lib/engine';
import type { HistoryEvent } from '@/lib/model';
import type { ApiState } from './api-state';
import { readHistory } from './read-history';

export type MapRunStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'ABORTED';

/** A Map Run as the parent's history records it (the engine keeps no Map Run table). */
export type MapRunRecord = {
  mapRunArn: string;
  executionArn: string;
  /** The labelled child state machine: `…:stateMachine:<name>/<label>`. */
  stateMachineArn: string;
  startDate: Date;
  stopDate?: Date;
  status: MapRunStatus;
  startedEventId: number;
  /** The Map state's name, from its MapStateEntered event. */
  stateName?: string;
  /** Items known when the Map started (0 when an ItemReader supplies them). */
  length: number;
  /** Times a redrive of the parent redrove this Map Run (MapRunRedriven). */
  redriveCount: number;
  redriveDate?: Date;
};

const END: Record<string, MapRunStatus> = { MapRunSucceeded: 'SUCCEEDED', MapRunFailed: 'FAILED', MapRunAborted: 'ABORTED' };

/** The Map Runs of one execution, in the order they started. */
export async function readMapRuns(engine: Engine, executionArn: string): Promise<MapRunRecord[]> {
  const parent = engine.describeExecution({ executionArn });
  const events = await readHistory(engine, executionArn, false);
  const byId = new Map(events.map((e) => [e.id ?? 0, e]));
  const runs: MapRunRecord[] = [];
  for (const started of events) {
    const mapRunArn = started.mapRunStartedEventDetails?.mapRunArn;
    if (started.type !== 'MapRunStarted' || !mapRunArn) continue;
    // MapRunSucceeded/Failed follow MapRunStarted, or the latest MapRunRedriven, on the Map's own thread.
    const redriven = events.filter((e) => e.type === 'MapRunRedriven' && e.mapRunRedrivenEventDetails?.mapRunArn === mapRunArn);
    const latest = redriven.length > 0 ? redriven[redriven.length - 1] : started;
    const end = events.find((e) => e.type in END && e.previousEventId === latest.id);
    const { stateName, length } = mapStateOf(started, byId);
    const closedWithParent = !end && parent.status !== 'RUNNING';
    runs.push({
      mapRunArn,
      executionArn,
      stateMachineArn: childStateMachineArn(mapRunArn),
      startDate: started.timestamp,
      stopDate: end ? end.timestamp : closedWithParent ? parent.stopDate : undefined,
      status: end ? END[end.type] : closedWithParent ? 'ABORTED' : 'RUNNING',
      startedEventId: started.id ?? 0,
      stateName,
      length,
      redriveCount: redriven.length,
      redriveDate: redriven.length > 0 ? latest.timestamp : undefined,
    });
  }
  return runs;
}

/** Finds a Map Run by ARN among the executions of the state machine it names; ResourceNotFound otherwise. */
export async function findMapRunOrThrow(state: ApiState, mapRunArn: string): Promise<MapRunRecord> {
  const known = state.mapRunParents.get(mapRunArn);
  const candidates = known ? [known] : parentCandidates(state.engine, mapRunArn);
  for (const executionArn of candidates) {
    const run = (await readMapRuns(state.engine, executionArn)).find((r) => r.mapRunArn === mapRunArn);
    if (run) {
      state.mapRunParents.set(mapRunArn, executionArn);
      return run;
    }
  }
  throw Object.assign(new SfnApiError('ResourceNotFound', `Resource not found: '${mapRunArn}'`), { resourceName: mapRunArn });
}

/** The state named `name` anywhere in a definition (top level, branches, item processors). */
export function findStateDefinition(definition: unknown, name: string): Record<string, unknown> | undefined {
  if (!isRecord(definition) || !isRecord(definition.States)) return undefined;
  for (const [stateName, s] of Object.entries(definition.States)) {
    if (!isRecord(s)) continue;
    if (stateName === name) return s;
    const nested = [...(Array.isArray(s.Branches) ? s.Branches : []), s.ItemProcessor ?? s.Iterator];
    for (const n of nested) {
      const found = findStateDefinition(n, name);
      if (found) return found;
    }
  }
  return undefined;
}

function mapStateOf(started: HistoryEvent, byId: Map<number, HistoryEvent>): { stateName?: string; length: number } {
  let length = 0;
  for (let e = byId.get(started.previousEventId ?? 0); e; e = byId.get(e.previousEventId ?? 0)) {
    if (e.type === 'MapStateStarted') length = e.mapStateStartedEventDetails?.length ?? 0;
    if (e.type === 'MapStateEntered') return { stateName: e.stateEnteredEventDetails?.name, length };
    if (e.id === e.previousEventId) break;
  }
  return { length };
}

/** `arn:…:mapRun:<machine>/<label>:<id>` → `arn:…:stateMachine:<machine>/<label>`. */
function childStateMachineArn(mapRunArn: string): string {
  return mapRunArn.replace(':mapRun:', ':stateMachine:').replace(/:[^:/]+$/, '');
}

function parentCandidates(engine: Engine, mapRunArn: string): string[] {
  const m = /^(arn:[^:]+:states:[^:]*:[^:]*):mapRun:([^/]+)\//.exec(mapRunArn);
  if (!m) return [];
  return engine.listExecutions({ stateMachineArn: `${m[1]}:stateMachine:${m[2]}` }).executions.map((e) => e.executionArn);
}
