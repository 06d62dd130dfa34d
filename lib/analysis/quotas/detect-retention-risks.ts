import { HISTORY_RETENTION_MS, type ClosingExecution } from '@/lib/model';
import type { FindingThresholds } from '../stuck/finding-thresholds';
import type { QuotaRisk } from '../stuck/finding-types';
import { toDurationText, toInstantText } from '../stuck/to-duration-text';
import { toExecutionListHref, toExecutionPageHref } from '../stuck/to-finding-href';
import { toQuotaRisk } from './to-quota-risk';

const DAY_MS = 86_400_000;

/**
 * Executions whose history AWS deletes 90 days after they closed (quotas.md §1). Statescope keeps what it
 * synced, so a complete copy is safe (one row per machine) and an incomplete one needs a sync first.
 */
export function detectRetentionRisks(closing: readonly ClosingExecution[], thresholds: FindingThresholds, now: Date): QuotaRisk[] {
  const risks: QuotaRisk[] = [];
  const safeByMachine = new Map<string, ClosingExecution[]>();
  for (const execution of closing) {
    // Local engine runs never lived on AWS.
    if (execution.sourceKind === 'LOCAL' || execution.stateMachineType === 'EXPRESS') continue;
    const expiresAt = execution.stopDate.getTime() + HISTORY_RETENTION_MS;
    const remainingMs = expiresAt - now.getTime();
    if (remainingMs <= 0 || remainingMs > thresholds.retentionWarnDays * DAY_MS) continue;
    if (execution.historyComplete) {
      safeByMachine.set(execution.stateMachineArn, [...(safeByMachine.get(execution.stateMachineArn) ?? []), execution]);
      continue;
    }
    risks.push(
      toQuotaRisk({
        quota: 'history-retention',
        scope: 'execution',
        severity: 'warning',
        subjectArn: execution.arn,
        subjectName: execution.name,
        stateMachineName: execution.stateMachineName,
        sourceName: execution.sourceName,
        value: now.getTime() - execution.stopDate.getTime(),
        limit: HISTORY_RETENTION_MS,
        unit: 'ms',
        limitSource: 'quotas.md §1 (AWS keeps closed histories 90 days)',
        growthPerHour: 3_600_000,
        projectedAt: new Date(expiresAt),
        reason: `AWS deletes its history in ${toDurationText(remainingMs)} and Statescope's copy is incomplete (${execution.eventCount} events stored).`,
        evidence: [`Closed ${toInstantText(execution.stopDate)}; AWS keeps the history until ${toInstantText(new Date(expiresAt))}.`],
        action: { label: 'Sync this execution before then: Statescope keeps only what it has synced.', href: toExecutionPageHref(execution.arn) },
        href: toExecutionPageHref(execution.arn),
      }),
    );
  }
  for (const [stateMachineArn, executions] of safeByMachine) {
    const first = executions.reduce((a, b) => (a.stopDate < b.stopDate ? a : b));
    const expiresAt = new Date(first.stopDate.getTime() + HISTORY_RETENTION_MS);
    risks.push(
      toQuotaRisk({
        quota: 'history-retention',
        scope: 'state-machine',
        severity: 'ok',
        subjectArn: stateMachineArn,
        subjectName: first.stateMachineName,
        stateMachineName: first.stateMachineName,
        sourceName: first.sourceName,
        value: now.getTime() - first.stopDate.getTime(),
        limit: HISTORY_RETENTION_MS,
        unit: 'ms',
        limitSource: 'quotas.md §1 (AWS keeps closed histories 90 days)',
        growthPerHour: null,
        projectedAt: expiresAt,
        reason: `${executions.length} execution(s) leave AWS's 90-day retention within ${thresholds.retentionWarnDays} days; Statescope keeps its complete copies.`,
        evidence: [`The first expires ${toInstantText(expiresAt)} (${first.name}).`],
        action: { label: 'Nothing to do: their histories stay readable here.', href: toExecutionListHref({ stateMachineArn }) },
        href: toExecutionListHref({ stateMachineArn }),
      }),
    );
  }
  return risks;
}
