import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  CreateActivityCommand,
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  GetActivityTaskCommand,
  GetExecutionHistoryCommand,
  SendTaskSuccessCommand,
  SFNClient,
  StartExecutionCommand,
  type HistoryEvent,
} from '@aws-sdk/client-sfn';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { definitions, eventually, ROLE, tokenFromHistory } from './support';

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:';

/** Local task handlers the engine process loads with --handlers. */
const HANDLERS = `
export const handlers = {
  // Fails the first two attempts (Retry then backs off), succeeds on the third.
  flaky: (input, ctx) => {
    if (ctx.attempt < 2) throw Object.assign(new Error('not yet (attempt ' + ctx.attempt + ')'), { name: 'Transient' });
    return { attempts: ctx.attempt + 1 };
  },
  slow: async (input) => {
    await new Promise((r) => setTimeout(r, 2000));
    return { done: input };
  },
};
`;

const machines = {
  waiting: { StartAt: 'Before', States: { Before: { Type: 'Pass', Next: 'Nap' }, Nap: { Type: 'Wait', Seconds: 3, Next: 'After' }, After: { Type: 'Pass', End: true } } },
  retrying: {
    StartAt: 'Flaky',
    States: { Flaky: { Type: 'Task', Resource: `${FN}flaky`, Retry: [{ ErrorEquals: ['Transient'], IntervalSeconds: 2, BackoffRate: 1, MaxAttempts: 3 }], End: true } },
  },
  fanout: {
    StartAt: 'Each',
    States: { Each: { Type: 'Map', MaxConcurrency: 3, ItemProcessor: { StartAt: 'Work', States: { Work: { Type: 'Task', Resource: `${FN}slow`, End: true } } }, End: true } },
  },
  branches: {
    StartAt: 'Fork',
    States: {
      Fork: {
        Type: 'Parallel',
        Branches: [
          { StartAt: 'SlowTask', States: { SlowTask: { Type: 'Task', Resource: `${FN}slow`, End: true } } },
          { StartAt: 'ShortNap', States: { ShortNap: { Type: 'Wait', Seconds: 2, Next: 'Woke' }, Woke: { Type: 'Pass', Result: 'woke', End: true } } },
          { StartAt: 'Quick', States: { Quick: { Type: 'Pass', Result: 'quick', End: true } } },
        ],
        End: true,
      },
    },
  },
};

type EngineProcess = { child: ChildProcess; endpoint: string; readyAt: number; output: () => string };

const dir = mkdtempSync(path.join(tmpdir(), 'statescope-durable-'));
const running: ChildProcess[] = [];

/** `npm run engine` as its own process (node + tsx loader: one PID, so SIGKILL hits the engine itself). */
async function startEngine(): Promise<EngineProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/engine.ts', '--port', '0', '--handlers', path.join(dir, 'handlers.mjs')], {
    env: { ...process.env, DATABASE_URL: `file:${path.join(dir, 'engine.db')}`, NODE_NO_WARNINGS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const endpoint = await new Promise<string>((resolve, reject) => {
    const poll = setInterval(() => {
      const m = /API at (http:\/\/\S+)/.exec(out);
      if (m) {
        clearInterval(poll);
        resolve(m[1]);
      }
    }, 25);
    child.once('exit', (code) => {
      clearInterval(poll);
      reject(new Error(`the engine exited (${code}) before serving:\n${out}`));
    });
  });
  return { child, endpoint, readyAt: Date.now(), output: () => out };
}

const client = (endpoint: string) => new SFNClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 1 });

async function historyOf(sfn: SFNClient, executionArn: string): Promise<HistoryEvent[]> {
  return (await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000 }))).events ?? [];
}

const time = (e: HistoryEvent | undefined) => e?.timestamp?.getTime() ?? NaN;
const entered = (events: HistoryEvent[]) => events.filter((e) => e.type?.endsWith('StateEntered')).map((e) => e.stateEnteredEventDetails?.name);

/** The history a single uninterrupted run would write: ids 1..n, links to earlier events, one start and one end. */
function expectWholeHistory(events: HistoryEvent[]) {
  const ids = new Set<number>();
  events.forEach((e, i) => {
    expect(e.id).toBe(i + 1);
    expect(e.previousEventId === 0 || ids.has(e.previousEventId ?? -1), `event ${e.id} links to ${e.previousEventId}`).toBe(true);
    ids.add(e.id ?? 0);
  });
  expect(events.filter((e) => e.type === 'ExecutionStarted')).toHaveLength(1);
  expect(events.filter((e) => e.type === 'ExecutionSucceeded')).toHaveLength(1);
}

afterAll(() => {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('the engine process killed mid-run', () => {
  it('resumes every running execution after SIGKILL with no event lost or written twice', { timeout: 120_000 }, async () => {
    writeFileSync(path.join(dir, 'handlers.mjs'), HANDLERS);
    // A copy of the run's migrated template spares the engine its first `prisma migrate deploy`.
    const template = inject('sqliteTemplatePath');
    if (template) copyFileSync(template, path.join(dir, 'engine.db'));
    const first = await startEngine();
    let sfn = client(first.endpoint);
    const create = async (name: string, definition: unknown) =>
      (await sfn.send(new CreateStateMachineCommand({ name, definition: typeof definition === 'string' ? definition : JSON.stringify(definition), roleArn: ROLE }))).stateMachineArn ?? '';
    const start = async (stateMachineArn: string, name: string, input: unknown = {}) =>
      (await sfn.send(new StartExecutionCommand({ stateMachineArn, name, input: JSON.stringify(input) }))).executionArn ?? '';

    const { activityArn = '' } = await sfn.send(new CreateActivityCommand({ name: 'approvals' }));
    const arns = {
      waiting: await start(await create('waiting', machines.waiting), 'waiting'),
      retrying: await start(await create('retrying', machines.retrying), 'retrying'),
      callback: await start(await create('callback', definitions.callback), 'callback'),
      picked: await start(await create('activity', definitions.activity(activityArn)), 'picked', { n: 1 }),
      fanout: await start(await create('fanout', machines.fanout), 'fanout', [1, 2, 3, 4, 5, 6]),
      branches: await start(await create('branches', machines.branches), 'branches'),
    };
    // A worker takes the first activity task before the crash; the second stays queued.
    const picked = await sfn.send(new GetActivityTaskCommand({ activityArn, workerName: 'before-crash' }));
    expect(JSON.parse(picked.input ?? '{}')).toEqual({ n: 1 });
    const queued = await start(await create('activity-queued', definitions.activity(activityArn)), 'queued', { n: 2 });

    const reached = async (arn: string, done: (events: HistoryEvent[]) => boolean) => {
      const events = await eventually(() => historyOf(sfn, arn), done, 15_000);
      expect(done(events), `${arn} did not get there before the crash`).toBe(true);
    };
    await reached(arns.waiting, (ev) => ev.some((e) => e.type === 'WaitStateEntered'));
    await reached(arns.retrying, (ev) => ev.some((e) => e.type === 'LambdaFunctionFailed'));
    await reached(arns.callback, (ev) => ev.some((e) => e.type === 'TaskSubmitted'));
    await reached(arns.fanout, (ev) => ev.filter((e) => e.type === 'LambdaFunctionStarted').length === 3);
    await reached(arns.branches, (ev) => ev.some((e) => e.type === 'WaitStateEntered') && ev.some((e) => e.type === 'LambdaFunctionStarted'));
    const beforeCrash = await historyOf(sfn, arns.fanout);
    expect(beforeCrash.some((e) => e.type === 'ExecutionSucceeded')).toBe(false);
    // Let the write-behind reach the database (it trails by a few ms), then kill without warning.
    await new Promise((r) => setTimeout(r, 200));
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    sfn.destroy();

    const second = await startEngine();
    expect(second.output()).toMatch(/resumed 7 running execution\(s\)/);
    sfn = client(second.endpoint);
    const callbackToken = tokenFromHistory(await historyOf(sfn, arns.callback));
    await sfn.send(new SendTaskSuccessCommand({ taskToken: callbackToken, output: '{"approved":true}' }));
    await sfn.send(new SendTaskSuccessCommand({ taskToken: picked.taskToken, output: '{"worker":"before-crash"}' }));
    const requeued = await sfn.send(new GetActivityTaskCommand({ activityArn, workerName: 'after-restart' }));
    expect(JSON.parse(requeued.input ?? '{}')).toEqual({ n: 2 });
    await sfn.send(new SendTaskSuccessCommand({ taskToken: requeued.taskToken, output: '{"worker":"after-restart"}' }));

    const all = { ...arns, queued };
    for (const [name, arn] of Object.entries(all)) {
      const d = await eventually(() => sfn.send(new DescribeExecutionCommand({ executionArn: arn })), (x) => x.status !== 'RUNNING', 20_000);
      expect(d.status, `${name}: ${d.error ?? ''} ${d.cause ?? ''}`).toBe('SUCCEEDED');
    }
    const output = async (arn: string) => JSON.parse((await sfn.send(new DescribeExecutionCommand({ executionArn: arn }))).output ?? 'null') as unknown;
    expect(await output(arns.retrying)).toEqual({ attempts: 3 });
    expect(await output(arns.callback)).toEqual({ approved: true });
    expect(await output(arns.picked)).toEqual({ worker: 'before-crash' });
    expect(await output(queued)).toEqual({ worker: 'after-restart' });
    expect(await output(arns.fanout)).toEqual([1, 2, 3, 4, 5, 6].map((n) => ({ done: n })));
    expect(await output(arns.branches)).toEqual([{ done: {} }, 'woke', 'quick']);

    const histories = Object.fromEntries(await Promise.all(Object.entries(all).map(async ([name, arn]) => [name, await historyOf(sfn, arn)] as const)));
    for (const events of Object.values(histories)) expectWholeHistory(events);

    // Each state visit entered once, each Map item started once.
    expect(entered(histories.waiting)).toEqual(['Before', 'Nap', 'After']);
    expect(entered(histories.retrying)).toEqual(['Flaky']);
    expect(histories.retrying.filter((e) => e.type === 'LambdaFunctionScheduled')).toHaveLength(3);
    expect(entered(histories.callback)).toEqual(['Callback']);
    expect(histories.callback.filter((e) => e.type === 'TaskScheduled')).toHaveLength(1);
    for (const events of [histories.picked, histories.queued]) {
      expect(events.map((e) => e.type).filter((t) => t?.startsWith('Activity'))).toEqual(['ActivityScheduled', 'ActivityStarted', 'ActivitySucceeded']);
    }
    expect(histories.picked.find((e) => e.type === 'ActivityStarted')?.activityStartedEventDetails?.workerName).toBe('before-crash');
    const started = histories.fanout.filter((e) => e.type === 'MapIterationStarted').map((e) => e.mapIterationStartedEventDetails?.index);
    expect([...started].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(entered(histories.fanout).filter((n) => n === 'Work')).toHaveLength(6);
    expect([...entered(histories.branches)].sort()).toEqual(['Fork', 'Quick', 'ShortNap', 'SlowTask', 'Woke']);

    // Timers kept their original deadlines: not restarted from the resume, not fired early.
    const napIn = time(histories.waiting.find((e) => e.type === 'WaitStateEntered'));
    const napOut = time(histories.waiting.find((e) => e.type === 'WaitStateExited'));
    expect(napOut - napIn).toBeGreaterThanOrEqual(3000);
    expect(napOut).toBeLessThan(Math.max(napIn + 3000, second.readyAt) + 1500);
    const attempts = histories.retrying.filter((e) => e.type === 'LambdaFunctionScheduled').map(time);
    const failures = histories.retrying.filter((e) => e.type === 'LambdaFunctionFailed').map(time);
    for (const k of [0, 1]) {
      expect(attempts[k + 1] - failures[k]).toBeGreaterThanOrEqual(2000);
      expect(attempts[k + 1]).toBeLessThan(Math.max(failures[k] + 2000, second.readyAt) + 1500);
    }

    second.child.kill('SIGTERM');
    expect(await new Promise((r) => second.child.once('exit', r))).toBe(0);
  });
});
