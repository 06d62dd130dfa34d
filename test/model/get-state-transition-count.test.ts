import { describe, expect, it } from 'vitest';
import { createEngine, createSequentialIdGenerator, createVirtualClock } from '@/lib/engine';
import { getBilledTransitionKind, getStateTransitionCount, type HistoryEvent } from '@/lib/model';
import { FN, flaky, PRICING_EXAMPLE_1, PRICING_EXAMPLE_1_INPUT, runOnEngine } from '@/test/support/engine-run';


describe('getStateTransitionCount on engine histories', () => {
  it('counts 25 transitions for pricing.md example 1 without a retry, 26 with one', async () => {
    const clean = await runOnEngine(PRICING_EXAMPLE_1, PRICING_EXAMPLE_1_INPUT, { handlers: { enrich: flaky(0), handle: (x) => x } });
    expect(clean.status).toBe('SUCCEEDED');
    expect(getStateTransitionCount(clean.events)).toBe(25);

    const retried = await runOnEngine(PRICING_EXAMPLE_1, PRICING_EXAMPLE_1_INPUT, { handlers: { enrich: flaky(1), handle: (x) => x } });
    expect(retried.status).toBe('SUCCEEDED');
    // Two attempts of Enrich, one Handle per item.
    expect(retried.events.filter((e) => e.type === 'LambdaFunctionScheduled')).toHaveLength(2 + 10);
    expect(getStateTransitionCount(retried.events)).toBe(26);
  });

  it('charges each Task retry as one more transition, also when the retries run out', async () => {
    const definition = { StartAt: 'T', States: { T: { Type: 'Task', Resource: `${FN}:f`, Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 1, BackoffRate: 2, MaxAttempts: 3 }], End: true } } };
    const failed = await runOnEngine(definition, {}, { handlers: { f: flaky(10) } });
    expect(failed.status).toBe('FAILED');
    // One entry + three retries.
    expect(getStateTransitionCount(failed.events)).toBe(4);
  });

  it('charges a retried Map as a new attempt plus its re-run iterations', async () => {
    const definition = {
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 1, MaxAttempts: 1 }],
          MaxConcurrency: 1,
          ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'f' }, End: true } } },
          End: true,
        },
      },
    };
    // Items 0 and 1; the first call fails, so the first attempt ends after one iteration.
    const { events, status } = await runOnEngine(definition, [0, 1], { handlers: { f: flaky(1) } });
    expect(status).toBe('SUCCEEDED');
    const enteredInner = events.filter((e) => e.type === 'TaskStateEntered').length;
    expect(events.filter((e) => e.type === 'MapStateStarted')).toHaveLength(2);
    // Map entry + one Map retry + every inner Task entry (1 in the failed attempt, 2 in the retry).
    expect(enteredInner).toBe(3);
    expect(getStateTransitionCount(events)).toBe(1 + 1 + 3);
  });

  it('counts the states inside every Parallel branch, not the branches themselves', async () => {
    const definition = {
      StartAt: 'Both',
      States: {
        Both: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'A2' }, A2: { Type: 'Pass', End: true } } },
            { StartAt: 'B', States: { B: { Type: 'Wait', Seconds: 5, End: true } } },
          ],
          Next: 'End',
        },
        End: { Type: 'Succeed' },
      },
    };
    const { events } = await runOnEngine(definition);
    expect(getStateTransitionCount(events)).toBe(5);
  });

  it('counts a distributed Map’s own states in the parent and each child’s states in the child', async () => {
    const items = Array.from({ length: 5 }, (_, i) => ({ id: i }));
    const definition = {
      StartAt: 'Fan',
      States: {
        Fan: {
          Type: 'Map',
          ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'P', States: { P: { Type: 'Pass', Next: 'Q' }, Q: { Type: 'Pass', End: true } } },
          ItemBatcher: { MaxItemsPerBatch: 2 },
          End: true,
        },
      },
    };
    const { engine, events, status } = await runOnEngine(definition, items);
    expect(status).toBe('SUCCEEDED');
    expect(getStateTransitionCount(events)).toBe(1);
    const mapRunArn = events.find((e) => e.type === 'MapRunStarted')?.mapRunStartedEventDetails?.mapRunArn ?? '';
    const children = engine.listExecutions({ mapRunArn }).executions;
    expect(children).toHaveLength(3);
    for (const child of children) expect(getStateTransitionCount(engine.readHistory(child.executionArn))).toBe(2);
  });

  it('counts a redrive and every state it re-runs, but not the Parallel branch that had succeeded', async () => {
    let down = true;
    const clock = createVirtualClock({ autoAdvance: true, start: Date.UTC(2024, 0, 1) });
    const engine = createEngine({ clock, ids: createSequentialIdGenerator(), handlers: { f: (x) => x, carrier: (x) => (down ? Promise.reject(new Error('carrier offline')) : x) } });
    const definition = {
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Next: 'T' },
        T: { Type: 'Task', Resource: `${FN}:f`, Next: 'P' },
        P: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'B1', States: { B1: { Type: 'Pass', End: true } } },
            { StartAt: 'B2', States: { B2: { Type: 'Task', Resource: `${FN}:carrier`, End: true } } },
          ],
          End: true,
        },
      },
    };
    const { stateMachineArn } = engine.createStateMachine({ name: 'sm', definition: JSON.stringify(definition) });
    const { executionArn } = engine.startExecution({ stateMachineArn, input: '{}' });
    expect((await engine.waitForExecution(executionArn)).status).toBe('FAILED');
    const failed = engine.readHistory(executionArn);
    // A, T, P and both branches' states.
    expect(getStateTransitionCount(failed)).toBe(5);

    down = false;
    await engine.redriveExecution({ executionArn });
    expect((await engine.waitForExecution(executionArn)).status).toBe('SUCCEEDED');
    const events = engine.readHistory(executionArn);
    expect(events.filter((e) => e.type === 'ExecutionRedriven')).toHaveLength(1);
    // + the redrive, P again and B2 again; B1 had succeeded and is not re-run.
    expect(getStateTransitionCount(events)).toBe(5 + 1 + 2);
    const types = new Map(failed.map((e) => [e.id, e.type]));
    expect(getStateTransitionCount(failed) + getStateTransitionCount(events.slice(failed.length), (id) => types.get(id))).toBe(8);
  });

  it('adds up over any split of a history when earlier events can be looked up', async () => {
    const { events } = await runOnEngine(PRICING_EXAMPLE_1, PRICING_EXAMPLE_1_INPUT, { handlers: { enrich: flaky(1), handle: (x) => x } });
    const whole = getStateTransitionCount(events);
    for (let split = 0; split <= events.length; split++) {
      const head = events.slice(0, split);
      const types = new Map(head.map((e) => [e.id, e.type]));
      const tail = getStateTransitionCount(events.slice(split), (id) => types.get(id));
      expect(getStateTransitionCount(head) + tail).toBe(whole);
    }
  });
});

describe('getBilledTransitionKind', () => {
  const at = (type: string) => ({ type }) as Pick<HistoryEvent, 'type'>;

  it('tells a first attempt from a retry and from a redriven re-run by the event before it', () => {
    expect(getBilledTransitionKind(at('TaskScheduled'), 'TaskStateEntered')).toBeNull();
    expect(getBilledTransitionKind(at('TaskScheduled'), 'TaskFailed')).toBe('retry');
    expect(getBilledTransitionKind(at('ActivityScheduled'), 'ActivityTimedOut')).toBe('retry');
    expect(getBilledTransitionKind(at('TaskScheduled'), 'ExecutionRedriven')).toBe('redrive');
    expect(getBilledTransitionKind(at('ExecutionRedriven'), 'ExecutionFailed')).toBe('redrive');
    expect(getBilledTransitionKind(at('FailStateEntered'), undefined)).toBe('state');
    expect(getBilledTransitionKind(at('TaskSucceeded'), 'TaskStarted')).toBeNull();
  });
});
