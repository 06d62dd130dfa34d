import type { StateDefinition } from '@/lib/asl';
import { DEFAULT_TASK_TIMEOUT_SECONDS, MAX_HISTORY_EVENTS, type FindingExecution } from '@/lib/model';
import type { FindingThresholds } from './finding-thresholds';
import type { Analysis, StuckFinding } from './finding-types';
import { getDefinitionIndex, type DefinitionIndex } from './get-definition-index';
import type { DurationBaseline } from './get-duration-baseline';
import { getStateVisits, type StateVisit, type TaskAttempt } from './get-state-visits';
import { getWaitEnd } from './get-wait-end';
import { toDurationText, toInstantText } from './to-duration-text';
import { toExecutionPageHref, toExecutionReplayHref } from './to-finding-href';

export type StuckContext = {
  /** The machine's usual duration, when it has enough successful runs. */
  baseline: DurationBaseline | null;
  thresholds: FindingThresholds;
  now: Date;
};

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
/** Loops are judged on their latest iterations. */
const LOOP_RECENT_ITERATIONS = 10;

/**
 * Why a RUNNING execution looks stuck, if it does: a task token or activity waiting too long, an
 * activity no worker started, a state past the time it should take, a run far longer than usual, or a
 * loop that keeps going. Each finding points at the event where the replay should open.
 */
export function detectStuckExecution(execution: FindingExecution, context: StuckContext): Analysis<StuckFinding[]> {
  if (execution.status !== 'RUNNING') return { value: [], warnings: [] };
  // Part of a history (a page imported alone, a gap) cannot tell stuck from simply unread: judge none of it.
  if (!execution.historyComplete && execution.events.length > 0) {
    return { value: [], warnings: ['Only part of its history is stored, so it is not judged: import the missing events.'] };
  }
  const { thresholds, now } = context;
  const definition = getDefinitionIndex(execution.definition);
  const index = definition.value;
  const history = getStateVisits(execution.events);
  const warnings = [...history.warnings];
  if (execution.events.length === 0) warnings.push('No history is stored, so only the run time can be judged.');
  else if (index === null) warnings.push(...definition.warnings);

  const findings: StuckFinding[] = [];
  const add = (finding: Omit<StuckFinding, 'id' | 'executionArn' | 'executionName' | 'stateMachineArn' | 'stateMachineName' | 'sourceName' | 'replayHref'>) =>
    findings.push({
      id: `${execution.arn}#${finding.rule}#${finding.eventId}`,
      executionArn: execution.arn,
      executionName: execution.name,
      stateMachineArn: execution.stateMachineArn,
      stateMachineName: execution.stateMachineName,
      sourceName: execution.sourceName,
      replayHref: toExecutionReplayHref(execution.arn, finding.eventId),
      ...finding,
    });
  const nowMs = now.getTime();
  const graceMs = thresholds.overdueGraceMinutes * MINUTE_MS;
  const syncedText = `Statescope last synced it ${toDurationText(nowMs - execution.lastSyncedAt.getTime())} ago.`;

  for (const visit of history.open) {
    const state = index?.states.get(visit.name);
    if (visit.stateType === 'Wait') {
      if (!state) continue;
      const end = getWaitEnd(state, visit);
      warnings.push(...end.warnings);
      if (end.value === null || nowMs <= end.value.getTime() + graceMs) continue;
      const lateMs = nowMs - end.value.getTime();
      const syncedBeforeEnd = execution.lastSyncedAt.getTime() < end.value.getTime();
      add({
        rule: 'overdue',
        severity: 'critical',
        stateName: visit.name,
        reason: `Wait "${visit.name}" should have ended ${toDurationText(lateMs)} ago and no event has followed.`,
        evidence: [
          `Entered at ${toInstantText(visit.enteredAt)}; its end was ${toInstantText(end.value)}.`,
          `No event since ${toInstantText(visit.lastEventAt)}.`,
          syncedText,
        ],
        since: end.value,
        durationMs: lateMs,
        value: lateMs,
        limit: graceMs,
        unit: 'ms',
        eventId: visit.enteredEventId,
        action: syncedBeforeEnd
          ? { label: 'Sync this execution again: its Wait ended after the last sync.', href: toExecutionPageHref(execution.arn) }
          : { label: 'AWS still reports it waiting past its end: stop the execution and redrive it, or ask AWS Support.', href: toExecutionPageHref(execution.arn) },
      });
      continue;
    }
    if (visit.stateType !== 'Task') continue;
    const attempt = visit.attempts.at(-1);
    if (!attempt) continue;
    const retries = visit.attempts.length - 1;
    if (retries >= thresholds.retryMinAttempts) {
      const first = visit.attempts[0];
      add({
        rule: 'loop',
        severity: 'warning',
        stateName: visit.name,
        reason: `Task "${visit.name}" keeps retrying: ${visit.attempts.length} attempts since ${toInstantText(first.scheduledAt)}.`,
        evidence: [
          `${retries} retries in ${toDurationText(nowMs - first.scheduledAt.getTime())}.`,
          ...(getLastError(visit.attempts) ? [`Last error: ${getLastError(visit.attempts)}.`] : []),
        ],
        since: first.scheduledAt,
        durationMs: nowMs - first.scheduledAt.getTime(),
        value: retries,
        limit: thresholds.retryMinAttempts,
        unit: 'attempts',
        eventId: attempt.lastEventId,
        action: { label: `Fix the cause of the failures or lower MaxAttempts on "${visit.name}".`, href: toExecutionPageHref(execution.arn) },
      });
    }
    if (attempt.closedAt !== null) continue;
    const bounds = getTaskBounds(attempt, state);

    if (attempt.startedAt === null) {
      const waitedMs = nowMs - attempt.scheduledAt.getTime();
      if (waitedMs >= thresholds.activityStartMinutes * MINUTE_MS) {
        const isActivity = attempt.kind === 'activity';
        add({
          rule: 'activity-not-started',
          severity: bounds.timeoutSeconds === null ? 'critical' : 'warning',
          stateName: visit.name,
          reason: isActivity
            ? `No worker has picked up activity ${getActivityName(attempt.resource)} in ${toDurationText(waitedMs)}.`
            : `Task "${visit.name}" was scheduled ${toDurationText(waitedMs)} ago and never started.`,
          evidence: [
            `${isActivity ? 'ActivityScheduled' : 'Scheduled'} at ${toInstantText(attempt.scheduledAt)} with no ${isActivity ? 'ActivityStarted' : 'start'} since.`,
            ...(isActivity ? [`A polling worker receives a task within a 60 s long poll (quotas.md §5).`] : []),
            bounds.timeoutSeconds === null
              ? 'No TimeoutSeconds: it can wait until the execution’s 1-year maximum.'
              : `Times out at ${toInstantText(new Date(attempt.scheduledAt.getTime() + bounds.timeoutSeconds * 1000))} (TimeoutSeconds ${bounds.timeoutSeconds}${bounds.fromDefinition ? ', from the current definition' : ''}).`,
          ],
          since: attempt.scheduledAt,
          durationMs: waitedMs,
          value: waitedMs,
          limit: thresholds.activityStartMinutes * MINUTE_MS,
          unit: 'ms',
          eventId: attempt.scheduledEventId,
          action: isActivity
            ? { label: `Start a worker that polls GetActivityTask on ${attempt.resource}.`, href: toExecutionPageHref(execution.arn) }
            : { label: `Check the service behind ${attempt.resource}; stop the execution if it cannot start.`, href: toExecutionPageHref(execution.arn) },
        });
      }
    } else if (attempt.kind === 'activity' || isCallbackResource(attempt.resource)) {
      const since = attempt.submittedAt ?? attempt.startedAt;
      const waitedMs = nowMs - since.getTime();
      if (waitedMs >= thresholds.callbackWaitMinutes * MINUTE_MS) {
        const unbounded = bounds.timeoutSeconds === null && bounds.heartbeatSeconds === null;
        const what =
          attempt.kind === 'activity'
            ? `activity worker on ${getActivityName(attempt.resource)}`
            : attempt.resource.includes('.waitForTaskToken')
              ? `task token (${attempt.resource})`
              : `job it started (${attempt.resource})`;
        const heartbeatAlive =
          bounds.heartbeatSeconds !== null && execution.lastSyncedAt.getTime() > since.getTime() + bounds.heartbeatSeconds * 1000;
        add({
          rule: 'waiting-on-callback',
          severity: unbounded ? 'critical' : 'warning',
          stateName: visit.name,
          reason: `"${visit.name}" has waited ${toDurationText(waitedMs)} for its ${what}${unbounded ? ', with nothing to end the wait' : ''}.`,
          evidence: [
            `Waiting since ${toInstantText(since)}.`,
            unbounded
              ? 'Neither TimeoutSeconds nor HeartbeatSeconds is set: it waits until the execution’s own timeout or its 1-year maximum.'
              : [
                  bounds.timeoutSeconds !== null
                    ? `Times out at ${toInstantText(new Date(attempt.scheduledAt.getTime() + bounds.timeoutSeconds * 1000))} (TimeoutSeconds ${bounds.timeoutSeconds}).`
                    : 'No TimeoutSeconds.',
                  bounds.heartbeatSeconds !== null ? `HeartbeatSeconds ${bounds.heartbeatSeconds}${heartbeatAlive ? ': heartbeats are keeping it alive' : ''}.` : '',
                ]
                  .filter(Boolean)
                  .join(' '),
            ...(index?.timeoutSeconds ? [`The execution itself times out at ${toInstantText(new Date(execution.startDate.getTime() + index.timeoutSeconds * 1000))}.`] : []),
          ],
          since,
          durationMs: waitedMs,
          value: waitedMs,
          limit: thresholds.callbackWaitMinutes * MINUTE_MS,
          unit: 'ms',
          eventId: attempt.lastEventId,
          action:
            attempt.kind === 'activity'
              ? { label: `Check the worker of ${getActivityName(attempt.resource)}: it took the task and has not answered.`, href: toExecutionPageHref(execution.arn) }
              : {
                  label: `Have the owner of "${visit.name}" answer with SendTaskSuccess or SendTaskFailure, or stop the run${unbounded ? '; then give the state a TimeoutSeconds or HeartbeatSeconds' : ''}.`,
                  href: toExecutionPageHref(execution.arn),
                },
        });
      }
    }

    if (bounds.timeoutSeconds !== null) {
      const deadline = attempt.scheduledAt.getTime() + bounds.timeoutSeconds * 1000;
      if (nowMs > deadline + graceMs) {
        add(overdueTask(execution, visit, attempt, deadline, 'TimeoutSeconds', bounds.timeoutSeconds, nowMs, graceMs, syncedText));
        continue;
      }
    }
    if (bounds.heartbeatSeconds !== null && attempt.startedAt !== null) {
      // Heartbeats write no event (history-events.md §5): silence past the deadline matters only when
      // the last sync predates it, since a sync after it found the task still alive.
      const deadline = attempt.lastEventAt.getTime() + bounds.heartbeatSeconds * 1000;
      if (nowMs > deadline + graceMs && execution.lastSyncedAt.getTime() < deadline) {
        add(overdueTask(execution, visit, attempt, deadline, 'HeartbeatSeconds', bounds.heartbeatSeconds, nowMs, graceMs, syncedText));
      }
    }
  }

  const loop = detectLoop(execution, history.visits, history.open, index, context);
  if (loop) add(loop);

  const runMs = nowMs - execution.startDate.getTime();
  const { baseline } = context;
  if (baseline && baseline.p99Ms > 0 && runMs > baseline.p99Ms * thresholds.longRunningFactor) {
    const lastEventId = execution.events.at(-1)?.id ?? 1;
    add({
      rule: 'long-running',
      severity: 'warning',
      stateName: history.open.at(-1)?.name ?? null,
      reason: `Running for ${toDurationText(runMs)}, ${(runMs / baseline.p99Ms).toFixed(1)}× the p99 of its successful runs.`,
      evidence: [
        `p99 of ${baseline.sampleSize} successful runs: ${toDurationText(baseline.p99Ms)}; median ${toDurationText(baseline.medianMs)}.`,
        ...(history.open.length ? [`Now in ${history.open.map((visit) => `"${visit.name}"`).join(', ')}.`] : []),
        ...(execution.lastEventAt ? [`Last event ${toDurationText(nowMs - execution.lastEventAt.getTime())} ago.`] : []),
      ],
      since: execution.startDate,
      durationMs: runMs,
      value: runMs,
      limit: Math.round(baseline.p99Ms * thresholds.longRunningFactor),
      unit: 'ms',
      eventId: lastEventId,
      action: { label: 'Open the replay to see where the time went, and compare with a typical run.', href: toExecutionReplayHref(execution.arn, lastEventId) },
    });
  }

  return { value: findings, warnings };
}

type TaskBounds = { timeoutSeconds: number | null; heartbeatSeconds: number | null; fromDefinition: boolean };

/** Timeouts from the scheduled event (set only when the state sets them), else from the definition. */
function getTaskBounds(attempt: TaskAttempt, state: StateDefinition | undefined): TaskBounds {
  const bounded = (value: unknown) => (typeof value === 'number' && value > 0 && value < DEFAULT_TASK_TIMEOUT_SECONDS ? value : null);
  const timeout = bounded(attempt.timeoutSeconds);
  const heartbeat = bounded(attempt.heartbeatSeconds);
  if (timeout !== null || heartbeat !== null) return { timeoutSeconds: timeout, heartbeatSeconds: heartbeat, fromDefinition: false };
  return { timeoutSeconds: bounded(state?.TimeoutSeconds), heartbeatSeconds: bounded(state?.HeartbeatSeconds), fromDefinition: true };
}

function overdueTask(
  execution: FindingExecution,
  visit: StateVisit,
  attempt: TaskAttempt,
  deadlineMs: number,
  field: 'TimeoutSeconds' | 'HeartbeatSeconds',
  seconds: number,
  nowMs: number,
  graceMs: number,
  syncedText: string,
): Omit<StuckFinding, 'id' | 'executionArn' | 'executionName' | 'stateMachineArn' | 'stateMachineName' | 'sourceName' | 'replayHref'> {
  const lateMs = nowMs - deadlineMs;
  const syncedBefore = execution.lastSyncedAt.getTime() < deadlineMs;
  return {
    rule: 'overdue',
    severity: field === 'TimeoutSeconds' ? 'critical' : 'warning',
    stateName: visit.name,
    reason: `Task "${visit.name}" is ${toDurationText(lateMs)} past its ${field} (${seconds} s) and has not timed out.`,
    evidence: [
      `${field === 'TimeoutSeconds' ? 'Scheduled' : 'Last event'} at ${toInstantText(field === 'TimeoutSeconds' ? attempt.scheduledAt : attempt.lastEventAt)}; deadline ${toInstantText(new Date(deadlineMs))}.`,
      syncedText,
    ],
    since: new Date(deadlineMs),
    durationMs: lateMs,
    value: lateMs,
    limit: graceMs,
    unit: 'ms',
    eventId: attempt.lastEventId,
    action: syncedBefore
      ? { label: 'Sync this execution again: the deadline passed after the last sync, so it has probably timed out.', href: toExecutionPageHref(execution.arn) }
      : { label: 'AWS still reports it running past the deadline: stop the execution, or ask AWS Support.', href: toExecutionPageHref(execution.arn) },
  };
}

/** A loop still going: states on a cycle of the definition entered again and again, the newest entry recent. */
function detectLoop(
  execution: FindingExecution,
  visits: readonly StateVisit[],
  open: readonly StateVisit[],
  index: DefinitionIndex | null,
  { thresholds, now }: StuckContext,
): Omit<StuckFinding, 'id' | 'executionArn' | 'executionName' | 'stateMachineArn' | 'stateMachineName' | 'sourceName' | 'replayHref'> | null {
  const latest = open.at(-1) ?? visits.at(-1);
  if (!latest) return null;
  // Without a definition, a state entered this often is taken for a loop unless a Map repeats it.
  const members: ReadonlySet<string> | undefined = index
    ? index.cycles.get(latest.name)
    : execution.events.some((event) => event.type === 'MapIterationStarted')
      ? undefined
      : new Set(visits.map((visit) => visit.name));
  if (!members) return null;

  const byName = new Map<string, StateVisit[]>();
  for (const visit of visits) if (members.has(visit.name)) byName.set(visit.name, [...(byName.get(visit.name) ?? []), visit]);
  let head: StateVisit[] = [];
  for (const list of byName.values()) {
    const better = list.length > head.length || (list.length === head.length && list[0]?.stateType === 'Choice');
    if (better) head = list;
  }
  const iterations = head.length;
  if (iterations < thresholds.loopMinIterations) return null;

  const first = head[0];
  const last = head[iterations - 1];
  const nowMs = now.getTime();
  const periodMs = (last.enteredAt.getTime() - first.enteredAt.getTime()) / (iterations - 1);
  const eventsPerIteration = (last.enteredEventId - first.enteredEventId) / (iterations - 1);
  const recent = head.slice(-LOOP_RECENT_ITERATIONS);
  const unchanged = recent.length >= 2 && recent[0].input !== null && recent.every((visit) => visit.input === recent[0].input);
  const outcomes = recent.filter((visit) => visit.nextStateName !== null).map((visit) => visit.nextStateName);
  const sameOutcome = last.stateType === 'Choice' && outcomes.length >= 2 && outcomes.every((name) => name === outcomes[0]);

  const isStandard = execution.stateMachineType !== 'EXPRESS';
  const remainingEvents = MAX_HISTORY_EVENTS - execution.eventCount;
  const msToLimit = isStandard && eventsPerIteration > 0 && periodMs > 0 ? (remainingEvents / eventsPerIteration) * periodMs : null;
  const limitSoon = msToLimit !== null && msToLimit <= thresholds.projectionHorizonHours * HOUR_MS;
  const cycle = [...byName.entries()].sort(([, a], [, b]) => (a.at(-1)?.enteredEventId ?? 0) - (b.at(-1)?.enteredEventId ?? 0)).map(([name]) => name);
  return {
    rule: 'loop',
    severity: unchanged || limitSoon ? 'critical' : 'warning',
    stateName: last.name,
    reason: `A loop through ${cycle.map((name) => `"${name}"`).join(' → ')} has gone round ${iterations} times${unchanged ? ' without its input changing' : ''}.`,
    evidence: [
      `"${last.name}" entered ${iterations} times since ${toInstantText(first.enteredAt)}: one iteration every ${toDurationText(periodMs)}, ${eventsPerIteration.toFixed(1)} events each.`,
      ...(sameOutcome ? [`The Choice went to "${outcomes[0]}" in each of its last ${outcomes.length} evaluations.`] : []),
      ...(unchanged ? [`Its input was identical in the last ${recent.length} iterations: no progress.`] : []),
      ...(msToLimit !== null
        ? [`At this pace the history reaches ${MAX_HISTORY_EVENTS.toLocaleString('en-US')} events in ${toDurationText(msToLimit)} (${execution.eventCount.toLocaleString('en-US')} now) and the execution fails.`]
        : []),
    ],
    since: first.enteredAt,
    durationMs: nowMs - first.enteredAt.getTime(),
    value: iterations,
    limit: thresholds.loopMinIterations,
    unit: 'iterations',
    eventId: last.enteredEventId,
    action: {
      label: `Check the loop's exit condition${last.stateType === 'Choice' ? ` in "${last.name}"` : ''}; stop the execution before its history reaches ${MAX_HISTORY_EVENTS.toLocaleString('en-US')} events.`,
      href: toExecutionReplayHref(execution.arn, last.enteredEventId),
    },
  };
}

function isCallbackResource(resource: string): boolean {
  return resource.includes('.waitForTaskToken') || /\.sync(:\d+)?$/.test(resource);
}

function getActivityName(activityArn: string): string {
  return activityArn.slice(activityArn.lastIndexOf(':') + 1) || activityArn;
}

function getLastError(attempts: readonly TaskAttempt[]): string | null {
  for (let i = attempts.length - 1; i >= 0; i--) if (attempts[i].error) return attempts[i].error;
  return null;
}

