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
  mapRunArn?: string;
};

export type StoredActivity = { activityArn: string; name: string; creationDate: number };

/** One execution's event log; the engine appends as it runs. */
export type HistoryLog = {
  append(event: StoredEvent): void;
  count(): number;
  events(): readonly StoredEvent[];
};

/**
 * Where the engine keeps state machines, executions and histories. In memory now; a database
 * implementation comes with the HTTP endpoint (durable, resumable executions).
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
  putExecution(execution: StoredExecution): void;
  getExecution(arn: string): StoredExecution | undefined;
  listExecutions(filter: { stateMachineArn?: string; mapRunArn?: string }): StoredExecution[];
  history(executionArn: string): HistoryLog;
};

export function createMemoryStorage(): EngineStorage {
  const machines = new Map<string, StoredStateMachine>();
  const activities = new Map<string, StoredActivity>();
  const executions = new Map<string, StoredExecution>();
  const histories = new Map<string, HistoryLog>();
  return {
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
    history(arn) {
      let log = histories.get(arn);
      if (!log) {
        const events: StoredEvent[] = [];
        log = { append: (e) => void events.push(e), count: () => events.length, events: () => events };
        histories.set(arn, log);
      }
      return log;
    },
  };
}
