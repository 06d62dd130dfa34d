import { isRecord, StatesError, validateDefinition, type DefinitionDiagnostic, type StateMachineDefinition } from '@/lib/asl';
import type { ExecutionStatus, HistoryEvent, StateMachineType } from '@/lib/model';
import { realClock, type Clock } from './clock';
import { compileStateMachine, type CompiledMachine } from './compile-state-machine';
import { runDistributedMap } from './distributed-map';
import { SfnApiError } from './errors';
import { Execution, type ExecutionHost } from './execution';
import { getRedriveStatus } from './get-redrive-status';
import { detailText, toHistoryEvent, type StoredEvent } from './history';
import { defaultIdGenerator, type IdGenerator } from './id-generator';
import { ACTIVITY_POLL_SECONDS, MAX_NAME_LENGTH, MAX_PAYLOAD_BYTES, REDRIVE_IDEMPOTENCY_MS, REDRIVE_IDEMPOTENCY_TOKENS } from './limits';
import { PropagatedError } from './propagated-error';
import { toReplayPlan } from './replay-plan';
import { createMemoryStorage, type EngineStorage, type StoredExecution, type StoredRevision, type StoredStateMachine, type StoredTaskToken, type TaskTokenOutcome } from './storage';
import { TaskRunner, type ActivityTask, type TaskRegistry } from './task-runner';
import type { MockConfig, TaskHandler } from './types';
import { toStoredExecution } from './to-stored-execution';

export type EngineOptions = {
  clock?: Clock;
  ids?: IdGenerator;
  storage?: EngineStorage;
  region?: string;
  account?: string;
  /** Local task implementations by Lambda function name, function ARN or resource ARN. */
  handlers?: Record<string, TaskHandler>;
  mockConfig?: MockConfig;
  /** Folder standing in for S3: ItemReader reads `<root>/<Bucket>/<Key>`, ResultWriter writes there. */
  localBucketRoot?: string;
  /** Told about things worth a log line (a resumed execution whose history no longer fits its definition). */
  onWarning?: (message: string) => void;
};

export type DescribeExecutionOutput = {
  executionArn: string;
  stateMachineArn: string;
  name: string;
  status: ExecutionStatus;
  startDate: Date;
  stopDate?: Date;
  input: string;
  inputDetails: { included: boolean };
  output?: string;
  outputDetails?: { included: boolean };
  error?: string;
  cause?: string;
  mapRunArn?: string;
  redriveCount: number;
  redriveDate?: Date;
  redriveStatus: 'REDRIVABLE' | 'NOT_REDRIVABLE' | 'REDRIVABLE_BY_MAP_RUN';
  redriveStatusReason?: string;
};

export type Engine = ReturnType<typeof createEngine>;

type MachineIdentity = { stateMachineArn: string; name: string; type: StateMachineType; roleArn: string };
type LaunchInit = Pick<
  ConstructorParameters<typeof Execution>[0],
  'executionArn' | 'name' | 'input' | 'inputValue' | 'startTime' | 'redriveCount' | 'redriveDate' | 'replay' | 'mockTestCase' | 'taskTokens' | 'mapRunArn' | 'mapItemIndex'
>;

const NAME = /^[A-Za-z0-9_.\-~<>]+$|^[^\s<>{}[\]?*"#%\\^|~`$&,;:/]+$/;

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
  const compiled = new Map<string, CompiledMachine>();
  const running = new Map<string, Execution>();
  /** Executions whose redrive is being prepared (history loading). */
  const redriving = new Set<string>();
  /** Task tokens handed out to executions still running, to record SendTask* outcomes durably. */
  const tokenRecords = new Map<string, StoredTaskToken>();
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
    onTaskToken: (exec, taskToken, key) => {
      const record: StoredTaskToken = { taskToken, executionArn: exec.executionArn, key };
      tokenRecords.set(taskToken, record);
      storage.putTaskToken(record);
    },
  };

  /** An execution closed: its tokens can no longer be answered. */
  function forgetTokens(executionArn: string): void {
    const records = storage.listTaskTokens(executionArn);
    if (records.length === 0) return;
    for (const t of records) {
      tokenRecords.delete(t.taskToken);
      registry.acceptedOutcomes.delete(t.taskToken);
    }
    storage.deleteTaskTokens(executionArn);
  }

  /** SendTaskSuccess/Failure: recorded (durable once flushed) before the waiting task sees it. */
  function acceptOutcome(taskToken: string, outcome: TaskTokenOutcome): void {
    const record = tokenRecords.get(taskToken);
    if (record) {
      const updated = { ...record, outcome };
      tokenRecords.set(taskToken, updated);
      storage.putTaskToken(updated);
    }
  }

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

  function machineFor(sm: { stateMachineArn: string; revisionId: string; definition: string }): CompiledMachine {
    const key = `${sm.stateMachineArn}@${sm.revisionId}`;
    let m = compiled.get(key);
    if (!m) {
      m = compileStateMachine(JSON.parse(sm.definition) as StateMachineDefinition);
      compiled.set(key, m);
    }
    return m;
  }

  /** The definition an execution runs: its revision, else (older records) the state machine as it is. */
  function revisionOf(e: StoredExecution): StoredRevision | undefined {
    const revision = e.revisionId !== undefined ? storage.getRevision(e.stateMachineArn, e.revisionId) : undefined;
    if (revision) return revision;
    const sm = storage.getStateMachine(e.stateMachineArn);
    return sm && { stateMachineArn: sm.stateMachineArn, revisionId: sm.revisionId, definition: sm.definition, roleArn: sm.roleArn, updateDate: sm.creationDate };
  }

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
      const redriven: StoredEvent = {
        id: lastId + 1,
        previousEventId: lastId,
        type: 'ExecutionRedriven',
        timestamp: redriveDate,
        detailsKey: 'executionRedrivenEventDetails',
        details: { redriveCount },
        stateName: undefined,
        payload: undefined,
        thread: '',
        scope: undefined,
      };
      storage.history(e.executionArn).append(redriven);
      events.push(redriven);
    }
    const tokens = redriveDate === undefined ? storage.listTaskTokens(e.executionArn) : [];
    for (const t of tokens) {
      tokenRecords.set(t.taskToken, t);
      if (t.outcome) registry.acceptedOutcomes.set(t.taskToken, t.outcome);
    }
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


  function parseDefinition(definition: string, type: StateMachineType): { parsed: StateMachineDefinition; diagnostics: DefinitionDiagnostic[] } {
    let parsed: unknown;
    try {
      parsed = JSON.parse(definition);
    } catch (err) {
      throw new SfnApiError('InvalidDefinition', `Invalid State Machine Definition: 'INVALID_JSON_DESCRIPTION: ${(err as Error).message}'`);
    }
    const diagnostics = validateDefinition(parsed);
    if (type === 'EXPRESS') diagnostics.push(...expressDiagnostics(parsed));
    return { parsed: parsed as StateMachineDefinition, diagnostics };
  }

  const api = {
    clock,
    storage,
    registerHandler(nameOrArn: string, handler: TaskHandler): void {
      registry.handlers.set(nameOrArn, handler);
    },
    setMockConfig(config: MockConfig | undefined): void {
      registry.mockConfig = config;
    },

    validateStateMachineDefinition(input: { definition: string; type?: StateMachineType }): { result: 'OK' | 'FAIL'; diagnostics: DefinitionDiagnostic[] } {
      try {
        const { parsed, diagnostics } = parseDefinition(input.definition, input.type ?? 'STANDARD');
        if (diagnostics.length === 0) compileStateMachine(parsed);
        return { result: diagnostics.some((d) => d.severity === 'ERROR') ? 'FAIL' : 'OK', diagnostics };
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        return { result: 'FAIL', diagnostics: [{ severity: 'ERROR', code: 'SCHEMA_VALIDATION_FAILED', message, location: '/' }] };
      }
    },

    createStateMachine(input: { name: string; definition: string; roleArn?: string; type?: StateMachineType }): { stateMachineArn: string; creationDate: Date } {
      if (!input.name || input.name.length > MAX_NAME_LENGTH || !NAME.test(input.name)) {
        throw new SfnApiError('InvalidName', `Invalid Name: '${input.name}'`);
      }
      const type = input.type ?? 'STANDARD';
      const { parsed, diagnostics } = parseDefinition(input.definition, type);
      const errors = diagnostics.filter((d) => d.severity === 'ERROR');
      if (errors.length > 0) {
        throw new SfnApiError('InvalidDefinition', `Invalid State Machine Definition: '${errors.map((d) => `${d.code}: ${d.message} at ${d.location}`).join(', ')}'`);
      }
      try {
        compileStateMachine(parsed);
      } catch (err) {
        throw new SfnApiError('InvalidDefinition', `Invalid State Machine Definition: '${err instanceof StatesError ? err.cause : String(err)}'`);
      }
      const arn = smArn(input.name);
      const existing = storage.getStateMachine(arn);
      if (existing && existing.definition !== input.definition) {
        throw new SfnApiError('StateMachineAlreadyExists', `State Machine Already Exists: '${arn}'`);
      }
      const now = clock.now();
      const sm: StoredStateMachine = existing ?? {
        stateMachineArn: arn,
        name: input.name,
        definition: input.definition,
        roleArn: input.roleArn ?? `arn:aws:iam::${account}:role/statescope-local`,
        type,
        creationDate: now,
        revisionId: ids.uuid(),
      };
      storage.putStateMachine(sm);
      if (!existing) storage.putRevision({ stateMachineArn: arn, revisionId: sm.revisionId, definition: sm.definition, roleArn: sm.roleArn, updateDate: now });
      return { stateMachineArn: arn, creationDate: new Date(sm.creationDate) };
    },

    updateStateMachine(input: { stateMachineArn: string; definition?: string; roleArn?: string }): { updateDate: Date; revisionId: string } {
      const sm = getStateMachineOrThrow(input.stateMachineArn);
      if (input.definition !== undefined) {
        const errors = parseDefinition(input.definition, sm.type).diagnostics.filter((d) => d.severity === 'ERROR');
        if (errors.length > 0) throw new SfnApiError('InvalidDefinition', `Invalid State Machine Definition: '${errors.map((d) => d.message).join(', ')}'`);
      }
      const updated = { ...sm, definition: input.definition ?? sm.definition, roleArn: input.roleArn ?? sm.roleArn, revisionId: ids.uuid() };
      const updateDate = clock.now();
      storage.putStateMachine(updated);
      storage.putRevision({ stateMachineArn: updated.stateMachineArn, revisionId: updated.revisionId, definition: updated.definition, roleArn: updated.roleArn, updateDate });
      return { updateDate: new Date(updateDate), revisionId: updated.revisionId };
    },

    describeStateMachine(input: { stateMachineArn: string }) {
      const sm = getStateMachineOrThrow(input.stateMachineArn);
      return { stateMachineArn: sm.stateMachineArn, name: sm.name, status: 'ACTIVE' as const, definition: sm.definition, roleArn: sm.roleArn, type: sm.type, creationDate: new Date(sm.creationDate), revisionId: sm.revisionId };
    },

    deleteStateMachine(input: { stateMachineArn: string }): void {
      storage.deleteStateMachine(input.stateMachineArn);
    },

    listStateMachines() {
      return { stateMachines: storage.listStateMachines().map((s) => ({ stateMachineArn: s.stateMachineArn, name: s.name, type: s.type, creationDate: new Date(s.creationDate) })) };
    },

    /**
     * StartExecution. A `#TestCase` suffix on the ARN selects a mock-config test case, as in Step
     * Functions Local. Executions without waits finish before this returns.
     */
    startExecution(input: { stateMachineArn: string; name?: string; input?: string; mockTestCase?: string }): { executionArn: string; startDate: Date } {
      const [baseArn, testCase] = input.stateMachineArn.split('#');
      const sm = getStateMachineOrThrow(baseArn);
      const name = input.name ?? ids.uuid();
      if (name.length > MAX_NAME_LENGTH || !NAME.test(name)) throw new SfnApiError('InvalidName', `Invalid Name: '${name}'`);
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
      const out: DescribeExecutionOutput = {
        executionArn: e.executionArn,
        stateMachineArn: e.stateMachineArn,
        name: e.name,
        status: e.status,
        startDate: new Date(e.startDate),
        input: e.input,
        inputDetails: { included: true },
        redriveCount: e.redriveCount,
        ...getRedriveStatus(e, e.eventCount ?? storage.history(e.executionArn).count(), clock.now()),
      };
      if (e.redriveDate !== undefined) out.redriveDate = new Date(e.redriveDate);
      if (e.stopDate !== undefined) out.stopDate = new Date(e.stopDate);
      if (e.output !== undefined) {
        out.output = e.output;
        out.outputDetails = { included: true };
      }
      if (e.error !== undefined) out.error = e.error;
      if (e.cause !== undefined) out.cause = e.cause;
      if (e.mapRunArn !== undefined) out.mapRunArn = e.mapRunArn;
      return out;
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
      const all = storage.history(input.executionArn).events();
      const max = input.maxResults && input.maxResults > 0 ? Math.min(input.maxResults, 1000) : 100;
      const start = input.nextToken ? Number(input.nextToken) : 0;
      if (!Number.isInteger(start) || start < 0) throw new SfnApiError('InvalidToken', `Invalid Token: '${input.nextToken}'`);
      const ordered = input.reverseOrder ? [...all].reverse() : all;
      const page = ordered.slice(start, start + max).map((e) => (input.includeExecutionData === false ? stripData(toHistoryEvent(e)) : toHistoryEvent(e)));
      const next = start + max < ordered.length ? String(start + max) : undefined;
      return next ? { events: page, nextToken: next } : { events: page };
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
        executions: list.map((e) => ({
          executionArn: e.executionArn,
          stateMachineArn: e.stateMachineArn,
          name: e.name,
          status: e.status,
          startDate: new Date(e.startDate),
          stopDate: e.stopDate !== undefined ? new Date(e.stopDate) : undefined,
          redriveCount: e.redriveCount,
          redriveDate: e.redriveDate !== undefined ? new Date(e.redriveDate) : undefined,
        })),
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

    sendTaskSuccess(input: { taskToken: string; output: string }): void {
      const waiter = registry.tokens.get(input.taskToken);
      if (!waiter) throw new SfnApiError('TaskDoesNotExist', 'Task Timed Out or does not exist');
      let value: unknown;
      try {
        value = JSON.parse(input.output);
      } catch {
        throw new SfnApiError('InvalidOutput', `Invalid Output: '${input.output}'`);
      }
      acceptOutcome(input.taskToken, { output: input.output });
      waiter.resolve(value);
    },

    sendTaskFailure(input: { taskToken: string; error?: string; cause?: string }): void {
      const waiter = registry.tokens.get(input.taskToken);
      if (!waiter) throw new SfnApiError('TaskDoesNotExist', 'Task Timed Out or does not exist');
      acceptOutcome(input.taskToken, { error: input.error ?? '', cause: input.cause ?? '' });
      waiter.reject(new PropagatedError(input.error ?? '', input.cause ?? '', true));
    },

    sendTaskHeartbeat(input: { taskToken: string }): void {
      const waiter = registry.tokens.get(input.taskToken);
      if (!waiter) throw new SfnApiError('TaskDoesNotExist', 'Task Timed Out or does not exist');
      waiter.heartbeat();
    },

    createActivity(input: { name: string }): { activityArn: string; creationDate: Date } {
      const activityArn = `arn:aws:states:${region}:${account}:activity:${input.name}`;
      const existing = storage.getActivity(activityArn);
      const creationDate = existing?.creationDate ?? clock.now();
      if (!existing) storage.putActivity({ activityArn, name: input.name, creationDate });
      return { activityArn, creationDate: new Date(creationDate) };
    },

    deleteActivity(input: { activityArn: string }): void {
      storage.deleteActivity(input.activityArn);
    },

    listActivities() {
      return { activities: storage.listActivities().map((a) => ({ activityArn: a.activityArn, name: a.name, creationDate: new Date(a.creationDate) })) };
    },

    /** Long-polls for up to 60 s (on the engine's clock); an empty answer means no work. */
    getActivityTask(input: { activityArn: string; workerName?: string }): Promise<{ taskToken?: string; input?: string }> {
      if (!storage.getActivity(input.activityArn)) {
        return Promise.reject(new SfnApiError('ActivityDoesNotExist', `Activity Does Not Exist: '${input.activityArn}'`));
      }
      const queue = registry.activityQueues.get(input.activityArn);
      const take = (task: ActivityTask) => {
        task.onStarted(input.workerName);
        return { taskToken: task.taskToken, input: task.input };
      };
      const ready = queue?.shift();
      if (ready) return Promise.resolve(take(ready));
      return new Promise((resolve) => {
        const stop = new AbortController();
        const pollers = registry.activityPollers.get(input.activityArn) ?? [];
        const poller = (task: ActivityTask) => {
          stop.abort();
          resolve(take(task));
        };
        pollers.push(poller);
        registry.activityPollers.set(input.activityArn, pollers);
        clock.sleep(ACTIVITY_POLL_SECONDS * 1000, stop.signal).then(
          () => {
            const list = registry.activityPollers.get(input.activityArn);
            if (list) registry.activityPollers.set(input.activityArn, list.filter((p) => p !== poller));
            resolve({});
          },
          () => undefined,
        );
      });
    },

    /** Number of executions still running (for tests and shutdown). */
    runningCount(): number {
      return running.size;
    },
  };
  return api;
}

const CLOSING_TYPES: Record<string, ExecutionStatus> = { ExecutionSucceeded: 'SUCCEEDED', ExecutionFailed: 'FAILED', ExecutionTimedOut: 'TIMED_OUT', ExecutionAborted: 'ABORTED' };

/** The event that closed the latest run of an execution (after its last ExecutionRedriven), if any. */
function closingEvent(events: readonly StoredEvent[]): StoredEvent | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const type = events[i].type;
    if (type === 'ExecutionRedriven') return undefined;
    if (type in CLOSING_TYPES) return events[i];
  }
  return undefined;
}

/** An execution record completed from its closing event. */
function closedFrom(e: StoredExecution, ending: StoredEvent, eventCount: number): StoredExecution {
  const d = (ending.details ?? {}) as { output?: unknown; error?: unknown; cause?: unknown };
  const status = CLOSING_TYPES[ending.type];
  return {
    ...e,
    status,
    stopDate: ending.timestamp,
    output: status === 'SUCCEEDED' ? detailText(d.output) : undefined,
    error: status === 'TIMED_OUT' ? undefined : detailText(d.error) || undefined,
    cause: status === 'TIMED_OUT' ? undefined : detailText(d.cause) || undefined,
    eventCount,
  };
}

const endStates = new WeakMap<CompiledMachine, Set<string>>();

/** Names of the states that end their (branch's) machine: End, or Succeed. */
function endStatesOf(machine: CompiledMachine): Set<string> {
  let names = endStates.get(machine);
  if (!names) {
    const found = new Set<string>();
    const walk = (m: CompiledMachine) => {
      for (const s of m.states.values()) {
        if (s.end || s.type === 'Succeed') found.add(s.name);
        s.branches.forEach(walk);
        if (s.processor) walk(s.processor);
      }
    };
    walk(machine);
    endStates.set(machine, found);
    names = found;
  }
  return names;
}

function stripData(e: HistoryEvent): HistoryEvent {
  const out: Record<string, unknown> = { ...e };
  for (const [k, v] of Object.entries(out)) {
    if (k.endsWith('EventDetails') && isRecord(v)) {
      const { input: _i, output: _o, parameters: _p, ...rest } = v;
      void _i;
      void _o;
      void _p;
      out[k] = rest;
    }
  }
  return out as HistoryEvent;
}

/** Express workflows refuse callbacks, `.sync` and activities at creation. */
function expressDiagnostics(def: unknown): DefinitionDiagnostic[] {
  const out: DefinitionDiagnostic[] = [];
  const walk = (node: unknown, at: string) => {
    if (!isRecord(node) || !isRecord(node.States)) return;
    for (const [name, state] of Object.entries(node.States)) {
      if (!isRecord(state)) continue;
      const loc = `${at}/States/${name}`;
      const r = state.Resource;
      if (typeof r === 'string') {
        if (r.endsWith('.waitForTaskToken')) out.push({ severity: 'ERROR', code: 'SCHEMA_VALIDATION_FAILED', message: "Express state machine does not support '.waitForTaskToken' service integration", location: `${loc}/Resource` });
        else if (/\.sync(:\d+)?$/.test(r)) out.push({ severity: 'ERROR', code: 'SCHEMA_VALIDATION_FAILED', message: "Express state machine does not support '.sync' service integration", location: `${loc}/Resource` });
        else if (/^arn:[^:]+:states:[^:]*:[^:]*:activity:/.test(r)) out.push({ severity: 'ERROR', code: 'SCHEMA_VALIDATION_FAILED', message: 'Express state machine does not support Activities', location: `${loc}/Resource` });
      }
      if (Array.isArray(state.Branches)) state.Branches.forEach((b, i) => walk(b, `${loc}/Branches/${i}`));
      walk(state.ItemProcessor ?? state.Iterator, `${loc}/ItemProcessor`);
    }
  };
  walk(def, '');
  return out;
}
