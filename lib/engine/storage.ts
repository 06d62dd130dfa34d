import type { ExecutionStatus, StateMachineType } from '@/lib/model';
import type { StoredEvent } from './history';

export type StoredStateMachine = {
  stateMachineArn: string;
  name: string;
  definition: string;
  roleArn: string;
  type: StateMachineType;
  creationDate: number;
  revisionId: string;
};

export type StoredExecution = {
  executionArn: string;
  stateMachineArn: string;
  name: string;
  status: ExecutionStatus;
  startDate: number;
  stopDate?: number;
  input: string;
  output?: string;
  error?: string;
  cause?: string;
  redriveCount: number;
  /** When the last redrive started (epoch ms). */
  redriveDate?: number;
  mapRunArn?: string;
  /** The state machine revision it runs (DescribeStateMachineForExecution, redrive, resume). */
  revisionId?: string;
  /** Events in its history (redrive needs headroom under the 25,000 limit). */
  eventCount?: number;
  /** Step Functions Local mock test case it runs with. */
  mockTestCase?: string;
  /** For a Map Run child: the index of its item (batch) in the Map Run. */
  mapItemIndex?: number;
};

/**
 * A task token handed out (`.waitForTaskToken`, activities), kept so a resumed execution waits on the
 * same token; `key` names the task attempt (`<state entered event id>:<retry>`). `outcome` is a
 * SendTaskSuccess/Failure the engine accepted before its events were written.
 */
export type StoredTaskToken = {
  taskToken: string;
  executionArn: string;
  key: string;
  outcome?: TaskTokenOutcome;
};

export type TaskTokenOutcome = { output: string } | { error: string; cause: string };

/** A state machine's definition as one revision had it: executions keep running on theirs after an update. */
export type StoredRevision = {
  stateMachineArn: string;
  revisionId: string;
  definition: string;
  roleArn: string;
  /** When this revision was made (creation or UpdateStateMachine), epoch ms. */
  updateDate: number;
};

export type StoredActivity = { activityArn: string; name: string; creationDate: number };

/** One execution's event log; the engine appends as it runs. */
export type HistoryLog = {
  append(event: StoredEvent): void;
  count(): number;
  events(): readonly StoredEvent[];
};

/**
 * Where the engine keeps state machines, executions and histories: in memory (tests, benchmarks)
 * or in a database (lib/db implements it). Reads the engine makes while running are synchronous;
 * writes may reach a database later (write-behind) as long as `flush` waits for them.
 */
export type EngineStorage = {
  putStateMachine(sm: StoredStateMachine): void;
  getStateMachine(arn: string): StoredStateMachine | undefined;
  listStateMachines(): StoredStateMachine[];
  deleteStateMachine(arn: string): void;
  putActivity(activity: StoredActivity): void;
  getActivity(arn: string): StoredActivity | undefined;
  listActivities(): StoredActivity[];
  deleteActivity(arn: string): void;
  putRevision(revision: StoredRevision): void;
  /** Revisions stay after their state machine is deleted: its executions still describe their definition. */
  getRevision(stateMachineArn: string, revisionId: string): StoredRevision | undefined;
  putExecution(execution: StoredExecution): void;
  getExecution(arn: string): StoredExecution | undefined;
  listExecutions(filter: { stateMachineArn?: string; mapRunArn?: string }): StoredExecution[];
  /** The log a running execution appends to (and, in memory, every history). */
  history(executionArn: string): HistoryLog;
  /** A whole history, wherever it is kept (a database loads closed ones on demand). */
  loadHistory(executionArn: string): Promise<readonly StoredEvent[]>;
  putTaskToken(token: StoredTaskToken): void;
  listTaskTokens(executionArn: string): StoredTaskToken[];
  /** Drops an execution's tokens (it closed: none of them can be answered any more). */
  deleteTaskTokens(executionArn: string): void;
  /** Tags of a state machine or activity (TagResource). */
  getTags(resourceArn: string): Record<string, string>;
  /** Replaces a resource's tags; an empty record removes them. */
  putTags(resourceArn: string, tags: Record<string, string>): void;
  /** Resolves once every change made so far is durable (immediately in memory). */
  flush(): Promise<void>;
};

export function createMemoryStorage(): EngineStorage {
  const machines = new Map<string, StoredStateMachine>();
  const activities = new Map<string, StoredActivity>();
  const executions = new Map<string, StoredExecution>();
  const histories = new Map<string, HistoryLog>();
  const revisions = new Map<string, StoredRevision>();
  const tokens = new Map<string, Map<string, StoredTaskToken>>();
  const tags = new Map<string, Record<string, string>>();
  const storage: EngineStorage = {
    putStateMachine: (sm) => void machines.set(sm.stateMachineArn, sm),
    getStateMachine: (arn) => machines.get(arn),
    listStateMachines: () => [...machines.values()],
    deleteStateMachine: (arn) => void machines.delete(arn),
    putActivity: (a) => void activities.set(a.activityArn, a),
    getActivity: (arn) => activities.get(arn),
    listActivities: () => [...activities.values()],
    deleteActivity: (arn) => void activities.delete(arn),
    putExecution: (e) => void executions.set(e.executionArn, e),
    getExecution: (arn) => executions.get(arn),
    listExecutions: (f) =>
      [...executions.values()]
        .filter((e) => (!f.stateMachineArn || e.stateMachineArn === f.stateMachineArn) && (!f.mapRunArn || e.mapRunArn === f.mapRunArn))
        .reverse(),
    putRevision: (r) => void revisions.set(`${r.stateMachineArn}@${r.revisionId}`, r),
    getRevision: (arn, revisionId) => revisions.get(`${arn}@${revisionId}`),
    history(arn) {
      let log = histories.get(arn);
      if (!log) {
        log = createColumnarHistoryLog();
        histories.set(arn, log);
      }
      return log;
    },
    loadHistory: (arn) => Promise.resolve(storage.history(arn).events()),
    putTaskToken(t) {
      let byToken = tokens.get(t.executionArn);
      if (!byToken) tokens.set(t.executionArn, (byToken = new Map()));
      byToken.set(t.taskToken, t);
    },
    listTaskTokens: (arn) => [...(tokens.get(arn)?.values() ?? [])],
    deleteTaskTokens: (arn) => void tokens.delete(arn),
    getTags: (arn) => tags.get(arn) ?? {},
    putTags: (arn, t) => void (Object.keys(t).length > 0 ? tags.set(arn, t) : tags.delete(arn)),
    flush: () => Promise.resolve(),
  };
  return storage;
}

/**
 * An in-memory history kept column by column: the engine's hot path appends millions of events, and one
 * retained object per event made garbage collection most of the run time. The event objects an
 * append receives die young; readers get them rebuilt (and cached) on demand.
 */
export function createColumnarHistoryLog(): HistoryLog {
  const previous: number[] = [];
  const types: string[] = [];
  const timestamps: number[] = [];
  const detailKeys: (string | undefined)[] = [];
  const details: unknown[] = [];
  const stateNames: (string | undefined)[] = [];
  const payloads: StoredEvent['payload'][] = [];
  const threads: string[] = [];
  const scopes: (string | undefined)[] = [];
  const built: StoredEvent[] = [];
  return {
    append(event) {
      previous.push(event.previousEventId);
      types.push(event.type);
      timestamps.push(event.timestamp);
      detailKeys.push(event.detailsKey);
      details.push(event.details);
      stateNames.push(event.stateName);
      payloads.push(event.payload);
      threads.push(event.thread);
      scopes.push(event.scope);
    },
    count: () => types.length,
    events() {
      for (let i = built.length; i < types.length; i++) {
        built.push({
          id: i + 1,
          previousEventId: previous[i],
          type: types[i],
          timestamp: timestamps[i],
          detailsKey: detailKeys[i],
          details: details[i],
          stateName: stateNames[i],
          payload: payloads[i],
          thread: threads[i],
          scope: scopes[i],
        });
      }
      return built;
    },
  };
}
