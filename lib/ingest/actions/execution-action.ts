/** What an operator asks Statescope to do to executions (validated at the route, then trusted). */
export type ExecutionAction =
  | { kind: 'redrive' }
  | { kind: 'stop'; error?: string; cause?: string }
  | { kind: 'send-task-success'; output: string }
  | { kind: 'send-task-failure'; error?: string; cause?: string };

export type ExecutionActionKind = ExecutionAction['kind'];

/** How a send-task reaches the task: its token (from the history), or by polling the activity for it. */
export type TaskRoute = { via: 'token'; taskToken: string } | { via: 'activity-poll'; activityArn: string; expectedInput: string | null };

export type ActionTarget = {
  executionArn: string;
  sourceId: number;
  /** Required for send-task-success / send-task-failure. */
  taskRoute?: TaskRoute;
};

export type ActionResult = {
  executionArn: string;
  ok: boolean;
  /** What happened, worded for the operator (the AWS error name and message on failure). */
  message: string;
  /** AWS error name when it failed. */
  errorName?: string;
  attempts: number;
  throttled: number;
};
