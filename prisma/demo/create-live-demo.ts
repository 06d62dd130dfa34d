import type { Engine, TaskHandler } from '@/lib/engine';
import { createPrng } from './create-prng';
import { createDemoHandlers, demoExecutionKey } from './create-demo-handlers';
import { demoKitByWorkflow } from './demo-kits';
import { DEMO_ACCOUNT, DEMO_REGION, DEMO_TAPE_ACTIVITY_ARN, demoWorkflows, type DemoWorkflowName } from './workflows';

/** Live handlers work 50 times faster than the recorded history (an S3 sync takes seconds, not minutes). */
export const LIVE_DURATION_SCALE = 0.02;

/** A run the live demo keeps in the engine; fixed names, so a restart finds it instead of starting another. */
type LivePlan = { workflow: DemoWorkflowName; name: string; scenario: string; input?: Record<string, unknown> };

const LIVE_PLANS: readonly LivePlan[] = [
  // Waits on its task token until someone approves or rejects it (SendTaskSuccess / SendTaskFailure).
  { workflow: 'order-processing', name: 'order-ord_7C2E40815', scenario: 'waiting-approval', input: { orderId: 'ord_7C2E40815' } },
  // Waits on ArchiveToTape: no tape worker polls this engine, so it times out after 4 h unless stopped.
  { workflow: 'nightly-backup', name: 'nightly-manual-tape-archive', scenario: 'activity-stuck' },
  // Three cards declined: their Map iterations sit in the hour-long WaitBeforeRetry.
  { workflow: 'monthly-billing', name: 'billing-retry-declined-cards', scenario: 'dunning' },
  // Finished runs, so the engine's lists are not all open ones.
  { workflow: 'order-processing', name: 'order-ord_3B9D17702', scenario: 'happy', input: { orderId: 'ord_3B9D17702' } },
  { workflow: 'invoice-pdf', name: 'invoice-resend-INV-00042', scenario: 'email-caught' },
  { workflow: 'booking-saga', name: 'booking-5e0c7a91d3', scenario: 'card-declined', input: { bookingId: 'bkg_5e0c7a91d3' } },
  { workflow: 'user-onboarding', name: 'onboarding-smoke-test', scenario: 'ok' },
];

export type LiveDemoStart = { createdStateMachines: string[]; startedExecutions: string[] };

export type LiveDemo = {
  /** Register these with the engine so the demo workflows (and anything started against them) run. */
  handlers: Record<string, TaskHandler>;
  /**
   * Creates the six demo state machines and the tape activity where missing, and starts the live runs
   * that do not exist yet (by name): safe on every start, in memory or on durable storage.
   */
  start(engine: Engine): LiveDemoStart;
};

export function createLiveDemo(options: { seed?: number } = {}): LiveDemo {
  const seed = options.seed ?? 8083;
  const scenarios = new Map(LIVE_PLANS.map((plan) => [demoExecutionKey(plan.workflow, plan.name), plan.scenario]));
  const handlers = createDemoHandlers({ prng: createPrng(seed), scenarios, durationScale: LIVE_DURATION_SCALE });

  function start(engine: Engine): LiveDemoStart {
    const result: LiveDemoStart = { createdStateMachines: [], startedExecutions: [] };
    const { activityArn } = engine.createActivity({ name: DEMO_TAPE_ACTIVITY_ARN.slice(DEMO_TAPE_ACTIVITY_ARN.lastIndexOf(':') + 1) });
    // The same workflows deployed in the engine's own account and region: ARNs, role and queue URL follow.
    const [, , , region, account] = activityArn.split(':');
    const localise = (text: string) => text.replaceAll(DEMO_ACCOUNT, account).replaceAll(DEMO_REGION, region);
    const existing = new Map(engine.listStateMachines().stateMachines.map((m) => [m.name, m.stateMachineArn]));
    for (const workflow of demoWorkflows) {
      if (existing.has(workflow.name)) continue;
      const definition = localise(JSON.stringify(workflow.definition, null, 2));
      const { stateMachineArn } = engine.createStateMachine({ name: workflow.name, definition, roleArn: localise(workflow.roleArn), type: workflow.type });
      existing.set(workflow.name, stateMachineArn);
      result.createdStateMachines.push(stateMachineArn);
    }

    const inputPrng = createPrng(seed + 1);
    for (const plan of LIVE_PLANS) {
      const stateMachineArn = existing.get(plan.workflow);
      const kit = demoKitByWorkflow.get(plan.workflow);
      if (!stateMachineArn || !kit) continue;
      const input = { ...kit.input(inputPrng, plan.scenario, engine.clock.now()), ...plan.input };
      const names = new Set(engine.listExecutions({ stateMachineArn }).executions.map((e) => e.name));
      if (names.has(plan.name)) continue;
      const { executionArn } = engine.startExecution({ stateMachineArn, name: plan.name, input: JSON.stringify(input) });
      result.startedExecutions.push(executionArn);
    }
    return result;
  }

  return { handlers, start };
}
