import { randomUUID } from 'node:crypto';
import {
  GetActivityTaskCommand,
  RedriveExecutionCommand,
  SendTaskFailureCommand,
  SendTaskSuccessCommand,
  StopExecutionCommand,
  type SFNClient,
} from '@aws-sdk/client-sfn';
import type { RateLimits } from '../sync/api-rate-limits';
import { describeAwsError, getAwsErrorName, isRetryableError, isThrottlingError } from '../sync/aws-error';
import { createRateLimiter, type RateLimiter, type SyncClock } from '../sync/create-rate-limiter';
import { getBackoffDelayMs } from '../sync/get-backoff-delay';
import { realSyncClock } from '../sync/real-sync-clock';
import type { ActionOperation } from './get-action-rate-limits';
import type { ActionResult, ActionTarget, ExecutionAction } from './execution-action';

/** Requests in flight at once over a bulk action; the token buckets set the pace, this bounds the sockets. */
export const DEFAULT_ACTION_CONCURRENCY = 8;
/** Attempts per execution before a throttled (or, where safe, transient) failure is reported. */
export const MAX_ACTION_ATTEMPTS = 6;
/** GetActivityTask is a long poll of up to 60 s; AWS advises a client timeout of at least 65 s (quotas.md §5). */
const ACTIVITY_POLL_TIMEOUT_MS = 65_000;
export const ACTIVITY_WORKER_NAME = 'statescope-operator';

export type ActionSource = { sfn: SFNClient; limits: RateLimits };

export type RunExecutionActionsOptions = {
  action: ExecutionAction;
  targets: readonly ActionTarget[];
  /** The client and request budget of each source the targets belong to. */
  sources: ReadonlyMap<number, ActionSource>;
  clock?: SyncClock;
  /** [0, 1), for back-off jitter. */
  random?: () => number;
  concurrency?: number;
  maxAttempts?: number;
  /** Called as each execution's result comes in (for progress). */
  onResult?: (result: ActionResult) => void;
  signal?: AbortSignal;
  /** RedriveExecution idempotency token, one per execution so a retried redrive never redrives twice. */
  newClientToken?: () => string;
};

type SourceGate = { limiters: Map<string, RateLimiter>; overall: RateLimiter | null; pausedUntil: number; source: ActionSource };

/**
 * Applies one action to many executions through each source's Step Functions API: within the action APIs'
 * rate limits, backing off (for the whole source) on ThrottlingException, and reporting every execution's
 * own result; one failure never stops the others.
 */
export async function runExecutionActions(options: RunExecutionActionsOptions): Promise<ActionResult[]> {
  const clock = options.clock ?? realSyncClock;
  const random = options.random ?? Math.random;
  const maxAttempts = options.maxAttempts ?? MAX_ACTION_ATTEMPTS;
  const newClientToken = options.newClientToken ?? randomUUID;
  const gates = new Map<number, SourceGate>();
  const results = new Map<string, ActionResult>();
  const report = (result: ActionResult) => {
    results.set(result.executionArn, result);
    options.onResult?.(result);
  };

  const gateFor = (sourceId: number): SourceGate | null => {
    const source = options.sources.get(sourceId);
    if (!source) return null;
    let gate = gates.get(sourceId);
    if (!gate) {
      gate = { limiters: new Map(), overall: source.limits.overallPerSec ? createRateLimiter(source.limits.overallPerSec, clock) : null, pausedUntil: 0, source };
      gates.set(sourceId, gate);
    }
    return gate;
  };

  /** One call within the budget; throttling is always retried (AWS did nothing), other transient errors only when `idempotent`. */
  const send = async <T>(gate: SourceGate, operation: ActionOperation, call: () => Promise<T>, idempotent: boolean, counts: { attempts: number; throttled: number }): Promise<T> => {
    for (let attempt = 0; ; attempt++) {
      options.signal?.throwIfAborted();
      const pause = gate.pausedUntil - clock.now();
      if (pause > 0) await clock.sleep(pause, options.signal);
      const rate = gate.source.limits.perOperation[operation];
      if (rate) {
        let limiter = gate.limiters.get(operation);
        if (!limiter) gate.limiters.set(operation, (limiter = createRateLimiter(rate, clock)));
        await limiter.acquire(options.signal);
      }
      await gate.overall?.acquire(options.signal);
      counts.attempts++;
      try {
        return await call();
      } catch (error) {
        const throttled = isThrottlingError(error);
        if (throttled) counts.throttled++;
        const retry = throttled || (idempotent && isRetryableError(error));
        if (!retry || attempt + 1 >= maxAttempts || options.signal?.aborted) throw error;
        const delay = getBackoffDelayMs(attempt, random());
        // Everyone on this source waits: more requests now would only be throttled too.
        if (throttled) gate.pausedUntil = Math.max(gate.pausedUntil, clock.now() + delay);
        await clock.sleep(delay, options.signal);
      }
    }
  };

  const fail = (target: ActionTarget, error: unknown, counts: { attempts: number; throttled: number }): ActionResult => ({
    executionArn: target.executionArn,
    ok: false,
    message: isThrottlingError(error) ? `Still throttled after ${counts.attempts} attempts (${describeAwsError(error)}).` : describeAwsError(error),
    errorName: getAwsErrorName(error),
    ...counts,
  });

  const actOn = async (target: ActionTarget, taskToken: string | null): Promise<ActionResult> => {
    const counts = { attempts: 0, throttled: 0 };
    const gate = gateFor(target.sourceId);
    if (!gate) return { executionArn: target.executionArn, ok: false, message: 'Its source has no API client.', ...counts };
    const { sfn } = gate.source;
    const { action } = options;
    try {
      if (action.kind === 'redrive') {
        const clientToken = newClientToken();
        const out = await send(gate, 'RedriveExecution', () => sfn.send(new RedriveExecutionCommand({ executionArn: target.executionArn, clientToken })), true, counts);
        return { executionArn: target.executionArn, ok: true, message: `Redriven at ${toUtc(out.redriveDate)}.`, ...counts };
      }
      if (action.kind === 'stop') {
        const out = await send(
          gate,
          'StopExecution',
          () => sfn.send(new StopExecutionCommand({ executionArn: target.executionArn, error: action.error || undefined, cause: action.cause || undefined })),
          true,
          counts,
        );
        return { executionArn: target.executionArn, ok: true, message: `Stopped at ${toUtc(out.stopDate)}.`, ...counts };
      }
      if (!taskToken) return { executionArn: target.executionArn, ok: false, message: 'No task token to answer with.', ...counts };
      if (action.kind === 'send-task-success') {
        await send(gate, 'SendTaskSuccess', () => sfn.send(new SendTaskSuccessCommand({ taskToken, output: action.output })), false, counts);
        return { executionArn: target.executionArn, ok: true, message: 'Task answered with SendTaskSuccess.', ...counts };
      }
      await send(
        gate,
        'SendTaskFailure',
        () => sfn.send(new SendTaskFailureCommand({ taskToken, error: action.error || undefined, cause: action.cause || undefined })),
        false,
        counts,
      );
      return { executionArn: target.executionArn, ok: true, message: 'Task answered with SendTaskFailure.', ...counts };
    } catch (error) {
      if (options.signal?.aborted) throw error;
      return fail(target, error, counts);
    }
  };

  /**
   * Activity tasks nobody picked up are taken as a worker would (GetActivityTask) and matched to the selected
   * executions by input. A task matching none is left like a crashed worker's: it times out on its own.
   */
  const answerActivity = async (sourceId: number, activityArn: string, targets: ActionTarget[]): Promise<void> => {
    const gate = gateFor(sourceId);
    const pending = [...targets];
    while (pending.length > 0) {
      const counts = { attempts: 0, throttled: 0 };
      if (!gate) {
        for (const target of pending.splice(0)) report({ executionArn: target.executionArn, ok: false, message: 'Its source has no API client.', ...counts });
        return;
      }
      let task: { taskToken?: string; input?: string };
      try {
        task = await send(
          gate,
          'GetActivityTask',
          () => gate.source.sfn.send(new GetActivityTaskCommand({ activityArn, workerName: ACTIVITY_WORKER_NAME }), { abortSignal: AbortSignal.timeout(ACTIVITY_POLL_TIMEOUT_MS) }),
          false,
          counts,
        );
      } catch (error) {
        if (options.signal?.aborted) throw error;
        for (const target of pending.splice(0)) report(fail(target, error, counts));
        return;
      }
      if (!task.taskToken) {
        for (const target of pending.splice(0)) {
          report({ executionArn: target.executionArn, ok: false, message: 'No task was waiting on the activity: a worker may have taken it, or it timed out.', ...counts });
        }
        return;
      }
      const index = pending.findIndex((target) => target.taskRoute?.via === 'activity-poll' && isSameJson(target.taskRoute.expectedInput, task.input ?? null));
      if (index < 0) {
        for (const target of pending.splice(0)) {
          report({
            executionArn: target.executionArn,
            ok: false,
            message: 'Took an activity task whose input matches none of the selected executions; it is left to time out as a crashed worker’s would. Nothing was sent.',
            ...counts,
          });
        }
        return;
      }
      const [target] = pending.splice(index, 1);
      const result = await actOn(target, task.taskToken);
      report({ ...result, attempts: result.attempts + counts.attempts, throttled: result.throttled + counts.throttled });
    }
  };

  const direct = options.targets.filter((target) => target.taskRoute?.via !== 'activity-poll');
  const byActivity = new Map<string, { sourceId: number; activityArn: string; targets: ActionTarget[] }>();
  for (const target of options.targets) {
    if (target.taskRoute?.via !== 'activity-poll') continue;
    const key = `${target.sourceId}|${target.taskRoute.activityArn}`;
    const group = byActivity.get(key) ?? { sourceId: target.sourceId, activityArn: target.taskRoute.activityArn, targets: [] };
    group.targets.push(target);
    byActivity.set(key, group);
  }

  let next = 0;
  const worker = async () => {
    while (next < direct.length) {
      const target = direct[next++];
      const taskToken = target.taskRoute?.via === 'token' ? target.taskRoute.taskToken : null;
      report(await actOn(target, taskToken));
    }
  };
  const concurrency = Math.max(1, Math.min(options.concurrency ?? DEFAULT_ACTION_CONCURRENCY, direct.length || 1));
  await Promise.all([
    ...Array.from({ length: concurrency }, worker),
    ...[...byActivity.values()].map((group) => answerActivity(group.sourceId, group.activityArn, group.targets)),
  ]);
  return options.targets.map((target) => results.get(target.executionArn) ?? { executionArn: target.executionArn, ok: false, message: 'Not attempted.', attempts: 0, throttled: 0 });
}

function toUtc(date: Date | undefined): string {
  return date ? `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC` : 'an unknown time';
}

/** The ActivityScheduled input and the polled task's input are the same JSON, maybe spaced differently. */
function isSameJson(a: string | null, b: string | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  try {
    return JSON.stringify(JSON.parse(a)) === JSON.stringify(JSON.parse(b));
  } catch {
    return false;
  }
}
