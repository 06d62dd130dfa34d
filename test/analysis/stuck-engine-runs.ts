import { createEngine, createSequentialIdGenerator, createVirtualClock, type TaskHandler } from '@/lib/engine';
import type { ExecutionRecord, FindingExecution, StateMachineRecord } from '@/lib/model';

/** Engine runs left waiting where a stuck run waits: a virtual clock that moves only when told. */
export const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
export const MINUTE = 60_000;
export const HOUR = 3_600_000;

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

export type EngineRun = {
  arn: string;
  name: string;
  stateMachineArn: string;
  stateMachineName: string;
  definition: string;
  record: ExecutionRecord;
  machine: StateMachineRecord;
  /** The virtual clock's time when the run was read. */
  readAtMs: number;
};

export type RunOptions = {
  name?: string;
  input?: unknown;
  handlers?: Record<string, TaskHandler>;
  /** Virtual time the execution starts at. */
  startMs?: number;
  /** Clock steps after the start, each firing due timers (Waits, retry back-off). */
  steps?: number;
  stepMs?: number;
  /** Activities to create before the machine; their ARNs replace `${activity:<name>}` in the definition. */
  activities?: string[];
  /** Called with the engine after the start, e.g. to poll an activity. */
  after?: (engine: ReturnType<typeof createEngine>, activityArns: Record<string, string>) => Promise<void>;
};

/** Runs a definition on the local engine until it waits, and returns its history as Statescope stores it. */
export async function runOnEngine(definition: Record<string, unknown>, options: RunOptions = {}): Promise<EngineRun> {
  const clock = createVirtualClock({ start: options.startMs ?? T0 });
  const engine = createEngine({ clock, ids: createSequentialIdGenerator(), handlers: options.handlers });
  const activityArns: Record<string, string> = {};
  for (const activity of options.activities ?? []) activityArns[activity] = engine.createActivity({ name: activity }).activityArn;
  const text = JSON.stringify(definition).replace(/\$\{activity:([\w-]+)\}/g, (_, name: string) => activityArns[name] ?? name);
  const stateMachineName = options.name ?? 'machine';
  const { stateMachineArn } = engine.createStateMachine({ name: stateMachineName, definition: text });
  const { executionArn } = engine.startExecution({ stateMachineArn, input: JSON.stringify(options.input ?? {}), name: `${stateMachineName}-run` });
  await flush();
  await options.after?.(engine, activityArns);
  for (let step = 0; step < (options.steps ?? 0); step++) {
    await clock.advance(options.stepMs ?? MINUTE);
    await flush();
  }
  await flush();
  const described = engine.describeExecution({ executionArn });
  const events = engine.readHistory(executionArn);
  const record: ExecutionRecord = {
    arn: executionArn,
    name: described.name ?? `${stateMachineName}-run`,
    stateMachineArn,
    status: described.status as ExecutionRecord['status'],
    startDate: new Date(described.startDate ?? options.startMs ?? T0),
    stopDate: described.stopDate ? new Date(described.stopDate) : null,
    input: described.input ?? null,
    output: described.output ?? null,
    error: described.error ?? null,
    cause: described.cause ?? null,
    failedStateName: null,
    redriveCount: 0,
    redriveDate: null,
    redriveStatus: null,
    redriveStatusReason: null,
    mapRunArn: null,
    events,
    historyComplete: true,
  };
  const machine: StateMachineRecord = {
    arn: stateMachineArn,
    name: stateMachineName,
    type: 'STANDARD',
    definition: text,
    revisionId: null,
    status: 'ACTIVE',
    roleArn: null,
    logGroupArn: null,
    createdAt: null,
  };
  return { arn: executionArn, name: record.name, stateMachineArn, stateMachineName, definition: text, record, machine, readAtMs: clock.now() };
}

/** The run as stuck detection reads it from the database. */
export function toFindingExecution(run: EngineRun, overrides: Partial<FindingExecution> = {}): FindingExecution {
  const events = run.record.events;
  return {
    arn: run.arn,
    name: run.name,
    stateMachineArn: run.stateMachineArn,
    stateMachineName: run.stateMachineName,
    stateMachineType: 'STANDARD',
    sourceName: 'Local engine',
    status: run.record.status,
    startDate: run.record.startDate,
    eventCount: events.at(-1)?.id ?? 0,
    lastEventAt: events.at(-1)?.timestamp ?? null,
    lastSyncedAt: new Date(run.readAtMs),
    historyComplete: true,
    redriveCount: 0,
    definition: run.definition,
    events,
    ...overrides,
  };
}

const queueUrl = 'https://sqs.us-east-1.amazonaws.com/123456789012/approvals';

/** The scenarios the issue names, as definitions the engine runs. */
export const scenarios = {
  /** An approval that waits on a task token with nothing to bound the wait. */
  approval: (bounds: Record<string, number> = {}) => ({
    StartAt: 'RequestApproval',
    States: {
      RequestApproval: {
        Type: 'Task',
        Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
        Parameters: { QueueUrl: queueUrl, MessageBody: { 'token.$': '$$.Task.Token' } },
        ...bounds,
        Next: 'Done',
      },
      Done: { Type: 'Succeed' },
    },
  }),
  /** A Task on an activity no worker polls. */
  activity: (bounds: Record<string, number> = {}) => ({
    StartAt: 'ArchiveToTape',
    States: { ArchiveToTape: { Type: 'Task', Resource: '${activity:tape-archive}', ...bounds, End: true } },
  }),
  /** Poll a job every `waitSeconds` until it reports done: a loop through Task → Choice → Wait. */
  pollLoop: (waitSeconds = 30) => ({
    StartAt: 'CheckStatus',
    TimeoutSeconds: 7 * 86_400,
    States: {
      CheckStatus: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'check-status', 'Payload.$': '$' }, ResultSelector: { 'status.$': '$.Payload.status' }, ResultPath: '$.job', Next: 'IsDone' },
      IsDone: { Type: 'Choice', Choices: [{ Variable: '$.job.status', StringEquals: 'DONE', Next: 'Finish' }], Default: 'WaitABit' },
      WaitABit: { Type: 'Wait', Seconds: waitSeconds, Next: 'CheckStatus' },
      Finish: { Type: 'Succeed' },
    },
  }),
  wait: (wait: Record<string, unknown>) => ({ StartAt: 'Pause', States: { Pause: { Type: 'Wait', ...wait, Next: 'Done' }, Done: { Type: 'Succeed' } } }),
};

/** The check-status handler of `pollLoop`: never done. */
export const neverDone: Record<string, TaskHandler> = { 'check-status': () => ({ status: 'IN_PROGRESS' }) };
