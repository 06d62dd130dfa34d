import type { HistoryEvent } from '@/lib/model';

/** One attempt at a Task's work: a service integration, an activity or a legacy Lambda call. */
export type TaskAttempt = {
  kind: 'task' | 'activity' | 'lambda';
  scheduledEventId: number;
  scheduledAt: Date;
  /** `sqs:sendMessage.waitForTaskToken`, an activity ARN or a function ARN. */
  resource: string;
  /** From the scheduled event: present only when the state sets them (history-events.md §3.1). */
  timeoutSeconds: number | null;
  heartbeatSeconds: number | null;
  startedAt: Date | null;
  submittedAt: Date | null;
  closedAt: Date | null;
  /** The event type that closed it (TaskSucceeded, ActivityTimedOut…). */
  outcome: string | null;
  error: string | null;
  lastEventId: number;
  lastEventAt: Date;
};

/** One entry into a state, until it exits (or the execution ends). */
export type StateVisit = {
  name: string;
  /** Task, Wait, Choice, Pass, Parallel, Map, Succeed, Fail. */
  stateType: string;
  enteredEventId: number;
  enteredAt: Date;
  /** Effective input as JSON text, when the history carries it. */
  input: string | null;
  exitedEventId: number | null;
  exitedAt: Date | null;
  /** The state entered right after this one exited: a Choice's outcome. */
  nextStateName: string | null;
  attempts: TaskAttempt[];
  lastEventId: number;
  lastEventAt: Date;
};

export type StateVisits = {
  /** In order of entry. */
  visits: StateVisit[];
  /** Visits still open after the last event, in order of entry. */
  open: StateVisit[];
  /** Visits per state name. */
  visitCounts: Map<string, number>;
  warnings: string[];
};

const ENTERED = /^(\w+)StateEntered$/;
const EXITED = /^(\w+)StateExited$/;
const ABORTED = /^(\w+)StateAborted$/;
const EXECUTION_CLOSED = new Set(['ExecutionSucceeded', 'ExecutionFailed', 'ExecutionTimedOut', 'ExecutionAborted']);
const SCHEDULED: Record<string, TaskAttempt['kind']> = {
  TaskScheduled: 'task',
  ActivityScheduled: 'activity',
  LambdaFunctionScheduled: 'lambda',
};
const STARTED = new Set(['TaskStarted', 'ActivityStarted', 'LambdaFunctionStarted']);
const CLOSING = new Set([
  'TaskSucceeded', 'TaskFailed', 'TaskTimedOut', 'TaskStartFailed', 'TaskSubmitFailed',
  'ActivitySucceeded', 'ActivityFailed', 'ActivityTimedOut', 'ActivityScheduleFailed',
  'LambdaFunctionSucceeded', 'LambdaFunctionFailed', 'LambdaFunctionTimedOut', 'LambdaFunctionStartFailed', 'LambdaFunctionScheduleFailed',
]);

/**
 * Walks a history into state visits. Events are tied to their state through `previousEventId`
 * (history-events.md §2: ids form a tree, so concurrent Map iterations and Parallel branches stay apart),
 * falling back to the newest open visit when a chain is broken.
 */
export function getStateVisits(events: readonly HistoryEvent[]): StateVisits {
  const visits: StateVisit[] = [];
  const open: StateVisit[] = [];
  const visitCounts = new Map<string, number>();
  const warnings: string[] = [];
  const byEvent = new Map<number, StateVisit>();

  const close = (visit: StateVisit, id: number, at: Date) => {
    visit.exitedEventId = id;
    visit.exitedAt = at;
    visit.lastEventId = id;
    visit.lastEventAt = at;
    const index = open.indexOf(visit);
    if (index >= 0) open.splice(index, 1);
  };
  const findOpen = (match: (visit: StateVisit) => boolean) => {
    for (let i = open.length - 1; i >= 0; i--) if (match(open[i])) return open[i];
    return undefined;
  };

  for (const event of events) {
    const id = event.id ?? 0;
    const at = event.timestamp;
    const parent = byEvent.get(event.previousEventId ?? 0);
    const parentOpen = parent && parent.exitedEventId === null ? parent : undefined;

    const entered = ENTERED.exec(event.type);
    if (entered) {
      const name = event.stateEnteredEventDetails?.name ?? '';
      const visit: StateVisit = {
        name,
        stateType: entered[1],
        enteredEventId: id,
        enteredAt: at,
        input: event.stateEnteredEventDetails?.input ?? null,
        exitedEventId: null,
        exitedAt: null,
        nextStateName: null,
        attempts: [],
        lastEventId: id,
        lastEventAt: at,
      };
      if (parent && parent.exitedEventId === event.previousEventId) parent.nextStateName = name;
      visits.push(visit);
      open.push(visit);
      visitCounts.set(name, (visitCounts.get(name) ?? 0) + 1);
      byEvent.set(id, visit);
      continue;
    }

    const exited = EXITED.exec(event.type);
    if (exited) {
      const name = event.stateExitedEventDetails?.name ?? '';
      const visit = parentOpen?.name === name ? parentOpen : findOpen((candidate) => candidate.name === name);
      if (!visit) {
        warnings.push(`Event ${id} (${event.type}) exits "${name}", which was never entered.`);
        continue;
      }
      close(visit, id, at);
      byEvent.set(id, visit);
      continue;
    }

    const aborted = ABORTED.exec(event.type);
    if (aborted) {
      const visit = parentOpen?.stateType === aborted[1] ? parentOpen : findOpen((candidate) => candidate.stateType === aborted[1]);
      if (visit) close(visit, id, at);
      continue;
    }

    if (EXECUTION_CLOSED.has(event.type)) {
      // A redriven history goes on after the close; what was open then ended with it.
      for (const visit of [...open]) close(visit, id, at);
      continue;
    }

    const isTaskEvent = event.type in SCHEDULED || STARTED.has(event.type) || CLOSING.has(event.type) || event.type === 'TaskSubmitted';
    const owner = parentOpen ?? (isTaskEvent ? findOpen((candidate) => candidate.stateType === 'Task') : undefined);
    if (!owner) continue;
    byEvent.set(id, owner);
    owner.lastEventId = id;
    owner.lastEventAt = at;
    if (isTaskEvent) applyTaskEvent(owner, event, id, at, warnings);
  }

  return { visits, open, visitCounts, warnings };
}

function applyTaskEvent(visit: StateVisit, event: HistoryEvent, id: number, at: Date, warnings: string[]): void {
  const kind = SCHEDULED[event.type];
  if (kind) {
    const details = getDetails(event);
    const resource =
      kind === 'task'
        ? `${String(details.resourceType ?? '')}:${String(details.resource ?? '')}`
        : String(details.resource ?? '');
    visit.attempts.push({
      kind,
      scheduledEventId: id,
      scheduledAt: at,
      resource,
      timeoutSeconds: toSeconds(details.timeoutInSeconds),
      heartbeatSeconds: toSeconds(details.heartbeatInSeconds),
      startedAt: null,
      submittedAt: null,
      closedAt: null,
      outcome: null,
      error: null,
      lastEventId: id,
      lastEventAt: at,
    });
    return;
  }
  const attempt = visit.attempts.at(-1);
  if (!attempt) {
    warnings.push(`Event ${id} (${event.type}) in "${visit.name}" has no scheduled task before it.`);
    return;
  }
  attempt.lastEventId = id;
  attempt.lastEventAt = at;
  if (STARTED.has(event.type)) attempt.startedAt = at;
  else if (event.type === 'TaskSubmitted') attempt.submittedAt = at;
  else if (CLOSING.has(event.type)) {
    attempt.closedAt = at;
    attempt.outcome = event.type;
    const error = getDetails(event).error;
    attempt.error = typeof error === 'string' ? error : null;
  }
}

/** The event's one `<name>EventDetails` member (history-events.md §1), or {}. */
export function getDetails(event: HistoryEvent): Record<string, unknown> {
  for (const [key, value] of Object.entries(event)) {
    if (key.endsWith('EventDetails') && value !== null && typeof value === 'object') return value as Record<string, unknown>;
  }
  return {};
}

function toSeconds(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
}
