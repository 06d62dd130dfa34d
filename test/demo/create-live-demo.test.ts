import { describe, expect, it } from 'vitest';
import { createEngine, createVirtualClock, type Engine } from '@/lib/engine';
import { createLiveDemo } from '@/prisma/demo/create-live-demo';
import { startEngineServer } from '@/scripts/engine';
import { createTestDatabase } from '../support/test-database';

const START = Date.UTC(2026, 10, 20, 9, 0);
const MINUTE = 60_000;

function setup() {
  const clock = createVirtualClock({ start: START });
  const demo = createLiveDemo();
  const engine = createEngine({ clock, region: 'us-east-1', account: '123456789012', handlers: demo.handlers });
  return { clock, demo, engine };
}

/** The virtual clock only fires timers already set: let the answered task schedule its next step first. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
const lastEvent = (engine: Engine, executionArn: string) => engine.readHistory(executionArn).at(-1);
const byName = (engine: Engine, name: string) => {
  const found = engine.listExecutions({}).executions.find((e) => e.name === name);
  if (!found) throw new Error(`no execution ${name}`);
  return found;
};

describe('createLiveDemo', () => {
  it('leaves an order waiting on its task token, a backup on its activity and a billing Map in its Wait', async () => {
    const { clock, demo, engine } = setup();
    const started = demo.start(engine);
    expect(started.createdStateMachines).toHaveLength(6);
    await clock.advance(15 * MINUTE);

    const order = byName(engine, 'order-ord_7C2E40815');
    expect(order.status).toBe('RUNNING');
    expect(lastEvent(engine, order.executionArn)).toMatchObject({ type: 'TaskSubmitted', taskSubmittedEventDetails: { resource: 'sendMessage.waitForTaskToken' } });

    const backup = byName(engine, 'nightly-manual-tape-archive');
    expect(backup.status).toBe('RUNNING');
    expect(lastEvent(engine, backup.executionArn)).toMatchObject({
      type: 'ActivityScheduled',
      activityScheduledEventDetails: { resource: 'arn:aws:states:us-east-1:123456789012:activity:backup-tape-archive' },
    });

    const billing = byName(engine, 'billing-retry-declined-cards');
    expect(billing.status).toBe('RUNNING');
    const types = engine.readHistory(billing.executionArn).map((e) => e.type);
    expect(types.filter((t) => t === 'WaitStateEntered').length).toBeGreaterThan(types.filter((t) => t === 'WaitStateExited').length);
    expect(types).not.toContain('MapStateExited');

    // Deployed in the engine's account, apart from the recorded demo's.
    const definition = engine.describeStateMachine({ stateMachineArn: order.stateMachineArn }).definition;
    expect(definition).toContain('https://sqs.us-east-1.amazonaws.com/123456789012/order-approvals');
    expect(definition).not.toContain('418295370612');

    const closed = engine.listExecutions({}).executions.filter((e) => e.status !== 'RUNNING');
    expect(closed.map((e) => `${e.name} ${e.status}`).sort()).toEqual([
      'booking-5e0c7a91d3 FAILED',
      'invoice-resend-INV-00042 SUCCEEDED',
      'onboarding-smoke-test SUCCEEDED',
      'order-ord_3B9D17702 SUCCEEDED',
    ]);
  });

  it('lets an operator approve the waiting order with the token from its history', async () => {
    const { clock, demo, engine } = setup();
    demo.start(engine);
    await clock.advance(MINUTE);
    const order = byName(engine, 'order-ord_7C2E40815');
    const scheduled = engine.readHistory(order.executionArn).findLast((e) => e.type === 'TaskScheduled');
    const taskToken = JSON.parse(scheduled?.taskScheduledEventDetails?.parameters ?? '{}').MessageBody.TaskToken as string;
    engine.sendTaskSuccess({ taskToken, output: JSON.stringify({ approved: true, reviewer: 'u_demo' }) });
    await settle();
    await clock.advance(5 * MINUTE);
    expect(engine.describeExecution({ executionArn: order.executionArn }).status).toBe('SUCCEEDED');
  });

  it('starts nothing twice when the engine already holds the demo', async () => {
    const { clock, demo, engine } = setup();
    const first = demo.start(engine);
    await clock.advance(MINUTE);
    const again = demo.start(engine);
    expect(first.startedExecutions).toHaveLength(7);
    expect(again).toEqual({ createdStateMachines: [], startedExecutions: [] });
    expect(engine.listExecutions({}).executions).toHaveLength(7);
    expect(engine.listStateMachines().stateMachines).toHaveLength(6);
  });

  it('makes runs started from outside behave like the demo: work, then an outcome', async () => {
    const { clock, demo, engine } = setup();
    demo.start(engine);
    const stateMachineArn = 'arn:aws:states:us-east-1:123456789012:stateMachine:user-onboarding';
    const arns = Array.from({ length: 12 }, (_, i) => engine.startExecution({ stateMachineArn, name: `cli-${i}`, input: JSON.stringify({ email: `u${i}@example.com`, plan: 'team' }) }).executionArn);
    await clock.advance(5 * MINUTE);
    const statuses = arns.map((executionArn) => engine.describeExecution({ executionArn }).status);
    expect(statuses.every((s) => s === 'SUCCEEDED' || s === 'FAILED')).toBe(true);
    expect(statuses.filter((s) => s === 'SUCCEEDED').length).toBeGreaterThanOrEqual(6);
    const scheduled = engine.readHistory(arns[0]).filter((e) => e.type === 'TaskScheduled');
    expect(scheduled.length).toBeGreaterThanOrEqual(1);
  });

  it('finds its runs again after a restart on durable storage instead of starting them twice', async () => {
    const database = await createTestDatabase();
    // Virtual clocks: once a server is closed, its executions' timers never fire again.
    const clock = createVirtualClock({ start: START });
    try {
      const liveDemo = createLiveDemo();
      const first = await startEngineServer({ port: 0, databaseUrl: database.url, engine: { clock, handlers: liveDemo.handlers } });
      let started;
      try {
        started = liveDemo.start(first.engine);
        await clock.advance(MINUTE);
        const order = byName(first.engine, 'order-ord_7C2E40815');
        expect(lastEvent(first.engine, order.executionArn)?.type).toBe('TaskSubmitted');
      } finally {
        await first.close();
      }
      expect(started.startedExecutions).toHaveLength(7);

      const restartedDemo = createLiveDemo();
      const restartClock = createVirtualClock({ start: START + 2 * MINUTE });
      const second = await startEngineServer({ port: 0, databaseUrl: database.url, engine: { clock: restartClock, handlers: restartedDemo.handlers } });
      try {
        expect(restartedDemo.start(second.engine)).toEqual({ createdStateMachines: [], startedExecutions: [] });
        expect(second.engine.listExecutions({}).executions).toHaveLength(7);
        const order = byName(second.engine, 'order-ord_7C2E40815');
        expect(order.status).toBe('RUNNING');
        expect(lastEvent(second.engine, order.executionArn)?.type).toBe('TaskSubmitted');
      } finally {
        await second.close();
      }
    } finally {
      await database.cleanup();
    }
  });
});
