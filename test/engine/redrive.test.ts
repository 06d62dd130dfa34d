import { describe, expect, it } from 'vitest';
import { createEngine, createSequentialIdGenerator, createVirtualClock, LambdaFunctionError, SfnApiError, type EngineOptions, type TaskHandler } from '@/lib/engine';
import type { HistoryEvent } from '@/lib/model';

const FN = 'arn:aws:lambda:us-east-1:111111111111:function:';
const DAY_MS = 24 * 3600 * 1000;

function setup(definition: Record<string, unknown>, handlers: Record<string, TaskHandler> = {}, options: EngineOptions & { type?: 'STANDARD' | 'EXPRESS' } = {}) {
  const clock = createVirtualClock({ autoAdvance: true, start: Date.UTC(2024, 0, 1) });
  const engine = createEngine({ clock, ids: createSequentialIdGenerator(), handlers, ...options });
  const { stateMachineArn } = engine.createStateMachine({ name: 'sm', definition: JSON.stringify(definition), type: options.type });
  const start = (input: unknown = {}, name?: string) => engine.startExecution({ stateMachineArn, input: JSON.stringify(input), name }).executionArn;
  return { clock, engine, stateMachineArn, start };
}

/** A handler that fails for the inputs in `failing` (changeable between runs) and records its calls. */
function switchable(failing: Set<unknown>, secondsOf: (key: unknown) => number = () => 1) {
  const calls: unknown[] = [];
  const handler: TaskHandler = async (input, ctx) => {
    const key = (input as { key?: unknown }).key;
    calls.push(key);
    await ctx.clock.sleep(1000 * secondsOf(key));
    if (failing.has(key)) throw new LambdaFunctionError('Flaky', `failed on ${String(key)}`);
    return { done: key };
  };
  return { handler, calls };
}

const summary = (events: HistoryEvent[]) =>
  events.map((e) => {
    const name = e.stateEnteredEventDetails?.name ?? e.stateExitedEventDetails?.name;
    const index = (e.mapIterationStartedEventDetails ?? e.mapIterationSucceededEventDetails ?? e.mapIterationFailedEventDetails ?? e.mapIterationAbortedEventDetails)?.index;
    return [e.type, name ?? index ?? ''].join(' ').trim();
  });

function expectWellFormed(events: HistoryEvent[]) {
  events.forEach((e, i) => {
    expect(e.id).toBe(i + 1);
    expect(e.previousEventId).toBeLessThan(e.id ?? 0);
  });
}

/** Events written by the latest redrive (after the last ExecutionRedriven). */
function afterLastRedrive(events: HistoryEvent[]): HistoryEvent[] {
  const at = events.map((e) => e.type).lastIndexOf('ExecutionRedriven');
  return events.slice(at + 1);
}

describe('redriveExecution', () => {
  it('continues a failed execution at the failed state, with its input, without re-running what succeeded', async () => {
    const failing = new Set<unknown>(['second']);
    const { handler, calls } = switchable(failing);
    const { engine, start } = setup(
      {
        StartAt: 'First',
        States: {
          First: { Type: 'Task', Resource: `${FN}work`, Parameters: { key: 'first' }, ResultPath: '$.first', Next: 'Second' },
          Second: { Type: 'Task', Resource: `${FN}work`, Parameters: { key: 'second' }, ResultPath: '$.second', Retry: [{ ErrorEquals: ['Flaky'], MaxAttempts: 1, IntervalSeconds: 1 }], End: true },
        },
      },
      { work: handler },
    );
    const arn = start({ order: 7 });
    expect(await engine.waitForExecution(arn)).toMatchObject({ status: 'FAILED', error: 'Flaky', redriveStatus: 'REDRIVABLE', redriveCount: 0 });
    expect(calls).toEqual(['first', 'second', 'second']);

    failing.clear();
    calls.length = 0;
    const { redriveDate } = await engine.redriveExecution({ executionArn: arn });
    const done = await engine.waitForExecution(arn);
    expect(done).toMatchObject({ status: 'SUCCEEDED', redriveCount: 1, redriveDate, redriveStatus: 'NOT_REDRIVABLE' });
    expect(JSON.parse(done.output ?? '')).toEqual({ order: 7, first: { done: 'first' }, second: { done: 'second' } });
    // Only the failed state ran again, once: its retry count starts from zero.
    expect(calls).toEqual(['second']);

    const events = engine.readHistory(arn);
    expectWellFormed(events);
    const redriven = events.find((e) => e.type === 'ExecutionRedriven');
    expect(redriven?.executionRedrivenEventDetails).toEqual({ redriveCount: 1 });
    const rerun = afterLastRedrive(events);
    expect(summary(rerun)).toEqual(['TaskStateEntered Second', 'LambdaFunctionScheduled', 'LambdaFunctionStarted', 'LambdaFunctionSucceeded', 'TaskStateExited Second', 'ExecutionSucceeded']);
    expect(rerun[0].previousEventId).toBe(redriven?.id);
    expect(JSON.parse(rerun[0].stateEnteredEventDetails?.input ?? '')).toEqual({ order: 7, first: { done: 'first' } });
  });

  it('re-runs only the Parallel branches that did not succeed', async () => {
    const failing = new Set<unknown>(['b']);
    // b fails after 2 s, when a and c have finished.
    const { handler, calls } = switchable(failing, (key) => (key === 'b' ? 2 : 1));
    const branch = (key: string) => ({ StartAt: `${key}1`, States: { [`${key}1`]: { Type: 'Pass', Next: `${key}2` }, [`${key}2`]: { Type: 'Task', Resource: `${FN}work`, Parameters: { key }, End: true } } });
    const { engine, start } = setup({ StartAt: 'Fan', States: { Fan: { Type: 'Parallel', Branches: [branch('a'), branch('b'), branch('c')], End: true } } }, { work: handler });
    const arn = start();
    expect((await engine.waitForExecution(arn)).status).toBe('FAILED');
    failing.clear();
    calls.length = 0;
    await engine.redriveExecution({ executionArn: arn });
    const done = await engine.waitForExecution(arn);
    expect(done.status).toBe('SUCCEEDED');
    expect(JSON.parse(done.output ?? '')).toEqual([{ done: 'a' }, { done: 'b' }, { done: 'c' }]);
    // Branches a and c had finished; b continues at b2.
    expect(calls).toEqual(['b']);
    const rerun = summary(afterLastRedrive(engine.readHistory(arn)));
    expect(rerun).toEqual([
      'ParallelStateEntered Fan',
      'ParallelStateStarted',
      'TaskStateEntered b2',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionSucceeded',
      'TaskStateExited b2',
      'ParallelStateSucceeded',
      'ParallelStateExited Fan',
      'ExecutionSucceeded',
    ]);
    expectWellFormed(engine.readHistory(arn));
  });

  it('re-runs only the failed and aborted Map iterations, and can redrive again', async () => {
    const failing = new Set<unknown>([1, 3]);
    const calls: number[] = [];
    // Iteration i takes i+1 seconds, so iteration 1 fails while 2 is still waiting (aborted).
    const work: TaskHandler = async (input, ctx) => {
      const i = (input as { key: number }).key;
      calls.push(i);
      await ctx.clock.sleep(1000 * (i + 1));
      if (failing.has(i)) throw new LambdaFunctionError('Flaky', `failed on ${i}`);
      return i * 10;
    };
    const { engine, start } = setup(
      {
        StartAt: 'Each',
        States: {
          Each: {
            Type: 'Map',
            MaxConcurrency: 2,
            ItemSelector: { 'key.$': '$$.Map.Item.Value' },
            ItemProcessor: { StartAt: 'Pause', States: { Pause: { Type: 'Wait', Seconds: 1, Next: 'Work' }, Work: { Type: 'Task', Resource: `${FN}work`, End: true } } },
            End: true,
          },
        },
      },
      { work },
    );
    const arn = start([0, 1, 2, 3, 4]);
    expect((await engine.waitForExecution(arn)).status).toBe('FAILED');
    expect(calls).toEqual([0, 1]);
    const first = engine.readHistory(arn);
    expect(first.filter((e) => e.type === 'MapIterationAborted').map((e) => e.mapIterationAbortedEventDetails?.index)).toEqual([2]);

    failing.delete(1);
    calls.length = 0;
    await engine.redriveExecution({ executionArn: arn });
    expect(await engine.waitForExecution(arn)).toMatchObject({ status: 'FAILED', redriveCount: 1 });
    // 0 succeeded and is kept; 1 failed, 2 was aborted, 3 and 4 never started.
    expect(calls.sort()).toEqual([1, 2, 3, 4]);
    const second = afterLastRedrive(engine.readHistory(arn));
    expect(second.filter((e) => e.type === 'MapIterationSucceeded').map((e) => e.mapIterationSucceededEventDetails?.index)).toEqual([1, 2]);
    // Iteration 1 failed in Work: its Wait already ran, so the re-run starts at Work.
    expect(summary(second).filter((s) => s === 'WaitStateEntered Pause')).toHaveLength(3);

    failing.clear();
    calls.length = 0;
    await engine.redriveExecution({ executionArn: arn });
    const done = await engine.waitForExecution(arn);
    expect(done).toMatchObject({ status: 'SUCCEEDED', redriveCount: 2 });
    expect(JSON.parse(done.output ?? '')).toEqual([0, 10, 20, 30, 40]);
    expect(calls.sort()).toEqual([3, 4]);
    const events = engine.readHistory(arn);
    expectWellFormed(events);
    expect(events.filter((e) => e.type === 'ExecutionRedriven').map((e) => e.executionRedrivenEventDetails?.redriveCount)).toEqual([1, 2]);
  });

  it('re-enters a Fail state, which fails again', async () => {
    const { engine, start } = setup({ StartAt: 'Go', States: { Go: { Type: 'Pass', Next: 'Stop' }, Stop: { Type: 'Fail', Error: 'Oops', Cause: 'always' } } });
    const arn = start();
    await engine.waitForExecution(arn);
    await engine.redriveExecution({ executionArn: arn });
    expect(await engine.waitForExecution(arn)).toMatchObject({ status: 'FAILED', error: 'Oops', redriveCount: 1 });
    expect(summary(afterLastRedrive(engine.readHistory(arn)))).toEqual(['FailStateEntered Stop', 'ExecutionFailed']);
  });

  it('redrives an aborted execution at the state it was stopped in, and a timed-out one with a fresh timeout', async () => {
    const clock = createVirtualClock({ start: Date.UTC(2024, 0, 1) });
    const engine = createEngine({ clock, ids: createSequentialIdGenerator() });
    const { stateMachineArn } = engine.createStateMachine({
      name: 'waits',
      definition: JSON.stringify({ TimeoutSeconds: 100, StartAt: 'Short', States: { Short: { Type: 'Wait', Seconds: 70, Next: 'Long' }, Long: { Type: 'Wait', Seconds: 70, End: true } } }),
    });
    const stopped = engine.startExecution({ stateMachineArn, name: 'stopped' }).executionArn;
    await clock.advance(80_000);
    engine.stopExecution({ executionArn: stopped, error: 'Halt' });
    expect((await engine.waitForExecution(stopped)).status).toBe('ABORTED');
    await engine.redriveExecution({ executionArn: stopped });
    await clock.advance(70_000);
    expect((await engine.waitForExecution(stopped)).status).toBe('SUCCEEDED');
    expect(summary(afterLastRedrive(engine.readHistory(stopped)))).toEqual(['WaitStateEntered Long', 'WaitStateExited Long', 'ExecutionSucceeded']);

    const slow = engine.startExecution({ stateMachineArn, name: 'slow' }).executionArn;
    await clock.advance(200_000);
    expect((await engine.waitForExecution(slow)).status).toBe('TIMED_OUT');
    await engine.redriveExecution({ executionArn: slow });
    // The 100 s execution timeout counts again from the redrive: the 70 s Wait fits.
    await clock.advance(100_000);
    expect(await engine.waitForExecution(slow)).toMatchObject({ status: 'SUCCEEDED', redriveCount: 1 });
  });

  it('refuses executions that cannot be redriven, with AWS reasons', async () => {
    const { engine, start, clock } = setup({ StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 10, Next: 'Choose' }, Choose: { Type: 'Choice', Choices: [{ Variable: '$.ok', BooleanEquals: true, Next: 'Done' }], Default: 'Bad' }, Done: { Type: 'Succeed' }, Bad: { Type: 'Fail', Error: 'Bad' } } });
    const refusal = async (arn: string) => {
      const err = await engine.redriveExecution({ executionArn: arn }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SfnApiError);
      expect((err as SfnApiError).name).toBe('ExecutionNotRedrivable');
      return (err as SfnApiError).message;
    };
    const running = start({ ok: true });
    expect(engine.describeExecution({ executionArn: running })).toMatchObject({ redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason: 'Execution is RUNNING and cannot be redriven' });
    expect(await refusal(running)).toBe('Execution is RUNNING and cannot be redriven');
    await engine.waitForExecution(running);
    expect(await refusal(running)).toBe('Execution is SUCCEEDED and cannot be redriven');

    const failed = start({ ok: false });
    await engine.waitForExecution(failed);
    expect(engine.describeExecution({ executionArn: failed }).redriveStatus).toBe('REDRIVABLE');
    await clock.advance(14 * DAY_MS + 1000);
    expect(engine.describeExecution({ executionArn: failed })).toMatchObject({ redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason: 'Execution redrivable period exceeded.' });
    expect(await refusal(failed)).toBe('Execution redrivable period exceeded.');

    await expect(engine.redriveExecution({ executionArn: `${failed}-missing` })).rejects.toMatchObject({ name: 'ExecutionDoesNotExist' });
  });

  it('refuses Express executions and leaves Map Run children to their parent', async () => {
    const express = setup({ StartAt: 'F', States: { F: { Type: 'Fail', Error: 'E' } } }, {}, { type: 'EXPRESS' });
    const arn = express.start();
    await express.engine.waitForExecution(arn);
    expect(express.engine.describeExecution({ executionArn: arn }).redriveStatus).toBe('NOT_REDRIVABLE');
    await expect(express.engine.redriveExecution({ executionArn: arn })).rejects.toMatchObject({ name: 'ExecutionNotRedrivable', message: 'Executions of EXPRESS state machines cannot be redriven.' });

    const { engine, start } = setup({
      StartAt: 'Fan',
      States: { Fan: { Type: 'Map', ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'F', States: { F: { Type: 'Fail', Error: 'E' } } }, End: true } },
    });
    const parent = start([1]);
    await engine.waitForExecution(parent);
    const mapRunArn = engine.readHistory(parent).find((e) => e.type === 'MapRunStarted')?.mapRunStartedEventDetails?.mapRunArn ?? '';
    const child = engine.listExecutions({ mapRunArn }).executions[0].executionArn;
    expect(engine.describeExecution({ executionArn: child })).toMatchObject({ status: 'FAILED', redriveStatus: 'REDRIVABLE_BY_MAP_RUN' });
    await expect(engine.redriveExecution({ executionArn: child })).rejects.toMatchObject({ name: 'ExecutionNotRedrivable' });
  });

  it('refuses an execution without history headroom', async () => {
    const { engine, start } = setup({ StartAt: 'Loop', States: { Loop: { Type: 'Pass', Next: 'Loop' } } });
    const arn = start();
    await engine.waitForExecution(arn);
    expect(engine.describeExecution({ executionArn: arn })).toMatchObject({ status: 'FAILED', redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason: 'Execution history event limit exceeded.' });
  });

  it('answers a repeated client token with the first redrive instead of redriving twice', async () => {
    const { engine, start } = setup({ StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 5, Next: 'F' }, F: { Type: 'Fail', Error: 'E' } } });
    const arn = start();
    await engine.waitForExecution(arn);
    const first = await engine.redriveExecution({ executionArn: arn, clientToken: 'token-1' });
    const again = await engine.redriveExecution({ executionArn: arn, clientToken: 'token-1' });
    expect(again.redriveDate).toEqual(first.redriveDate);
    await engine.waitForExecution(arn);
    expect(engine.describeExecution({ executionArn: arn }).redriveCount).toBe(1);
  });

  it('lists redrive counts and dates', async () => {
    const { engine, start, stateMachineArn } = setup({ StartAt: 'F', States: { F: { Type: 'Fail', Error: 'E' } } });
    const once = start({}, 'once');
    const never = start({}, 'never');
    await engine.waitForExecution(once);
    await engine.waitForExecution(never);
    const { redriveDate } = await engine.redriveExecution({ executionArn: once });
    await engine.waitForExecution(once);
    const items = engine.listExecutions({ stateMachineArn }).executions;
    expect(items.find((e) => e.executionArn === once)).toMatchObject({ redriveCount: 1, redriveDate });
    expect(items.find((e) => e.executionArn === never)).toMatchObject({ redriveCount: 0, redriveDate: undefined });
  });
});
