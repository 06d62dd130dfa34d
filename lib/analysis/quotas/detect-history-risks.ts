import { MAX_HISTORY_EVENTS, type FindingExecution, type FindingStateMachine } from '@/lib/model';
import type { FindingThresholds } from '../stuck/finding-thresholds';
import type { QuotaRisk } from '../stuck/finding-types';
import { toDurationText, toInstantText } from '../stuck/to-duration-text';
import { toExecutionPageHref, toExecutionReplayHref, toStateMachinePageHref } from '../stuck/to-finding-href';
import { getQuotaSeverity, toQuotaRisk } from './to-quota-risk';

const HOUR_MS = 3_600_000;
/** A burst (a Map fanning out) over a few seconds says nothing about an hour: project from a quarter hour or more. */
const MIN_GROWTH_SPAN_MS = 15 * 60_000;
const LIMIT_TEXT = MAX_HISTORY_EVENTS.toLocaleString('en-US');

/**
 * History size against 25,000 events (quotas.md §1): each running Standard execution with its growth over
 * its last hour of activity and when it reaches the limit, and each machine's largest recent history.
 */
export function detectHistoryRisks(
  running: readonly FindingExecution[],
  machines: readonly FindingStateMachine[],
  thresholds: FindingThresholds,
  now: Date,
): QuotaRisk[] {
  const risks: QuotaRisk[] = [];
  for (const execution of running) {
    if (execution.stateMachineType === 'EXPRESS') continue;
    const growth = getRecentGrowthPerHour(execution, now);
    const remaining = MAX_HISTORY_EVENTS - execution.eventCount;
    const projectedAt = growth && growth > 0 ? new Date(now.getTime() + (remaining / growth) * HOUR_MS) : null;
    const severity = getQuotaSeverity(execution.eventCount, MAX_HISTORY_EVENTS, projectedAt, thresholds, now);
    if (severity === 'ok') continue;
    const lastEventId = execution.events.at(-1)?.id ?? execution.eventCount;
    risks.push(
      toQuotaRisk({
        quota: 'history-events',
        scope: 'execution',
        severity,
        subjectArn: execution.arn,
        subjectName: execution.name,
        stateMachineName: execution.stateMachineName,
        sourceName: execution.sourceName,
        value: execution.eventCount,
        limit: MAX_HISTORY_EVENTS,
        unit: 'events',
        limitSource: 'quotas.md §1 (hard)',
        growthPerHour: growth,
        projectedAt,
        reason: projectedAt
          ? `History grows ${Math.round(growth ?? 0).toLocaleString('en-US')} events an hour: it reaches ${LIMIT_TEXT} in ${toDurationText(projectedAt.getTime() - now.getTime())} and the execution fails.`
          : `History holds ${execution.eventCount.toLocaleString('en-US')} of ${LIMIT_TEXT} events.`,
        evidence: [
          `${execution.eventCount.toLocaleString('en-US')} events since ${toInstantText(execution.startDate)}.`,
          ...(projectedAt ? [`Projected to hit the limit at ${toInstantText(projectedAt)}.`] : []),
          'At 24,999 events it can no longer be redriven either.',
        ],
        action: {
          label: 'Stop the loop that grows it, or move the repeated work into a child execution or a Distributed Map.',
          href: toExecutionReplayHref(execution.arn, lastEventId),
        },
        href: toExecutionPageHref(execution.arn),
      }),
    );
  }
  for (const machine of machines) {
    if (machine.type === 'EXPRESS' || !machine.largestHistory) continue;
    const { eventCount, executionArn, status } = machine.largestHistory;
    risks.push(
      toQuotaRisk({
        quota: 'history-events',
        scope: 'state-machine',
        severity: getQuotaSeverity(eventCount, MAX_HISTORY_EVENTS, null, thresholds, now),
        subjectArn: machine.arn,
        subjectName: machine.name,
        stateMachineName: machine.name,
        sourceName: machine.sourceName,
        value: eventCount,
        limit: MAX_HISTORY_EVENTS,
        unit: 'events',
        limitSource: 'quotas.md §1 (hard)',
        growthPerHour: null,
        projectedAt: null,
        reason: `Its largest recent history has ${eventCount.toLocaleString('en-US')} of ${LIMIT_TEXT} events.`,
        evidence: [`Largest in the last 30 days: ${executionArn.slice(executionArn.lastIndexOf(':') + 1)} (${status}).`],
        action: { label: 'Open that execution to see which states repeat.', href: toExecutionPageHref(executionArn) },
        href: toStateMachinePageHref(machine.arn),
      }),
    );
  }
  return risks;
}

/** Events per hour over the execution's last hour of activity; null when quiet for an hour or active for under 15 minutes. */
export function getRecentGrowthPerHour(execution: FindingExecution, now: Date): number | null {
  const last = execution.events.at(-1);
  if (!last || now.getTime() - last.timestamp.getTime() > HOUR_MS) return null;
  const windowStart = Math.max(execution.startDate.getTime(), last.timestamp.getTime() - HOUR_MS);
  const spanMs = last.timestamp.getTime() - windowStart;
  if (spanMs < MIN_GROWTH_SPAN_MS) return null;
  let count = 0;
  for (let i = execution.events.length - 1; i >= 0 && execution.events[i].timestamp.getTime() >= windowStart; i--) count++;
  return (count / spanMs) * HOUR_MS;
}
