import type { HistoryEvent } from '@/lib/model';
import { findStateDefinition } from './find-state-definition';
import { findTaskToken } from './find-task-token';

/** A task an execution is waiting on that an operator could answer with SendTaskSuccess / SendTaskFailure. */
export type PendingTask =
  | {
      kind: 'callback';
      stateName: string | null;
      scheduledEventId: number;
      scheduledAt: Date;
      /** e.g. `sqs` + `sendMessage.waitForTaskToken`. */
      resource: string;
      /** null when the token cannot be found in the scheduled parameters. */
      taskToken: string | null;
    }
  | {
      kind: 'activity';
      stateName: string | null;
      scheduledEventId: number;
      scheduledAt: Date;
      activityArn: string;
      /** The task input, which the worker receives: used to recognise this task when polling for it. */
      input: string | null;
      /** Set once a worker's GetActivityTask picked the task up: the token is then with that worker. */
      workerName: string | null;
      started: boolean;
    };

const TASK_ENDS = new Set(['TaskSucceeded', 'TaskFailed', 'TaskTimedOut', 'TaskStartFailed', 'TaskSubmitFailed']);
const ACTIVITY_ENDS = new Set(['ActivitySucceeded', 'ActivityFailed', 'ActivityTimedOut', 'ActivityScheduleFailed']);
/** Container ends that abort everything still open inside them, and the start event each one closes. */
const CONTAINER_ENDS: Record<string, string> = {
  ParallelStateFailed: 'ParallelStateStarted',
  ParallelStateAborted: 'ParallelStateStarted',
  ParallelStateSucceeded: 'ParallelStateStarted',
  MapStateFailed: 'MapStateStarted',
  MapStateAborted: 'MapStateStarted',
  MapStateSucceeded: 'MapStateStarted',
  MapIterationFailed: 'MapIterationStarted',
  MapIterationAborted: 'MapIterationStarted',
  MapIterationSucceeded: 'MapIterationStarted',
};
/** previousEventId chains are short between a task's events; the bound guards against cycles in bad data. */
const MAX_CHAIN_STEPS = 100_000;

/**
 * The tasks a running execution waits on, from its history (events in id order): a TaskScheduled for a
 * `.waitForTaskToken` resource, or an ActivityScheduled, with no end event in its previousEventId chain
 * and no enclosing Parallel branch or Map iteration closed since. Only events after the last redrive count.
 * With the definition the execution ran, the callback's token is read from where its Parameters put it.
 */
export function detectPendingTasks(events: readonly HistoryEvent[], definition?: string | null): PendingTask[] {
  const lastRedrive = events.findLastIndex((event) => event.type === 'ExecutionRedriven');
  const live = lastRedrive >= 0 ? events.slice(lastRedrive) : events;
  const byId = new Map(live.map((event) => [event.id ?? 0, event]));
  const parentOf = (event: HistoryEvent) => (event.previousEventId ? byId.get(event.previousEventId) : undefined);
  const ancestors = (event: HistoryEvent, stop: (candidate: HistoryEvent) => boolean): HistoryEvent | undefined => {
    let current = parentOf(event);
    for (let steps = 0; current && steps < MAX_CHAIN_STEPS; steps++) {
      if (stop(current)) return current;
      current = parentOf(current);
    }
    return undefined;
  };

  const closed = new Set<number>();
  const startedBy = new Map<number, string | null>();
  const closedContainers = new Set<number>();
  for (const event of live) {
    if (TASK_ENDS.has(event.type)) {
      const scheduled = ancestors(event, (candidate) => candidate.type === 'TaskScheduled');
      if (scheduled?.id) closed.add(scheduled.id);
    } else if (ACTIVITY_ENDS.has(event.type)) {
      const scheduled = ancestors(event, (candidate) => candidate.type === 'ActivityScheduled');
      if (scheduled?.id) closed.add(scheduled.id);
    } else if (event.type === 'ActivityStarted') {
      const scheduled = ancestors(event, (candidate) => candidate.type === 'ActivityScheduled');
      if (scheduled?.id) startedBy.set(scheduled.id, event.activityStartedEventDetails?.workerName ?? null);
    } else if (CONTAINER_ENDS[event.type]) {
      const startType = CONTAINER_ENDS[event.type];
      const start = ancestors(event, (candidate) => candidate.type === startType);
      if (start?.id) closedContainers.add(start.id);
    }
  }

  const pending: PendingTask[] = [];
  for (const event of live) {
    if (event.type !== 'TaskScheduled' && event.type !== 'ActivityScheduled') continue;
    const id = event.id ?? 0;
    if (closed.has(id)) continue;
    if (ancestors(event, (candidate) => closedContainers.has(candidate.id ?? 0))) continue;
    const entered = ancestors(event, (candidate) => candidate.type.endsWith('StateEntered'));
    const stateName = entered?.stateEnteredEventDetails?.name ?? null;
    if (event.type === 'TaskScheduled') {
      const details = event.taskScheduledEventDetails;
      if (!details?.resource?.endsWith('.waitForTaskToken')) continue;
      const stateDefinition = stateName ? findStateDefinition(definition, stateName) : null;
      pending.push({
        kind: 'callback',
        stateName,
        scheduledEventId: id,
        scheduledAt: event.timestamp,
        resource: `${details.resourceType}:${details.resource}`,
        taskToken: findTaskToken(details.parameters, stateDefinition),
      });
    } else {
      const details = event.activityScheduledEventDetails;
      pending.push({
        kind: 'activity',
        stateName,
        scheduledEventId: id,
        scheduledAt: event.timestamp,
        activityArn: details?.resource ?? '',
        input: details?.input ?? null,
        workerName: startedBy.get(id) ?? null,
        started: startedBy.has(id),
      });
    }
  }
  return pending;
}
