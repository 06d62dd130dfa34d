import { MAX_REDRIVABLE_HISTORY_EVENTS, REDRIVE_WINDOW_MS, type ClosingExecution } from '@/lib/model';
import type { FindingThresholds } from '../stuck/finding-thresholds';
import type { QuotaRisk } from '../stuck/finding-types';
import { toDurationText, toInstantText } from '../stuck/to-duration-text';
import { toExecutionPageHref } from '../stuck/to-finding-href';
import { toQuotaRisk } from './to-quota-risk';

const DAY_MS = 86_400_000;

/**
 * Failed, timed-out or aborted Standard executions not redriven since they closed, whose 14-day redrive
 * window (quotas.md §1) closes within the warning period.
 */
export function detectRedriveRisks(closing: readonly ClosingExecution[], thresholds: FindingThresholds, now: Date): QuotaRisk[] {
  const risks: QuotaRisk[] = [];
  for (const execution of closing) {
    if (!['FAILED', 'TIMED_OUT', 'ABORTED'].includes(execution.status) || execution.stateMachineType === 'EXPRESS') continue;
    if (execution.redriveStatus === 'NOT_REDRIVABLE' || execution.redriveStatus === 'REDRIVABLE_BY_MAP_RUN') continue;
    if (execution.redriveDate && execution.redriveDate.getTime() >= execution.stopDate.getTime()) continue;
    if (execution.eventCount >= MAX_REDRIVABLE_HISTORY_EVENTS) continue;
    const closesAt = new Date(execution.stopDate.getTime() + REDRIVE_WINDOW_MS);
    const remainingMs = closesAt.getTime() - now.getTime();
    if (remainingMs <= 0 || remainingMs > thresholds.redriveWarnDays * DAY_MS) continue;
    const valueMs = now.getTime() - execution.stopDate.getTime();
    risks.push(
      toQuotaRisk({
        quota: 'redrive-window',
        scope: 'execution',
        severity: remainingMs <= DAY_MS ? 'critical' : 'warning',
        subjectArn: execution.arn,
        subjectName: execution.name,
        stateMachineName: execution.stateMachineName,
        sourceName: execution.sourceName,
        value: valueMs,
        limit: REDRIVE_WINDOW_MS,
        unit: 'ms',
        limitSource: 'quotas.md §1 (hard)',
        growthPerHour: 3_600_000,
        projectedAt: closesAt,
        reason: `${execution.status} ${toDurationText(valueMs)} ago and not redriven: it can be redriven for ${toDurationText(remainingMs)} more.`,
        evidence: [
          `Closed ${toInstantText(execution.stopDate)}; the redrive window closes ${toInstantText(closesAt)}.`,
          ...(execution.redriveCount > 0 ? [`Redriven ${execution.redriveCount} time(s) before; it failed again since.`] : []),
        ],
        action: { label: 'Redrive it now if its work still matters, or mark it handled.', href: toExecutionPageHref(execution.arn) },
        href: toExecutionPageHref(execution.arn),
      }),
    );
  }
  return risks;
}
