import { describe, expect, it } from 'vitest';
import { createEngine, createMemoryStorage, createSequentialIdGenerator, createVirtualClock, LambdaFunctionError, type EngineStorage, type TaskHandler } from '@/lib/engine';
import type { HistoryEvent } from '@/lib/model';

const FN = 'arn:aws:lambda:us-east-1:111111111111:function:';
const T0 = Date.UTC(2024, 0, 1);

/** Memory storage that stops taking writes at `crash()`: what a killed process leaves behind. */
function crashableStorage() {
  const storage = createMemoryStorage();
  let crashed = false;
  const frozen: EngineStorage = {
    ...storage,
    history: (arn) => {
      const log = storage.history(arn);
      return {
        append: (e) => void (crashed || log.append(e)),
        appendState: (...fields) => void (crashed || log.appendState(...fields)),
        count: () => log.count(),
        events: () => log.events(),
      };
    },
  };
  for (const key of Object.keys(storage) as (keyof EngineStorage)[]) {
    if (/^(put|delete)/.test(key)) {
      const write = storage[key] as (...args: unknown[]) => void;
      (frozen as Record<string, unknown>)[key] = (...args: unknown[]) => void (crashed || write(...args));
    }
  }
  return { frozen, storage, crash: () => (crashed = true) };
}

/** Runs `definition` on a first engine until `before` is done, "kills" it, and resumes on a second one. */
async function crashAndResume(options: {
  definition: Record<string, unknown>;
  input?: unknown;
  handlers?: Record<string, TaskHandler>;
  before: (first: ReturnType<typeof createEngine>, clock: ReturnType<typeof createVirtualClock>, executionArn: string) => Promise<void>;
}) {
  const { frozen, storage, crash } = crashableStorage();
  const firstClock = createVirtualClock({ start: T0 });
  const first = createEngine({ clock: firstClock, storage: frozen, ids: createSequentialIdGenerator(1), handlers: options.handlers });
  const { stateMachineArn } = first.createStateMachine({ name: 'sm', definition: JSON.stringify(options.definition) });
  const { executionArn } = first.startExecution({ stateMachineArn, name: 'run', input: JSON.stringify(options.input ?? {}) });
  await options.before(first, firstClock, executionArn);
  crash();
  const clock = createVirtualClock({ start: firstClock.now() + 500 });
  const warnings: string[] = [];
  const engine = createEngine({ clock, storage, ids: createSequentialIdGenerator(1000), handlers: options.handlers, onWarning: (m) => warnings.push(m) });
  const resumed = await engine.resume();
  return { engine, clock, executionArn, resumed, warnings };
}

function expectWholeHistory(events: HistoryEvent[]) {
  const ids = new Set<number>();
  events.forEach((e, i) => {
    expect(e.id).toBe(i + 1);
    expect(e.previousEventId === 0 || ids.has(e.previousEventId ?? -1)).toBe(true);
    ids.add(e.id ?? 0);
  });
}

const summary = (events: HistoryEvent[]) => events.map((e) => [e.type, e.stateEnteredEventDetails?.name ?? e.stateExitedEventDetails?.name ?? ''].join(' ').trim());

describe('resume', () => {
  it('continues Map iterations and Parallel branches in flight, re-invoking only unfinished tasks', async () => {
    const calls: string[] = [];
    const work: TaskHandler = async (input, ctx) => {
      calls.push(JSON.stringify(input));
      await ctx.clock.sleep(2000);
      return { done: input };
    };
    const { engine, clock, executionArn, resumed, warnings } = await crashAndResume({
      definition: {
        StartAt: 'Fork',
        States: {
          Fork: {
            Type: 'Parallel',
            Branches: [
              { StartAt: 'Each', States: { Each: { Type: 'Map', MaxConcurrency: 2, ItemsPath: '$.items', ItemProcessor: { StartAt: 'Work', States: { Work: { Type: 'Task', Resource: `${FN}work`, End: true } } }, End: true } } },
              { StartAt: 'Nap', States: { Nap: { Type: 'Wait', Seconds: 3, End: true } } },
            ],
            End: true,
          },
        },
      },
      input: { items: [1, 2, 3, 4] },
      handlers: { work },
      before: async (_first, firstClock) => {
        await firstClock.advance(2500);
        calls.length = 0;
      },
    });
    expect(resumed).toEqual({ resumed: 1, closed: 0 });
    // Items 1 and 2 finished before the crash; 3 and 4 were in flight and run again.
    await clock.advance(5000);
    const d = await engine.waitForExecution(executionArn);
    expect(d.status).toBe('SUCCEEDED');
    expect(JSON.parse(d.output ?? '')).toEqual([[{ done: 1 }, { done: 2 }, { done: 3 }, { done: 4 }], { items: [1, 2, 3, 4] }]);
    expect(calls).toEqual(['3', '4']);
    const events = engine.readHistory(executionArn);
    expectWholeHistory(events);
    expect(events.filter((e) => e.type === 'MapIterationStarted').map((e) => e.mapIterationStartedEventDetails?.index).sort()).toEqual([0, 1, 2, 3]);
    // The Wait kept its deadline: entered at 0, exited at 3 s (the restart came at 3 s).
    const nap = events.filter((e) => e.type.startsWith('WaitState')).map((e) => (e.timestamp?.getTime() ?? 0) - T0);
    expect(nap).toEqual([0, 3000]);
    expect(warnings).toEqual([]);
  });

  it('replays a caught Parallel failure without running its aborted sibling again', async () => {
    let slowCalls = 0;
    const { engine, clock, executionArn, warnings } = await crashAndResume({
      definition: {
        StartAt: 'Fork',
        States: {
          Fork: {
            Type: 'Parallel',
            Branches: [
              { StartAt: 'Boom', States: { Boom: { Type: 'Task', Resource: `${FN}boom`, End: true } } },
              { StartAt: 'Slow', States: { Slow: { Type: 'Task', Resource: `${FN}slow`, End: true } } },
            ],
            Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.failed', Next: 'Later' }],
            Next: 'Later',
          },
          Later: { Type: 'Wait', Seconds: 10, End: true },
        },
      },
      handlers: {
        boom: async (_i, ctx) => {
          await ctx.clock.sleep(1000);
          throw new LambdaFunctionError('Boom', 'exploded');
        },
        slow: async (_i, ctx) => {
          slowCalls++;
          await ctx.clock.sleep(5000);
          return 'slow';
        },
      },
      before: async (_first, firstClock) => {
        await firstClock.advance(2000);
      },
    });
    expect(slowCalls).toBe(1);
    await clock.advance(10_000);
    expect((await engine.waitForExecution(executionArn)).status).toBe('SUCCEEDED');
    expect(slowCalls).toBe(1);
    const events = engine.readHistory(executionArn);
    expectWholeHistory(events);
    // As first written: the failed task's branch and its aborted sibling, once each.
    expect(summary(events).filter((s) => s === 'TaskStateAborted')).toHaveLength(2);
    expect(warnings).toEqual([]);
  });

  it('keeps what states produced before the crash, even when running them again would differ', async () => {
    const { engine, clock, executionArn, warnings } = await crashAndResume({
      definition: {
        StartAt: 'Mint',
        States: {
          Mint: { Type: 'Pass', Parameters: { 'id.$': 'States.UUID()' }, Next: 'Pick' },
          Pick: { Type: 'Choice', Choices: [{ Variable: '$.id', StringMatches: '00000000-0000-4000-8000-0000000000*', Next: 'Early' }], Default: 'Late' },
          Early: { Type: 'Wait', Seconds: 5, Next: 'Done' },
          Late: { Type: 'Wait', Seconds: 5, Next: 'Done' },
          Done: { Type: 'Pass', End: true },
        },
      },
      before: async (_first, firstClock) => {
        await firstClock.advance(1000);
      },
    });
    await clock.advance(5000);
    const d = await engine.waitForExecution(executionArn);
    // The first engine minted 00000000-…-000000000002 (its sequential ids); the second would mint …03e9.
    expect(JSON.parse(d.output ?? '')).toEqual({ id: '00000000-0000-4000-8000-000000000002' });
    expect(summary(engine.readHistory(executionArn))).toContain('WaitStateEntered Early');
    expect(warnings).toEqual([]);
  });

  it('resumes a distributed Map without starting its children twice', async () => {
    const calls: number[] = [];
    const { engine, clock, executionArn } = await crashAndResume({
      definition: {
        StartAt: 'Fan',
        States: {
          Fan: {
            Type: 'Map',
            MaxConcurrency: 2,
            ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'Work', States: { Work: { Type: 'Task', Resource: `${FN}work`, End: true } } },
            End: true,
          },
        },
      },
      input: [0, 1, 2, 3],
      handlers: {
        work: async (input, ctx) => {
          calls.push(input as number);
          await ctx.clock.sleep(2000);
          return (input as number) * 10;
        },
      },
      before: async (_first, firstClock) => {
        await firstClock.advance(2500);
      },
    });
    calls.length = 0;
    await clock.advance(5000);
    expect(await engine.waitForExecution(executionArn)).toMatchObject({ status: 'SUCCEEDED', output: '[0,10,20,30]' });
    expect(calls.sort()).toEqual([2, 3]);
    const mapRunArn = engine.readHistory(executionArn).find((e) => e.type === 'MapRunStarted')?.mapRunStartedEventDetails?.mapRunArn ?? '';
    expect(engine.listExecutions({ mapRunArn }).executions.map((e) => e.status)).toEqual(['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']);
    expectWholeHistory(engine.readHistory(executionArn));
  });

  it('resumes a redriven execution mid-run without running its first attempt again', async () => {
    let open = false;
    const gateCalls: number[] = [];
    const { engine, clock, executionArn, warnings } = await crashAndResume({
      definition: {
        StartAt: 'Each',
        States: {
          Each: {
            Type: 'Map',
            ItemProcessor: { StartAt: 'Gate', States: { Gate: { Type: 'Task', Resource: `${FN}gate`, Next: 'Rest' }, Rest: { Type: 'Wait', Seconds: 4, End: true } } },
            End: true,
          },
        },
      },
      input: [0, 1, 2],
      handlers: {
        gate: (input) => {
          gateCalls.push(input as number);
          if (!open && input === 1) throw new LambdaFunctionError('Shut', 'gate shut');
          return input;
        },
      },
      before: async (first, firstClock, arn) => {
        await firstClock.advance(1000);
        expect((await first.waitForExecution(arn)).status).toBe('FAILED');
        open = true;
        await first.redriveExecution({ executionArn: arn });
        await firstClock.advance(1000);
      },
    });
    expect(gateCalls.sort()).toEqual([0, 1, 1, 2]);
    await clock.advance(5000);
    const d = await engine.waitForExecution(executionArn);
    expect(d).toMatchObject({ status: 'SUCCEEDED', output: '[0,1,2]', redriveCount: 1 });
    expect(gateCalls.sort()).toEqual([0, 1, 1, 2]);
    const events = engine.readHistory(executionArn);
    expectWholeHistory(events);
    expect(events.filter((e) => e.type === 'ExecutionRedriven')).toHaveLength(1);
    expect(warnings).toEqual([]);
  });
});

describe('redrive of a distributed Map', () => {
  it('redrives its Map Run: failed Standard children are redriven, Express ones run again', async () => {
    for (const type of ['STANDARD', 'EXPRESS'] as const) {
      const clock = createVirtualClock({ autoAdvance: true, start: T0 });
      const failing = new Set([1]);
      const calls: number[] = [];
      const engine = createEngine({
        clock,
        ids: createSequentialIdGenerator(),
        handlers: {
          work: (input) => {
            calls.push(input as number);
            if (failing.has(input as number)) throw new LambdaFunctionError('Bad', `bad ${String(input)}`);
            return (input as number) * 10;
          },
        },
      });
      const definition = {
        StartAt: 'Fan',
        States: { Fan: { Type: 'Map', ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: type }, StartAt: 'Work', States: { Work: { Type: 'Task', Resource: `${FN}work`, End: true } } }, End: true } },
      };
      const { stateMachineArn } = engine.createStateMachine({ name: `dm-${type}`, definition: JSON.stringify(definition) });
      const arn = engine.startExecution({ stateMachineArn, input: '[0,1,2]' }).executionArn;
      expect(await engine.waitForExecution(arn)).toMatchObject({ status: 'FAILED', error: 'States.ExceedToleratedFailureThreshold' });
      failing.clear();
      calls.length = 0;
      await engine.redriveExecution({ executionArn: arn });
      expect(await engine.waitForExecution(arn)).toMatchObject({ status: 'SUCCEEDED', output: '[0,10,20]' });
      expect(calls).toEqual([1]);
      const events = engine.readHistory(arn);
      const mapRunArn = events.find((e) => e.type === 'MapRunStarted')?.mapRunStartedEventDetails?.mapRunArn;
      expect(events.find((e) => e.type === 'MapRunRedriven')?.mapRunRedrivenEventDetails).toEqual({ mapRunArn, redriveCount: 1 });
      const children = engine.listExecutions({ mapRunArn }).executions;
      if (type === 'STANDARD') expect(children.map((c) => [c.status, c.redriveCount]).sort()).toEqual([['SUCCEEDED', 0], ['SUCCEEDED', 0], ['SUCCEEDED', 1]]);
      else expect(children.map((c) => c.status).sort()).toEqual(['FAILED', 'SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']);
    }
  });
});
