import {
  detectPendingTasks,
  getRedriveEligibility,
  getSendTaskEligibility,
  getStopEligibility,
  summariseEligibility,
  type EligibilitySummary,
  type IneligibleReason,
  type PendingTask,
} from '@/lib/analysis';
import {
  listActionCandidates,
  listHistoryEvents,
  listRevisionDefinitions,
  listRunningWithActivities,
  type ActionCandidateRow,
  type ActionTargetSelector,
  type Db,
} from '@/lib/db';
import type { ActionTarget, ExecutionActionKind, SkippedExecution } from '@/lib/ingest';

/** Send-task needs each execution's history; one action answers at most this many. */
export const MAX_SEND_TASK_TARGETS = 500;

export type PlannedExecution = {
  arn: string;
  name: string;
  stateMachineName: string;
  status: string;
  sourceName: string;
  eligible: boolean;
  reason: IneligibleReason | null;
  message: string;
  warnings: string[];
};

export type ActionPlan = {
  kind: ExecutionActionKind;
  executions: PlannedExecution[];
  summary: EligibilitySummary;
  /** Server side only: task tokens never leave the server. */
  targets: ActionTarget[];
  skipped: SkippedExecution[];
};

/**
 * Which selected executions an action can apply to, and why each other one cannot (lib/analysis rules,
 * quotas.md). Computed again when the action runs: what the operator confirmed is re-checked, not trusted.
 */
export async function planExecutionAction(db: Db, kind: ExecutionActionKind, selector: ActionTargetSelector, now: Date): Promise<ActionPlan> {
  let candidates = await listActionCandidates(db, selector);
  const sendTask = kind === 'send-task-success' || kind === 'send-task-failure';
  if (sendTask) candidates = candidates.slice(0, MAX_SEND_TASK_TARGETS);
  const pending = sendTask ? await loadPendingTasks(db, candidates) : new Map<number, PendingTask[]>();

  const planned = candidates.map((candidate) => {
    if (kind === 'redrive') return { candidate, eligibility: getRedriveEligibility(candidate, now), target: { executionArn: candidate.arn, sourceId: candidate.sourceId } as ActionTarget };
    if (kind === 'stop') return { candidate, eligibility: getStopEligibility(candidate), target: { executionArn: candidate.arn, sourceId: candidate.sourceId } as ActionTarget };
    const eligibility = getSendTaskEligibility(candidate, pending.get(candidate.id) ?? []);
    const target: ActionTarget | null = !eligibility.eligible
      ? null
      : eligibility.route.via === 'token'
        ? { executionArn: candidate.arn, sourceId: candidate.sourceId, taskRoute: { via: 'token', taskToken: eligibility.route.taskToken } }
        : { executionArn: candidate.arn, sourceId: candidate.sourceId, taskRoute: { via: 'activity-poll', activityArn: eligibility.route.activityArn, expectedInput: eligibility.route.expectedInput } };
    return { candidate, eligibility, target };
  });

  if (sendTask) await refuseAmbiguousActivityPolls(db, planned);

  const executions: PlannedExecution[] = planned.map(({ candidate, eligibility }) => ({
    arn: candidate.arn,
    name: candidate.name,
    stateMachineName: candidate.stateMachineName,
    status: candidate.status,
    sourceName: candidate.sourceName,
    eligible: eligibility.eligible,
    reason: eligibility.eligible ? null : eligibility.reason,
    message: eligibility.eligible ? 'Eligible' : eligibility.message,
    warnings: eligibility.eligible ? eligibility.warnings : [],
  }));
  return {
    kind,
    executions,
    summary: summariseEligibility(planned.map(({ eligibility }) => eligibility)),
    targets: planned.flatMap(({ eligibility, target }) => (eligibility.eligible && target ? [target] : [])),
    skipped: planned.flatMap(({ candidate, eligibility }) => (eligibility.eligible ? [] : [{ executionArn: candidate.arn, message: eligibility.message }])),
  };
}

async function loadPendingTasks(db: Db, candidates: readonly { id: number; status: string; revisionId: number | null }[]): Promise<Map<number, PendingTask[]>> {
  const running = candidates.filter((candidate) => candidate.status === 'RUNNING');
  const definitions = await listRevisionDefinitions(db, running.flatMap((candidate) => (candidate.revisionId === null ? [] : [candidate.revisionId])));
  const pending = new Map<number, PendingTask[]>();
  for (const candidate of running) {
    const events = await listHistoryEvents(db, candidate.id);
    pending.set(candidate.id, detectPendingTasks(events, candidate.revisionId === null ? null : definitions.get(candidate.revisionId)));
  }
  return pending;
}

type Planned = {
  candidate: ActionCandidateRow;
  eligibility: ReturnType<typeof getSendTaskEligibility> | ReturnType<typeof getStopEligibility>;
  target: ActionTarget | null;
};

/**
 * Taking an activity task is only safe when every known execution waiting on that activity is selected:
 * GetActivityTask hands out whichever task is next, and a task taken by mistake cannot be put back.
 */
async function refuseAmbiguousActivityPolls(db: Db, planned: Planned[]): Promise<void> {
  const polls = planned.filter(({ target }) => target?.taskRoute?.via === 'activity-poll');
  if (polls.length === 0) return;
  const selected = new Set(planned.map(({ candidate }) => candidate.arn));
  for (const sourceId of new Set(polls.map(({ candidate }) => candidate.sourceId))) {
    const others = (await listRunningWithActivities(db, sourceId)).filter((execution) => !selected.has(execution.arn));
    const definitions = await listRevisionDefinitions(db, others.flatMap((other) => (other.revisionId === null ? [] : [other.revisionId])));
    const waiting = new Map<string, number>();
    for (const other of others) {
      const tasks = detectPendingTasks(await listHistoryEvents(db, other.id), other.revisionId === null ? null : definitions.get(other.revisionId));
      for (const task of tasks) if (task.kind === 'activity' && !task.started) waiting.set(task.activityArn, (waiting.get(task.activityArn) ?? 0) + 1);
    }
    for (const entry of polls) {
      const route = entry.target?.taskRoute;
      if (entry.candidate.sourceId !== sourceId || route?.via !== 'activity-poll') continue;
      const count = waiting.get(route.activityArn) ?? 0;
      if (count === 0) continue;
      entry.eligibility = {
        eligible: false,
        reason: 'ambiguous-activity',
        message: `${count} other running execution(s) wait on the same activity: a poll could take one of their tasks. Select them too, or answer from a worker.`,
      };
      entry.target = null;
    }
  }
}
