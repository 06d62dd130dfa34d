import { MAX_EXPRESS_EXECUTION_MS, MAX_STANDARD_EXECUTION_MS, type FindingExecution, type FindingStateMachine } from '@/lib/model';
import type { FindingThresholds } from '../stuck/finding-thresholds';
import type { QuotaRisk } from '../stuck/finding-types';
import { getDefinitionIndex } from '../stuck/get-definition-index';
import { getDurationBaseline } from '../stuck/get-duration-baseline';
import { toDurationText, toInstantText } from '../stuck/to-duration-text';
import { toExecutionPageHref, toStateMachinePageHref } from '../stuck/to-finding-href';
import { getQuotaSeverity, toQuotaRisk } from './to-quota-risk';

/** The tighter of the type's maximum (quotas.md §1) and the machine's own TimeoutSeconds. */
export function getDurationLimit(type: string, definition: string | null): { limitMs: number; source: string } {
  const typeMax = type === 'EXPRESS' ? MAX_EXPRESS_EXECUTION_MS : MAX_STANDARD_EXECUTION_MS;
  const timeoutSeconds = getDefinitionIndex(definition).value?.timeoutSeconds ?? null;
  if (timeoutSeconds !== null && timeoutSeconds * 1000 < typeMax) return { limitMs: timeoutSeconds * 1000, source: `TimeoutSeconds ${timeoutSeconds} in the definition` };
  return { limitMs: typeMax, source: `${type === 'EXPRESS' ? 'Express 5-minute' : 'Standard 1-year'} maximum (quotas.md §1, hard)` };
}

/**
 * Run time against the Standard/Express maximum and the machine's TimeoutSeconds: running executions close
 * to it (time grows an hour per hour, so the hit is exactly predictable), and each machine's longest runs.
 */
export function detectDurationRisks(
  running: readonly FindingExecution[],
  machines: readonly FindingStateMachine[],
  thresholds: FindingThresholds,
  now: Date,
): QuotaRisk[] {
  const risks: QuotaRisk[] = [];
  for (const execution of running) {
    const { limitMs, source } = getDurationLimit(execution.stateMachineType, execution.definition);
    const valueMs = now.getTime() - execution.startDate.getTime();
    const projectedAt = new Date(execution.startDate.getTime() + limitMs);
    // Time always reaches the limit: judge by the share used, not by the projection alone.
    const severity = getQuotaSeverity(valueMs, limitMs, null, thresholds, now);
    if (severity === 'ok') continue;
    risks.push(
      toQuotaRisk({
        quota: 'execution-duration',
        scope: 'execution',
        severity,
        subjectArn: execution.arn,
        subjectName: execution.name,
        stateMachineName: execution.stateMachineName,
        sourceName: execution.sourceName,
        value: valueMs,
        limit: limitMs,
        unit: 'ms',
        limitSource: source,
        growthPerHour: 3_600_000,
        projectedAt,
        reason: `Running ${toDurationText(valueMs)} of ${toDurationText(limitMs)}: it times out with States.Timeout at ${toInstantText(projectedAt)}.`,
        evidence: [`Started ${toInstantText(execution.startDate)}; limit from the ${source}.`],
        action: { label: 'Finish or stop it before it times out, or raise TimeoutSeconds if the run is legitimately long.', href: toExecutionPageHref(execution.arn) },
        href: toExecutionPageHref(execution.arn),
      }),
    );
  }
  for (const machine of machines) {
    const { limitMs, source } = getDurationLimit(machine.type, machine.definition);
    const baseline = getDurationBaseline(machine.successDurationsMs, 1);
    const longest = machine.longestRun;
    const valueMs = Math.max(longest?.durationMs ?? 0, baseline?.p99Ms ?? 0);
    if (valueMs === 0) continue;
    risks.push(
      toQuotaRisk({
        quota: 'execution-duration',
        scope: 'state-machine',
        severity: getQuotaSeverity(valueMs, limitMs, null, thresholds, now),
        subjectArn: machine.arn,
        subjectName: machine.name,
        stateMachineName: machine.name,
        sourceName: machine.sourceName,
        value: valueMs,
        limit: limitMs,
        unit: 'ms',
        limitSource: source,
        growthPerHour: null,
        projectedAt: null,
        reason: `Its longest recent run took ${toDurationText(valueMs)} of the ${toDurationText(limitMs)} allowed.`,
        evidence: [
          ...(longest ? [`Longest in the last 30 days: ${toDurationText(longest.durationMs)} (${longest.status}).`] : []),
          ...(baseline ? [`p99 of ${baseline.sampleSize} successful runs: ${toDurationText(baseline.p99Ms)}.`] : []),
        ],
        action: longest
          ? { label: 'Open the longest run.', href: toExecutionPageHref(longest.executionArn) }
          : { label: 'Open the state machine.', href: toStateMachinePageHref(machine.arn) },
        href: toStateMachinePageHref(machine.arn),
      }),
    );
  }
  return risks;
}
