import { createEngine, createSequentialIdGenerator, createVirtualClock, type EngineOptions } from '@/lib/engine';

export const FN = 'arn:aws:lambda:us-east-1:111111111111:function';

/** Runs `definition` once on an engine with a virtual clock (waits and retries instantly) and returns its history. */
export async function runOnEngine(definition: Record<string, unknown>, input: unknown = {}, options: EngineOptions = {}) {
  const clock = createVirtualClock({ autoAdvance: true, start: Date.UTC(2024, 0, 1) });
  const engine = createEngine({ clock, ids: createSequentialIdGenerator(), ...options });
  const { stateMachineArn } = engine.createStateMachine({ name: 'sm', definition: JSON.stringify(definition) });
  const { executionArn } = engine.startExecution({ stateMachineArn, input: JSON.stringify(input) });
  const described = await engine.waitForExecution(executionArn);
  return { engine, executionArn, described, status: described.status, events: engine.readHistory(executionArn) };
}

/** Fails the first `failures` calls, then echoes its input. */
export function flaky(failures: number) {
  let calls = 0;
  return (input: unknown) => (++calls <= failures ? Promise.reject(new Error('boom')) : input);
}

/** pricing.md §4 example 1: Pass → Task → Choice → inline Map over items (Task + Pass) → Succeed. */
export const PRICING_EXAMPLE_1 = {
  StartAt: 'Prepare',
  States: {
    Prepare: { Type: 'Pass', Next: 'Enrich' },
    Enrich: { Type: 'Task', Resource: `${FN}:enrich`, Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 1, MaxAttempts: 2 }], Next: 'Route' },
    Route: { Type: 'Choice', Choices: [{ Variable: '$.skip', BooleanEquals: true, Next: 'Done' }], Default: 'EachItem' },
    EachItem: {
      Type: 'Map',
      ItemsPath: '$.items',
      ItemProcessor: { StartAt: 'Handle', States: { Handle: { Type: 'Task', Resource: `${FN}:handle`, Next: 'Mark' }, Mark: { Type: 'Pass', End: true } } },
      ResultPath: null,
      Next: 'Done',
    },
    Done: { Type: 'Succeed' },
  },
};

/** Example 1's input: ten items through the Map. */
export const PRICING_EXAMPLE_1_INPUT = { skip: false, items: Array.from({ length: 10 }, (_, i) => i) };
