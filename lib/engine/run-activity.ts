import type { CompiledState } from './compile-state-machine';
import { ExecutionInterrupted } from './errors';
import type { Execution } from './execution';
import type { Thread } from './execution-types';
import { NOT_TRUNCATED } from './history-emission';
import { jsonText } from './json-text';
import { PropagatedError } from './propagated-error';
import type { ActivityTask, TaskRegistry } from './task-registry';
import { details, replayedOutcome, toTaskError } from './task-outcomes';
import { waitForToken } from './wait-for-token';
import { withTaskTimeout } from './with-task-timeout';

/** An activity task: queued for (or handed to) a GetActivityTask poller, its outcome awaited on its token. */
export function runActivity(registry: TaskRegistry, exec: Execution, thread: Thread, state: CompiledState, input: unknown, arn: string, t: { timeout?: number; heartbeat?: number }): Promise<unknown> {
  const inputText = jsonText(input);
  const scheduled: Record<string, unknown> = { resource: arn, input: inputText, inputDetails: NOT_TRUNCATED };
  if (t.timeout !== undefined) scheduled.timeoutInSeconds = t.timeout;
  if (t.heartbeat !== undefined) scheduled.heartbeatInSeconds = t.heartbeat;
  exec.emit(thread, 'ActivityScheduled', 'activityScheduledEventDetails', scheduled);
  const token = exec.taskTokenFor(thread);
  let started = false;
  const markStarted = (workerName: string | undefined) => {
    started = true;
    const d: Record<string, unknown> = {};
    if (workerName !== undefined) d.workerName = workerName;
    exec.emit(thread, 'ActivityStarted', 'activityStartedEventDetails', d);
  };
  const outcome = (): Promise<unknown> => {
    try {
      const recorded = replayedOutcome(exec, thread, 'ActivitySucceeded', ['ActivityFailed', 'ActivityTimedOut']);
      if (recorded) return Promise.resolve(recorded.value);
    } catch (err) {
      return Promise.reject(err);
    }
    return waitForToken(registry, thread, token, t.heartbeat, arn);
  };
  const next = exec.replaying ? exec.replayNext(thread) : 'live';
  let result: Promise<unknown>;
  if (next === 'live') {
    const started$ = new Promise<void>((resolveStarted) => {
      const task: ActivityTask = {
        taskToken: token,
        input: inputText,
        onStarted: (workerName) => {
          markStarted(workerName);
          resolveStarted();
        },
      };
      const pollers = registry.activityPollers.get(arn);
      const poller = pollers?.shift();
      if (poller) poller(task);
      else {
        const q = registry.activityQueues.get(arn) ?? [];
        q.push(task);
        registry.activityQueues.set(arn, q);
      }
    });
    result = started$.then(outcome);
  } else if (next === 'hang') result = exec.hang(thread);
  else if (next.type === 'ActivityStarted') {
    // Handed to a worker before: it keeps the task (and its token); it is not queued again.
    markStarted((next.details as { workerName?: string } | undefined)?.workerName);
    result = outcome();
  } else if (next.type === 'ActivitySucceeded' || next.type === 'ActivityFailed' || next.type === 'ActivityTimedOut') result = outcome();
  else result = exec.hang(thread);
  const timed = withTaskTimeout(registry.clock, exec, thread, result, t.timeout) as Promise<unknown>;
  return timed.then(
    (r) => {
      const text = jsonText(r);
      exec.emit(thread, 'ActivitySucceeded', 'activitySucceededEventDetails', { output: text, outputDetails: NOT_TRUNCATED });
      return r;
    },
    (err: unknown) => {
      if (err instanceof ExecutionInterrupted) throw err;
      const e = err instanceof PropagatedError ? err : toTaskError(err);
      if (!started) {
        const q = registry.activityQueues.get(arn);
        if (q) registry.activityQueues.set(arn, q.filter((x) => x.taskToken !== token));
      }
      registry.tokens.delete(token);
      if (e.error === 'States.Timeout' || e.error === 'States.HeartbeatTimeout') {
        exec.emit(thread, 'ActivityTimedOut', 'activityTimedOutEventDetails', details(e));
      } else exec.emit(thread, 'ActivityFailed', 'activityFailedEventDetails', details(e));
      throw e;
    },
  );
}
