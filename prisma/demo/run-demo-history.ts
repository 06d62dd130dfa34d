import { createEngine, createVirtualClock, SfnApiError, type Engine, type IdGenerator } from '@/lib/engine';
import { createPrng, type Prng } from './create-prng';
import { createDemoHandlers, demoExecutionKey } from './create-demo-handlers';
import type { ApprovalRequest } from './demo-kit';
import { demoKitByWorkflow } from './demo-kits';
import { planDemoExecutions, type DemoPlan } from './plan-demo-executions';
import { runTapeWorker } from './run-tape-worker';
import { DEMO_ACCOUNT, DEMO_REGION, DEMO_TAPE_ACTIVITY_ARN, demoWorkflows } from './workflows';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const REVIEWERS = ['u_mgarcia', 'u_jchen', 'u_aokafor', 'u_lschmidt'];

export type DemoHistory = { engine: Engine; now: number };

/** Ids that look like AWS's (random UUIDs) yet repeat for a seed. */
function toIdGenerator(prng: Prng): IdGenerator {
  return { uuid: () => prng.uuid(), random: () => prng.next() };
}

/** Lets every promise chain the last step started settle before time moves on. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Six weeks of the demo workflows, run for real on the local engine over a virtual clock that ends at
 * `now`: the planned executions start at their times, handlers do the work, a reviewer answers approvals,
 * the tape gateway takes archive tasks, operators stop a few runs. What is still open at `now` stays
 * RUNNING. Deterministic for a seed and `now`; takes seconds, not weeks.
 */
export async function runDemoHistory(options: { now: Date; seed?: number }): Promise<DemoHistory> {
  const now = options.now.getTime();
  const seed = options.seed ?? 2026;
  const planPrng = createPrng(seed);
  const handlerPrng = createPrng(seed + 1);
  const operatorPrng = createPrng(seed + 2);
  const firstCreation = Math.max(...demoWorkflows.map((w) => w.createdDaysAgo));
  const clock = createVirtualClock({ start: now - firstCreation * DAY });
  const scenarios = new Map<string, string>();
  /** Errors of the background actors (workers, operators): the run is wrong if any happened. */
  const failures: unknown[] = [];
  const background = (work: Promise<void>) => void work.catch((error: unknown) => failures.push(error));
  let engine: Engine | null = null;

  const answerApproval = (request: ApprovalRequest) => {
    const reviewer = operatorPrng.pick(REVIEWERS);
    const delayMs = operatorPrng.int(10 * MINUTE, 30 * HOUR);
    const answer = request.scenario === 'rejected' ? 'reject' : ['approval-timeout', 'aborted', 'waiting-approval'].includes(request.scenario) ? null : 'approve';
    if (!answer) return;
    background(
      clock.sleep(delayMs).then(() => {
        if (!engine) return;
        try {
          if (answer === 'approve') engine.sendTaskSuccess({ taskToken: request.taskToken, output: JSON.stringify({ approved: true, reviewer, note: 'ok to ship' }) });
          else engine.sendTaskFailure({ taskToken: request.taskToken, error: 'OrderRejected', cause: `Reviewer ${reviewer} rejected order ${request.orderId}: shipping address does not match billing country` });
        } catch (error) {
          // The run timed out or was stopped before the reviewer answered: the token is gone.
          if (!(error instanceof SfnApiError)) throw error;
        }
      }),
    );
  };

  engine = createEngine({
    clock,
    ids: toIdGenerator(createPrng(seed + 3)),
    region: DEMO_REGION,
    account: DEMO_ACCOUNT,
    handlers: createDemoHandlers({ prng: handlerPrng, scenarios, onApprovalRequested: answerApproval }),
  });
  const running = engine;

  const advanceTo = async (ms: number) => {
    if (ms > clock.now()) await clock.advance(ms - clock.now());
  };

  // The machines appear on their creation dates, as in the account the demo pretends to read.
  for (const workflow of [...demoWorkflows].sort((a, b) => b.createdDaysAgo - a.createdDaysAgo)) {
    await advanceTo(now - workflow.createdDaysAgo * DAY + 3 * HOUR + 17 * MINUTE);
    running.createStateMachine({ name: workflow.name, definition: JSON.stringify(workflow.definition, null, 2), roleArn: workflow.roleArn, type: workflow.type });
    if (workflow.name === 'nightly-backup') running.createActivity({ name: DEMO_TAPE_ACTIVITY_ARN.split(':').pop() ?? 'backup-tape-archive' });
  }

  const usedNames = new Set<string>();
  for (const plan of planDemoExecutions(planPrng, now)) {
    await advanceTo(plan.startMs);
    start(running, plan);
    await settle();
  }
  await advanceTo(now);
  await settle();
  if (failures.length > 0) throw new Error(`The demo history went wrong: ${String(failures[0])}`);
  return { engine: running, now };

  function start(target: Engine, plan: DemoPlan): void {
    const kit = demoKitByWorkflow.get(plan.workflow);
    if (!kit) throw new Error(`no demo kit for ${plan.workflow}`);
    const input = kit.input(planPrng, plan.scenario, plan.startMs);
    let name = kit.name(input, planPrng);
    while (usedNames.has(demoExecutionKey(plan.workflow, name))) name = `${name}-${planPrng.hex(4)}`;
    usedNames.add(demoExecutionKey(plan.workflow, name));
    scenarios.set(demoExecutionKey(plan.workflow, name), plan.scenario);
    const stateMachineArn = `arn:aws:states:${DEMO_REGION}:${DEMO_ACCOUNT}:stateMachine:${plan.workflow}`;
    const { executionArn } = target.startExecution({ stateMachineArn, name, input: JSON.stringify(input) });

    if (plan.workflow === 'nightly-backup' && plan.scenario !== 'activity-stuck' && plan.scenario !== 'loop-running') {
      const behaviour = plan.scenario === 'tape-timeout' ? 'lose-heartbeat' : plan.scenario === 'tape-offline-redriven' ? 'library-offline' : 'archive';
      background(runTapeWorker({ engine: target, clock, prng: operatorPrng, executionArn, behaviour }));
    }
    if (plan.scenario.endsWith('-redriven')) background(redriveLater(target, executionArn, plan.workflow === 'nightly-backup'));
    const stop = toStop(plan, input);
    if (stop) {
      background(
        clock.sleep(stop.afterMs).then(() => {
          if (target.describeExecution({ executionArn }).status === 'RUNNING') target.stopExecution({ executionArn, error: stop.error, cause: stop.cause });
        }),
      );
    }
  }

  /** Someone fixes the cause the next hours and redrives the failed run; a backup needs its tape worker again. */
  async function redriveLater(target: Engine, executionArn: string, needsTapeWorker: boolean): Promise<void> {
    const closed = await target.waitForExecution(executionArn);
    if (closed.status !== 'FAILED') return;
    await clock.sleep(operatorPrng.int(1 * HOUR, 9 * HOUR));
    await target.redriveExecution({ executionArn });
    if (needsTapeWorker) await runTapeWorker({ engine: target, clock, prng: operatorPrng, executionArn, behaviour: 'archive' });
  }

  /** Operators stop a cancelled order while it waits for review, and a backup whose export hangs. */
  function toStop(plan: DemoPlan, input: Record<string, unknown>): { afterMs: number; error: string; cause: string } | null {
    if (plan.workflow === 'order-processing' && plan.scenario === 'aborted') {
      return {
        afterMs: operatorPrng.int(2 * HOUR, 40 * HOUR),
        error: 'OrderCancelled',
        cause: `Customer ${String(input.customerId)} cancelled order ${String(input.orderId)} before review (ticket SUP-${operatorPrng.int(10000, 99999)})`,
      };
    }
    if (plan.workflow === 'nightly-backup' && plan.scenario === 'aborted') {
      return {
        afterMs: operatorPrng.int(25 * MINUTE, 45 * MINUTE),
        error: 'ManualStop',
        cause: `Stopped by u_lschmidt: DynamoDB export of ${String(input.date)} stuck during maintenance window CHG-${operatorPrng.int(1000, 9999)}`,
      };
    }
    return null;
  }
}
