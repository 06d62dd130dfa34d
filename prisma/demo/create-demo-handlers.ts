import type { TaskContext, TaskHandler } from '@/lib/engine';
import type { Prng } from './create-prng';
import type { ApprovalRequest, DemoKit, DemoTools, WeightedScenario } from './demo-kit';
import { demoKits } from './demo-kits';

export type DemoHandlerOptions = {
  prng: Prng;
  /** Scenarios chosen in advance, by `demoExecutionKey(machine, name)`; others are drawn by weight. */
  scenarios?: Map<string, string>;
  /** Multiplies every simulated duration: 1 for history on a virtual clock, less for a live engine. */
  durationScale?: number;
  onApprovalRequested?: (request: ApprovalRequest) => void;
};

/** `order-processing:order-ord_1A2B12345`: what identifies an execution to the handlers (Map iterations share it). */
export const demoExecutionKey = (stateMachineName: string, executionName: string): string => `${stateMachineName}:${executionName}`;

const EXECUTION_ARN = /:(?:execution|express):([^:]+):([^:]+)/;

function keyOf(executionArn: string): { key: string; machine: string } {
  const match = EXECUTION_ARN.exec(executionArn);
  return match ? { key: demoExecutionKey(match[1], match[2]), machine: match[1] } : { key: executionArn, machine: '' };
}

export function drawScenario<S extends string>(prng: Prng, scenarios: readonly WeightedScenario<S>[]): S {
  const total = scenarios.reduce((sum, s) => sum + s.weight, 0);
  let roll = prng.next() * total;
  for (const s of scenarios) {
    roll -= s.weight;
    if (roll < 0) return s.scenario;
  }
  return scenarios[0].scenario;
}

/**
 * Local handlers for every function and service the six demo workflows call. Each execution plays one
 * scenario of its workflow (planned, or drawn the first time one of its tasks runs), so a run started
 * from the CLI fails, retries and times out about as often as the demo history does.
 */
export function createDemoHandlers(options: DemoHandlerOptions): Record<string, TaskHandler> {
  const { prng } = options;
  const planned = options.scenarios ?? new Map<string, string>();
  const drawn = new Map<string, string>();
  const counters = new Map<string, Record<string, number>>();
  const scale = options.durationScale ?? 1;

  const toolsFor = (kit: DemoKit): DemoTools => ({
    prng,
    scenarioOf(context: TaskContext) {
      const { key, machine } = keyOf(context.executionArn);
      const plan = machine === kit.workflow ? planned.get(key) : undefined;
      if (plan !== undefined) return plan;
      const memo = `${kit.workflow} ${key}`;
      let scenario = drawn.get(memo);
      if (scenario === undefined) {
        scenario = drawScenario(prng, kit.scenarios);
        drawn.set(memo, scenario);
      }
      return scenario;
    },
    countersOf(context: TaskContext) {
      let record = counters.get(context.executionArn);
      if (!record) counters.set(context.executionArn, (record = {}));
      return record;
    },
    work: (context, minMs, maxMs) => context.clock.sleep(Math.round(prng.int(minMs, maxMs) * scale), context.signal),
    hang: (context, minMs, maxMs) => context.clock.sleep(prng.int(minMs, maxMs), context.signal),
    onApprovalRequested: options.onApprovalRequested,
  });

  const handlers: Record<string, TaskHandler> = {};
  for (const kit of demoKits) {
    for (const [resource, handler] of Object.entries(kit.handlers(toolsFor(kit)))) {
      if (resource in handlers) throw new Error(`Two demo workflows register a handler for ${resource}`);
      handlers[resource] = handler;
    }
  }
  return handlers;
}
