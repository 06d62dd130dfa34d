/** Labels and the exact consequence of each action, for buttons and confirmations. */
export type ActionKind = 'redrive' | 'stop' | 'send-task-success' | 'send-task-failure';

export const ACTION_VERBS: Record<ActionKind, string> = {
  redrive: 'Redrive',
  stop: 'Stop',
  'send-task-success': 'Send task success to',
  'send-task-failure': 'Send task failure to',
};

export function pluralExecutions(count: number): string {
  return `${count.toLocaleString('en-US')} execution${count === 1 ? '' : 's'}`;
}

/** "Redrive 12 executions": the confirm button says exactly what it does and to how many. */
export function getConfirmLabel(kind: ActionKind, count: number): string {
  return `${ACTION_VERBS[kind]} ${pluralExecutions(count)}`;
}

/** What will happen, in full, before the operator confirms. */
export function getConsequence(kind: ActionKind, count: number, params: { error?: string; cause?: string }): string {
  const executions = pluralExecutions(count);
  switch (kind) {
    case 'redrive':
      return `Redrive ${executions}: each restarts in place (same ARN) from the state that failed; states that already succeeded are not run again, and the redrive counts against its 14-day window.`;
    case 'stop':
      return `Stop ${executions} with error "${params.error || '(none)'}" and cause "${params.cause || '(none)'}": their running states are aborted and each ends ABORTED.`;
    case 'send-task-success':
      return `Send SendTaskSuccess with the output below to the task each of ${executions} waits on: each continues from that state with this output.`;
    case 'send-task-failure':
      return `Send SendTaskFailure with error "${params.error || '(none)'}" and cause "${params.cause || '(none)'}" to the task each of ${executions} waits on: the state fails with that error, and its Retry and Catch apply.`;
  }
}
