import { getSourceRefusal, type ActionCandidate, type Eligibility } from './action-candidate';
import type { PendingTask } from './detect-pending-tasks';

/** How Statescope answers a pending task: with the token from the history, or by taking the activity task as a worker. */
export type SendTaskRoute =
  | { via: 'token'; taskToken: string; task: PendingTask }
  | { via: 'activity-poll'; activityArn: string; expectedInput: string | null; task: PendingTask };

export type SendTaskEligibility =
  | ({ eligible: true; warnings: string[] } & { route: SendTaskRoute })
  | Extract<Eligibility, { eligible: false }>;

/**
 * Whether SendTaskSuccess/SendTaskFailure can answer this execution. A `.waitForTaskToken` task is
 * answerable when its token is in the scheduled parameters. An activity task nobody has picked up yet is
 * answerable by taking it with GetActivityTask (matched by its input); once a worker started it, the token
 * is that worker's alone. An execution waiting on several tasks is answered at the oldest one.
 */
export function getSendTaskEligibility(candidate: ActionCandidate, pendingTasks: readonly PendingTask[]): SendTaskEligibility {
  const sourceRefusal = getSourceRefusal(candidate);
  if (sourceRefusal) return sourceRefusal;
  if (candidate.status !== 'RUNNING') return { eligible: false, reason: 'status', message: `Execution ${candidate.status}: only a running execution waits on a task.` };
  if (pendingTasks.length === 0) {
    return { eligible: false, reason: 'no-pending-task', message: 'Not waiting on a task token or an activity (as of the last sync).' };
  }
  const warnings = pendingTasks.length > 1 ? [`Waiting on ${pendingTasks.length} tasks; this answers the oldest, "${pendingTasks[0].stateName ?? '?'}".`] : [];
  const callback = pendingTasks.find((task) => task.kind === 'callback' && task.taskToken);
  if (callback && callback.kind === 'callback' && callback.taskToken) {
    return { eligible: true, warnings, route: { via: 'token', taskToken: callback.taskToken, task: callback } };
  }
  const waitingActivity = pendingTasks.find((task) => task.kind === 'activity' && !task.started);
  if (waitingActivity && waitingActivity.kind === 'activity') {
    return {
      eligible: true,
      warnings: [...warnings, 'No worker has taken this activity task: Statescope takes it with GetActivityTask and answers it if its input matches.'],
      route: { via: 'activity-poll', activityArn: waitingActivity.activityArn, expectedInput: waitingActivity.input, task: waitingActivity },
    };
  }
  const held = pendingTasks.find((task) => task.kind === 'activity' && task.started);
  if (held && held.kind === 'activity') {
    return {
      eligible: false,
      reason: 'task-held-by-worker',
      message: `Worker ${held.workerName ? `"${held.workerName}"` : '(unnamed)'} holds the activity task of "${held.stateName ?? '?'}": only it has the token. Answer from the worker, or stop the execution.`,
    };
  }
  return {
    eligible: false,
    reason: 'token-not-found',
    message: `Waiting on "${pendingTasks[0].stateName ?? '?'}", but its task token is not in the scheduled parameters.`,
  };
}
