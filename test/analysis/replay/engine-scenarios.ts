import { createEngine, createSequentialIdGenerator, createVirtualClock, LambdaFunctionError, type TaskHandler } from '@/lib/engine';
import type { HistoryEvent } from '@/lib/model';

/** One finished engine execution: what replay, storage and the browser tests start from. */
export type EngineRun = {
  stateMachineArn: string;
  stateMachineName: string;
  executionArn: string;
  definition: Record<string, unknown>;
  events: HistoryEvent[];
  status: string;
  input: string;
  output: string | null;
  error: string | null;
  cause: string | null;
};

const LAMBDA = 'arn:aws:states:::lambda:invoke';

/** Runs a definition on the engine with a virtual clock (waits and back-offs take no real time). */
export async function runOnEngine({
  name,
  definition,
  input,
  handlers,
}: {
  name: string;
  definition: Record<string, unknown>;
  input: unknown;
  handlers: Record<string, TaskHandler>;
}): Promise<EngineRun> {
  const clock = createVirtualClock({ autoAdvance: true, start: Date.UTC(2024, 2, 1, 9, 0, 0) });
  const engine = createEngine({ clock, ids: createSequentialIdGenerator(), handlers });
  const { stateMachineArn } = engine.createStateMachine({ name, definition: JSON.stringify(definition) });
  const { executionArn } = engine.startExecution({ stateMachineArn, name: `${name}-run`, input: JSON.stringify(input) });
  const described = await engine.waitForExecution(executionArn);
  return {
    stateMachineArn,
    stateMachineName: name,
    executionArn,
    definition,
    events: engine.readHistory(executionArn),
    status: described.status ?? 'RUNNING',
    input: JSON.stringify(input),
    output: described.output ?? null,
    error: described.error ?? null,
    cause: described.cause ?? null,
  };
}

/**
 * An order: a Pass that assigns a variable, a payment that fails once and is retried, a reservation
 * that fails and is caught, a Map over the items with a Choice inside, a Parallel of notifications.
 */
export const ORDER_DEFINITION = {
  Comment: 'Order fulfilment',
  StartAt: 'Validate',
  States: {
    Validate: { Type: 'Pass', Assign: { orderId: '{% $states.input.orderId %}' }, QueryLanguage: 'JSONata', Next: 'Charge' },
    Charge: {
      Type: 'Task',
      Resource: LAMBDA,
      Parameters: { FunctionName: 'charge', 'Payload.$': '$' },
      ResultSelector: { 'receipt.$': '$.Payload.receipt' },
      ResultPath: '$.payment',
      Retry: [{ ErrorEquals: ['Payment.Busy'], IntervalSeconds: 2, MaxAttempts: 3 }],
      Next: 'Reserve',
    },
    Reserve: {
      Type: 'Task',
      Resource: LAMBDA,
      Parameters: { FunctionName: 'reserve' },
      Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.reservationError', Next: 'Backorder' }],
      Next: 'Ship',
    },
    Backorder: { Type: 'Pass', Result: 'backordered', ResultPath: '$.reservation', Next: 'Ship' },
    Ship: {
      Type: 'Map',
      ItemsPath: '$.items',
      MaxConcurrency: 2,
      ItemProcessor: {
        StartAt: 'Size',
        States: {
          Size: { Type: 'Choice', Choices: [{ Variable: '$.qty', NumericGreaterThan: 5, Next: 'Freight' }], Default: 'Parcel' },
          Freight: { Type: 'Task', Resource: LAMBDA, Parameters: { FunctionName: 'ship', 'Payload.$': '$' }, OutputPath: '$.Payload', End: true },
          Parcel: { Type: 'Wait', Seconds: 3, End: true },
        },
      },
      ResultPath: '$.shipments',
      Next: 'Notify',
    },
    Notify: {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'Email', States: { Email: { Type: 'Task', Resource: LAMBDA, Parameters: { FunctionName: 'email' }, End: true } } },
        { StartAt: 'Sms', States: { Sms: { Type: 'Pass', End: true } } },
      ],
      ResultPath: null,
      Next: 'Done',
    },
    Done: { Type: 'Succeed' },
  },
};

export const ORDER_INPUT = { orderId: 'order-7', items: [{ sku: 'a', qty: 1 }, { sku: 'b', qty: 9 }, { sku: 'c', qty: 2 }] };

export function runOrder(): Promise<EngineRun> {
  let charges = 0;
  return runOnEngine({
    name: 'order-fulfilment',
    definition: ORDER_DEFINITION,
    input: ORDER_INPUT,
    handlers: {
      charge: async (_input, context) => {
        await context.clock.sleep(500, context.signal);
        if (++charges === 1) throw new LambdaFunctionError('Payment.Busy', 'try again');
        return { receipt: 'r-1' };
      },
      reserve: async (_input, context) => {
        await context.clock.sleep(300, context.signal);
        throw new LambdaFunctionError('OutOfStock', 'sku b is out of stock');
      },
      ship: async (input, context) => {
        await context.clock.sleep(1_500, context.signal);
        return { shipped: input };
      },
      email: async (_input, context) => {
        await context.clock.sleep(200, context.signal);
        return { sent: true };
      },
    },
  });
}

/** A Map whose items each run a Parallel: a task beside a Wait. */
export function runParallelInMap(items: number): Promise<EngineRun> {
  return runOnEngine({
    name: 'parallel-in-map',
    definition: {
      StartAt: 'Each',
      States: {
        Each: {
          Type: 'Map',
          MaxConcurrency: 3,
          ItemProcessor: {
            StartAt: 'Both',
            States: {
              Both: {
                Type: 'Parallel',
                Branches: [
                  { StartAt: 'Work', States: { Work: { Type: 'Task', Resource: LAMBDA, Parameters: { FunctionName: 'work' }, End: true } } },
                  { StartAt: 'Pause', States: { Pause: { Type: 'Wait', Seconds: 1, Next: 'After' }, After: { Type: 'Pass', End: true } } },
                ],
                End: true,
              },
            },
          },
          End: true,
        },
      },
    },
    input: Array.from({ length: items }, (_, index) => index),
    handlers: {
      work: async (_input, context) => {
        await context.clock.sleep(700, context.signal);
        return {};
      },
    },
  });
}

/**
 * A Map of `items` Lambda tasks behind `passes` Pass states. Events: 6 + 2·passes + 7·items, so
 * 2 passes and 3,570 items make exactly 25,000, the most a history can hold.
 */
export function runLargeMap(items: number, passes = 0): Promise<EngineRun> {
  const states: Record<string, unknown> = {};
  for (let i = 0; i < passes; i++) states[`Prepare${i + 1}`] = { Type: 'Pass', Next: i + 1 < passes ? `Prepare${i + 2}` : 'Items' };
  states.Items = {
    Type: 'Map',
    MaxConcurrency: 40,
    ItemProcessor: { StartAt: 'Process', States: { Process: { Type: 'Task', Resource: LAMBDA, Parameters: { FunctionName: 'process', 'Payload.$': '$' }, OutputPath: '$.Payload', End: true } } },
    End: true,
  };
  return runOnEngine({
    name: 'large-map',
    definition: { StartAt: passes > 0 ? 'Prepare1' : 'Items', States: states },
    input: Array.from({ length: items }, (_, index) => ({ item: index })),
    handlers: {
      process: async (input, context) => {
        await context.clock.sleep(100 + ((((input as { item: number }).item * 37) % 11) * 50), context.signal);
        return input;
      },
    },
  });
}

/**
 * A Map whose second item fails a task: the Map retries once after 3 s, fails again, and the
 * execution fails with the task's error while the other items are cancelled.
 */
export function runFailingMap(): Promise<EngineRun> {
  return runOnEngine({
    name: 'map-fails',
    definition: {
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          MaxConcurrency: 3,
          Retry: [{ ErrorEquals: ['Bad'], MaxAttempts: 1, IntervalSeconds: 3 }],
          ItemProcessor: {
            StartAt: 'C',
            States: {
              C: { Type: 'Choice', Choices: [{ Variable: '$', NumericEquals: 2, Next: 'Bad' }], Default: 'Slow' },
              Slow: { Type: 'Task', Resource: LAMBDA, Parameters: { FunctionName: 'slow' }, End: true },
              Bad: { Type: 'Task', Resource: LAMBDA, Parameters: { FunctionName: 'bad' }, End: true },
            },
          },
          End: true,
        },
      },
    },
    input: [1, 2, 3],
    handlers: {
      slow: async (input, context) => {
        await context.clock.sleep(5_000, context.signal);
        return input;
      },
      bad: async (_input, context) => {
        await context.clock.sleep(1_000, context.signal);
        throw new LambdaFunctionError('Bad', 'nope');
      },
    },
  });
}
