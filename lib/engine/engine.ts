import type { ExecutionStatus, HistoryEvent } from '@/lib/model';
import { realClock } from './clock';
import { closedFrom, closingEvent } from './closed-from';
import type { CompiledMachine } from './compile-state-machine';
import { createMachineCache } from './create-machine-cache';
import { createActivityApi } from './create-activity-api';
import { createStateMachineApi } from './create-state-machine-api';
import { runDistributedMap } from './distributed-map';
import { endStatesOf } from './end-states-of';
import type { DescribeExecutionOutput, EngineOptions, LaunchInit, MachineIdentity } from './engine-types';
import { SfnApiError } from './errors';
import { Execution, type ExecutionHost } from './execution';
import { getRedriveStatus } from './get-redrive-status';
import { toHistoryEvent, type StoredEvent } from './history';
import { isValidName } from './is-valid-name';
import { defaultIdGenerator } from './id-generator';
import { MAX_PAYLOAD_BYTES, REDRIVE_IDEMPOTENCY_MS, REDRIVE_IDEMPOTENCY_TOKENS } from './limits';
import { toRedrivenEvent } from './to-redriven-event';
import { toReplayPlan } from './replay-plan';
import { createMemoryStorage, type StoredExecution, type StoredStateMachine } from './storage';
import { createTaskTokenApi } from './create-task-token-api';
import { TaskRunner, type TaskRegistry } from './task-runner';
import { toHistoryPage } from './to-history-page';
import type { MockConfig, TaskHandler } from './types';
import { toDescribeExecutionOutput } from './to-describe-execution-output';
import { toExecutionListItem } from './to-execution-list-item';
import { toStoredExecution } from './to-stored-execution';
import { findRevisionOf } from './find-revision-of';

export type { DescribeExecutionOutput, EngineOptions } from './engine-types';

export type Engine = ReturnType<typeof createEngine>;


/**
 * The local Step Functions engine: an API shaped like the SFN operations over injected storage,
 * clock and id generator. Executions run in-process; histories are written as they run.
 */
export function createEngine(options: EngineOptions = {}) {
  const clock = options.clock ?? realClock;
  const ids = options.ids ?? defaultIdGenerator;
  const storage = options.storage ?? createMemoryStorage();
  const region = options.region ?? 'us-east-1';
  const account = options.account ?? '111111111111';
  const registry: TaskRegistry = {
    clock,
    ids,
    region,
    account,
    handlers: new Map(Object.entries(options.handlers ?? {})),
    mockConfig: options.mockConfig,
    tokens: new Map(),
    acceptedOutcomes: new Map(),
    activityQueues: new Map(),
    activityPollers: new Map(),
  };
  const tasks = new TaskRunner(registry);
  const machineFor = createMachineCache();
  const running = new Map<string, Execution>();
  /** Executions whose redrive is being prepared (history loading). */
  const redriving = new Set<string>();
  const taskTokens = createTaskTokenApi({ storage, registry });
  const { forgetTokens } = taskTokens;
  /** RedriveExecution replies by client token, per execution (idempotent retries). */
  const redriveReplies = new Map<string, { clientToken: string; redriveDate: number; at: number }[]>();

  const host: ExecutionHost = {
    clock,
    ids,
    region,
    account,
    runTask: (exec, thread, state, input) => tasks.run(exec, thread, state, input),
    runDistributedMap: (exec, thread, state, request) =>
      runDistributedMap({
        exec,
        thread,
        state,
        request,
        host,
        localBucketRoot: options.localBucketRoot,
        children: {
          list: (mapRunArn) => storage.listExecutions({ mapRunArn }),
          start: (sm, machine, init) => launch({ sm, machine, init }),
          revive: async (e, sm, machine, redrive) => {
            const live = running.get(e.executionArn);
            if (live) return live;
            return relaunch(e, await storage.loadHistory(e.executionArn), sm, machine, undefined, redrive ? clock.now() : undefined);
          },
        },
      }),
    onReplayDivergence: (exec, message) => options.onWarning?.(`${exec.executionArn}: replay diverged from the recorded history: ${message}`),
    onTaskToken: (exec, taskToken, key) => taskTokens.handedOut(exec.executionArn, taskToken, key),
  };

  const smArn = (name: string) => `arn:aws:states:${region}:${account}:stateMachine:${name}`;

  function getStateMachineOrThrow(arn: string): StoredStateMachine {
    const base = arn.split('#')[0];
    const sm = storage.getStateMachine(base);
    if (!sm) throw new SfnApiError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${base}'`);
    return sm;
  }

  function getExecutionOrThrow(arn: string): StoredExecution {
    const live = running.get(arn);
    if (live) return toStoredExecution(live);
    const e = storage.getExecution(arn);
    if (!e) throw new SfnApiError('ExecutionDoesNotExist', `Execution Does Not Exist: '${arn}'`);
    return e;
  }

  const revisionOf = (e: StoredExecution) => findRevisionOf(storage, e);

  /** Starts an execution (new, resumed or redriven) and keeps it among the running ones until it closes. */
  const closed = (e: Execution) => {
    storage.putExecution(toStoredExecution(e));
    forgetTokens(e.executionArn);
    running.delete(e.executionArn);
  };

  function launch({ sm, machine, revisionId, init }: { sm: MachineIdentity; machine: CompiledMachine; revisionId?: string; init: LaunchInit }): Execution {
    // Listed field by field: an object spread here costs more than the rest of a short execution.
    const exec = new Execution({
      executionArn: init.executionArn,
      name: init.name,
      input: init.input,
      inputValue: init.inputValue,
      startTime: init.startTime,
      redriveCount: init.redriveCount,
      redriveDate: init.redriveDate,
      replay: init.replay,
      mockTestCase: init.mockTestCase,
      taskTokens: init.taskTokens,
      mapRunArn: init.mapRunArn,
      mapItemIndex: init.mapItemIndex,
      stateMachineArn: sm.stateMachineArn,
      stateMachineName: sm.name,
      roleArn: sm.roleArn,
      type: sm.type,
      machine,
      revisionId,
      log: storage.history(init.executionArn),
      host,
      onClose: closed,
    });
    running.set(exec.executionArn, exec);
    storage.putExecution(toStoredExecution(exec));
    void exec.start();
    return exec;
  }

  /**
   * Runs a stored execution again over its history: as it was (resume), or after an ExecutionRedriven
   * event when `redriveDate` is given (redrive).
   */
  function relaunch(e: StoredExecution, history: readonly StoredEvent[], sm: MachineIdentity, machine: CompiledMachine, revisionId: string | undefined, redriveDate?: number): Execution {
    const events = [...history];
    let { redriveCount, redriveDate: lastRedrive } = e;
    if (redriveDate !== undefined) {
      redriveCount++;
      lastRedrive = redriveDate;
      const lastId = events.reduce((max, ev) => Math.max(max, ev.id), 0);
      const redriven = toRedrivenEvent(lastId, redriveDate, redriveCount);
      storage.history(e.executionArn).append(redriven);
      events.push(redriven);
    }
    const tokens = redriveDate === undefined ? storage.listTaskTokens(e.executionArn) : [];
    taskTokens.restore(tokens);
    const ends = endStatesOf(machine);
    return launch({
      sm,
      machine,
      revisionId,
      init: {
        executionArn: e.executionArn,
        name: e.name,
        input: e.input,
        startTime: e.startDate,
        redriveCount,
        redriveDate: lastRedrive,
        replay: toReplayPlan(events, (name) => ends.has(name)),
        mockTestCase: e.mockTestCase,
        taskTokens: new Map(tokens.map((t) => [t.key, t.taskToken])),
        mapRunArn: e.mapRunArn,
        mapItemIndex: e.mapItemIndex,
      },
    });
  }


  const api = {
    clock,
    storage,
    ...createStateMachineApi({ storage, clock, ids, account, smArn, getStateMachineOrThrow }),
    sendTaskSuccess: taskTokens.sendTaskSuccess,
    sendTaskFailure: taskTokens.sendTaskFailure,
    sendTaskHeartbeat: taskTokens.sendTaskHeartbeat,
    ...createActivityApi({ storage, registry, clock, region, account }),
    registerHandler(nameOrArn: string, handler: TaskHandler): void {
      registry.handlers.set(nameOrArn, handler);
    },
    setMockConfig(config: MockConfig | undefined): void {
      registry.mockConfig = config;
    },

    /**
     * StartExecution. A `#TestCase` suffix on the ARN selects a mock-config test case, as in Step
     * Functions Local. Executions without waits finish before this returns.
     */
    startExecution(input: { stateMachineArn: string; name?: string; input?: string; mockTestCase?: string }): { executionArn: string; startDate: Date } {
      const [baseArn, testCase] = input.stateMachineArn.split('#');
      const sm = getStateMachineOrThrow(baseArn);
      const name = input.name ?? ids.uuid();
      if (!isValidName(name)) throw new SfnApiError('InvalidName', `Invalid Name: '${name}'`);
      const text = input.input ?? '{}';
      let inputValue: unknown;
      try {
        inputValue = JSON.parse(text);
      } catch {
        throw new SfnApiError('InvalidExecutionInput', `Invalid State Machine Execution Input: '${text}'`);
      }
      if (Buffer.byteLength(text) > MAX_PAYLOAD_BYTES) {
        throw new SfnApiError('InvalidExecutionInput', 'The input exceeds the maximum size of 262144 bytes.');
      }
      const executionArn = `arn:aws:states:${region}:${account}:${sm.type === 'EXPRESS' ? 'express' : 'execution'}:${sm.name}:${name}`;
      const existing = running.get(executionArn) ?? storage.getExecution(executionArn);
      if (existing) {
        const same = 'input' in existing && (existing instanceof Execution ? existing.input.text : existing.input) === text;
        if (same && existing.status === 'RUNNING') {
          return { executionArn, startDate: new Date(existing instanceof Execution ? existing.startTime : existing.startDate) };
        }
        throw new SfnApiError('ExecutionAlreadyExists', `Execution Already Exists: '${executionArn}'`);
      }
      const startTime = clock.now();
      launch({ sm, machine: machineFor(sm), revisionId: sm.revisionId, init: { executionArn, name, input: text, inputValue, startTime, mockTestCase: input.mockTestCase ?? testCase } });
      return { executionArn, startDate: new Date(startTime) };
    },

    /**
     * RedriveExecution (history-events.md §6): a FAILED, TIMED_OUT or ABORTED Standard execution
     * continues from where it stopped, with its original input and definition. Its history gains
     * ExecutionRedriven; finished states are not run again, and a Map or Parallel re-runs only the
     * iterations or branches that did not succeed.
     */
    async redriveExecution(input: { executionArn: string; clientToken?: string }): Promise<{ redriveDate: Date }> {
      const arn = input.executionArn;
      const now = clock.now();
      const replies = (redriveReplies.get(arn) ?? []).filter((r) => now - r.at <= REDRIVE_IDEMPOTENCY_MS);
      const earlier = input.clientToken === undefined ? undefined : replies.find((r) => r.clientToken === input.clientToken);
      if (earlier) return { redriveDate: new Date(earlier.redriveDate) };
      const e = getExecutionOrThrow(arn);
      if (redriving.has(arn)) throw new SfnApiError('ExecutionNotRedrivable', 'Execution is RUNNING and cannot be redriven');
      const eligibility = getRedriveStatus(e, e.eventCount ?? storage.history(arn).count(), now);
      if (eligibility.redriveStatus !== 'REDRIVABLE') throw new SfnApiError('ExecutionNotRedrivable', eligibility.redriveStatusReason ?? 'Execution cannot be redriven.');
      redriving.add(arn);
      try {
        const recorded = await storage.loadHistory(arn);
        const revision = revisionOf(e);
        const sm = storage.getStateMachine(e.stateMachineArn);
        if (!revision || !sm) throw new SfnApiError('ExecutionNotRedrivable', `The state machine of this execution no longer exists: '${e.stateMachineArn}'`);
        const redriveDate = clock.now();
        relaunch(e, recorded, { ...sm, roleArn: revision.roleArn }, machineFor(revision), revision.revisionId, redriveDate);
        if (input.clientToken !== undefined) {
          replies.push({ clientToken: input.clientToken, redriveDate, at: now });
          redriveReplies.set(arn, replies.slice(-REDRIVE_IDEMPOTENCY_TOKENS));
        }
        await storage.flush();
        return { redriveDate: new Date(redriveDate) };
      } finally {
        redriving.delete(arn);
      }
    },

    /** StartSyncExecution (Express): runs to the end and answers with the outcome. */
    async startSyncExecution(input: { stateMachineArn: string; name?: string; input?: string }) {
      const { executionArn } = api.startExecution(input);
      await api.waitForExecution(executionArn);
      const d = api.describeExecution({ executionArn });
      return { ...d, stopDate: d.stopDate ?? new Date(clock.now()), status: d.status };
    },

    describeExecution(input: { executionArn: string }): DescribeExecutionOutput {
      const e = getExecutionOrThrow(input.executionArn);
      return toDescribeExecutionOutput(e, e.eventCount ?? storage.history(e.executionArn).count(), clock.now());
    },

    /** Resolves when the execution has closed (any status). */
    async waitForExecution(executionArn: string): Promise<DescribeExecutionOutput> {
      const live = running.get(executionArn);
      if (live) await live.done;
      return api.describeExecution({ executionArn });
    },

    /** GetExecutionHistory: pages of `maxResults` (default 100, at most 1,000) with a `nextToken`. */
    getExecutionHistory(input: { executionArn: string; maxResults?: number; reverseOrder?: boolean; nextToken?: string; includeExecutionData?: boolean }): { events: HistoryEvent[]; nextToken?: string } {
      getExecutionOrThrow(input.executionArn);
      return toHistoryPage(storage.history(input.executionArn).events(), input);
    },

    /** Every event of an execution, oldest first (all GetExecutionHistory pages). */
    readHistory(executionArn: string): HistoryEvent[] {
      getExecutionOrThrow(executionArn);
      return storage.history(executionArn).events().map(toHistoryEvent);
    },

    /** Every event of an execution, from wherever the storage keeps it (a database loads closed ones). */
    async loadHistory(executionArn: string): Promise<HistoryEvent[]> {
      getExecutionOrThrow(executionArn);
      return (await storage.loadHistory(executionArn)).map(toHistoryEvent);
    },

    /** DescribeStateMachineForExecution: the revision the execution runs, even after an update or a delete. */
    describeStateMachineForExecution(input: { executionArn: string }) {
      const e = getExecutionOrThrow(input.executionArn);
      const revision = revisionOf(e);
      if (!revision) throw new SfnApiError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${e.stateMachineArn}'`);
      const name = storage.getStateMachine(e.stateMachineArn)?.name ?? e.stateMachineArn.slice(e.stateMachineArn.lastIndexOf(':') + 1);
      return { stateMachineArn: e.stateMachineArn, name, definition: revision.definition, roleArn: revision.roleArn, updateDate: new Date(revision.updateDate), revisionId: revision.revisionId };
    },

    getTags(resourceArn: string): Record<string, string> {
      return storage.getTags(resourceArn);
    },

    putTags(resourceArn: string, tags: Record<string, string>): void {
      storage.putTags(resourceArn, tags);
    },

    /** Resolves once everything done so far is durable (API calls that change things wait for it). */
    flush(): Promise<void> {
      return storage.flush();
    },

    /**
     * Picks up every execution the storage says is RUNNING (after a restart): each re-runs its
     * recorded history without writing it again, then continues live where the history ends: Waits
     * and retry back-offs at their original deadlines, task tokens and activity work as they were,
     * tasks whose result was not recorded invoked again.
     */
    async resume(): Promise<{ resumed: number; closed: number }> {
      const open = storage.listExecutions({}).filter((e) => e.status === 'RUNNING' && e.mapRunArn === undefined && !running.has(e.executionArn));
      const loaded = await Promise.all(open.map(async (e) => ({ e, events: await storage.loadHistory(e.executionArn) })));
      let resumed = 0;
      let closed = 0;
      for (const { e, events } of loaded) {
        const ending = closingEvent(events);
        const revision = revisionOf(e);
        const sm = storage.getStateMachine(e.stateMachineArn);
        if (ending || !revision) {
          // The history closed before the record said so (a crash in between), or the definition is gone.
          storage.putExecution(ending ? closedFrom(e, ending, events.length) : { ...e, status: 'FAILED', stopDate: clock.now(), error: 'States.Runtime', cause: 'The state machine definition this execution ran is no longer available.', eventCount: events.length });
          forgetTokens(e.executionArn);
          closed++;
          continue;
        }
        const identity: MachineIdentity = {
          stateMachineArn: e.stateMachineArn,
          name: sm?.name ?? e.stateMachineArn.slice(e.stateMachineArn.lastIndexOf(':') + 1),
          type: e.executionArn.includes(':express:') ? 'EXPRESS' : 'STANDARD',
          roleArn: revision.roleArn,
        };
        relaunch(e, events, identity, machineFor(revision), revision.revisionId);
        resumed++;
      }
      return { resumed, closed };
    },

    listExecutions(input: { stateMachineArn?: string; mapRunArn?: string; statusFilter?: ExecutionStatus }) {
      const live = [...running.values()].map(toStoredExecution);
      const stored = storage.listExecutions(input);
      const byArn = new Map(stored.map((e) => [e.executionArn, e]));
      for (const l of live) byArn.set(l.executionArn, l);
      const list = [...byArn.values()]
        .filter((e) => (!input.stateMachineArn || e.stateMachineArn === input.stateMachineArn) && (!input.mapRunArn || e.mapRunArn === input.mapRunArn))
        .filter((e) => !input.statusFilter || e.status === input.statusFilter)
        .sort((a, b) => b.startDate - a.startDate);
      return {
        executions: list.map(toExecutionListItem),
      };
    },

    stopExecution(input: { executionArn: string; error?: string; cause?: string }): { stopDate: Date } {
      const live = running.get(input.executionArn);
      if (!live) {
        const e = getExecutionOrThrow(input.executionArn);
        throw new SfnApiError('ValidationException', `Execution is ${e.status}: '${input.executionArn}'`);
      }
      live.stop(input.error, input.cause);
      return { stopDate: new Date(clock.now()) };
    },

    /** Number of executions still running (for tests and shutdown). */
    runningCount(): number {
      return running.size;
    },
  };
  return api;
}

