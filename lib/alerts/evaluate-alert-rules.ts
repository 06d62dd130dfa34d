import type { QuotaRisk, StuckFinding } from '@/lib/analysis';
import { toExecutionListHref, toStateMachinePageHref } from '@/lib/analysis';
import { formatUsd, type BudgetForecast, type CostAnomaly } from '@/lib/cost';
import type { AlertMute, AlertRule, FailureGroupRow, MachineOutcomes } from '@/lib/db';
import { parseExecutionArn, toStateMachineArn } from '@/lib/model';
import type { AlertCandidate, MuteSubject } from './alert-candidate';
import { ALERT_RULE_KIND_FIELDS } from './alert-rule-schema';

/** What the detectors found, read once per evaluation; rules only filter and word it. */
export type AlertSignals = {
  stuck: StuckFinding[];
  risks: QuotaRisk[];
  /** Every failure group, with its first and last failure over all time. */
  failureGroups: FailureGroupRow[];
  /** Runs started in the last FAILURE_RATE_WINDOW_MS, by outcome, per machine. */
  outcomes: MachineOutcomes[];
  anomalies: CostAnomaly[];
  budgets: BudgetForecast[];
  /** Sources by name: where an account-level quota risk lives. */
  sources: { name: string; accountId: string | null; region: string | null }[];
  mutes: AlertMute[];
};

/** A failure group counts as new while its first failure is this recent. */
export const NEW_FAILURE_GROUP_WINDOW_MS = 24 * 3_600_000;
/** Failure rates are measured over the runs started this long ago. */
export const FAILURE_RATE_WINDOW_MS = 3_600_000;
/** Fewer finished runs than this in the window say nothing about a rate. */
export const FAILURE_RATE_MIN_RUNS = 5;

type Scope = { accountId: string | null; region: string | null; stateMachineArn: string | null };

/**
 * The alerts each enabled rule asks for now: its kind's detector results within its scope and over its
 * threshold, less muted subjects. Pure; the quiet period and the outbox are the caller's.
 */
export function evaluateAlertRules(rules: readonly AlertRule[], signals: AlertSignals, now: Date): AlertCandidate[] {
  const muted = new Set(signals.mutes.filter((mute) => mute.state === 'muted' && (mute.until === null || mute.until > now)).map((mute) => `${mute.subjectKind}|${mute.subjectKey}`));
  const isMuted = (subject: MuteSubject) => muted.has(`${subject.kind}|${subject.key}`);
  const sources = new Map(signals.sources.map((source) => [source.name, source]));
  const candidates: AlertCandidate[] = [];
  for (const rule of rules) {
    if (!rule.enabled) continue;
    const inScope = (scope: Scope) =>
      (rule.accountId === null || scope.accountId === rule.accountId) &&
      (rule.region === null || scope.region === rule.region) &&
      (rule.stateMachineArn === null || scope.stateMachineArn === rule.stateMachineArn);
    const threshold = rule.threshold ?? ALERT_RULE_KIND_FIELDS[rule.kind].threshold?.default ?? 0;
    const base = { ruleId: rule.id, ruleName: rule.name, kind: rule.kind, quietMs: rule.quietMinutes * 60_000 };

    switch (rule.kind) {
      case 'new-failure-group':
        for (const group of signals.failureGroups) {
          if (now.getTime() - group.firstSeen.getTime() > NEW_FAILURE_GROUP_WINDOW_MS || group.count < threshold) continue;
          if (!inScope(toMachineScope(group.stateMachineArn)) || isMuted({ kind: 'failure-group', key: group.groupKey })) continue;
          candidates.push({
            ...base,
            quietMs: null,
            subjectKey: group.groupKey,
            subjectName: `${group.stateMachineName}: ${group.error ?? 'no error'}${group.failedStateName ? ` in ${group.failedStateName}` : ''}`,
            severity: 'warning',
            title: `New failure group on ${group.stateMachineName}: ${group.error ?? 'no error'}${group.failedStateName ? ` in "${group.failedStateName}"` : ''}`,
            text: group.normalisedCause ? `Cause: ${group.normalisedCause}` : 'No cause was recorded.',
            facts: [
              { label: 'Failures', value: String(group.count) },
              { label: 'First seen', value: group.firstSeen.toISOString() },
              { label: 'Last seen', value: group.lastSeen.toISOString() },
            ],
            href: `/failures/${encodeURIComponent(group.groupKey)}`,
          });
        }
        break;
      case 'failure-rate':
        for (const machine of signals.outcomes) {
          if (machine.closed < FAILURE_RATE_MIN_RUNS) continue;
          const percent = (machine.failed / machine.closed) * 100;
          if (percent <= threshold || !inScope({ accountId: machine.accountId, region: machine.region, stateMachineArn: machine.stateMachineArn })) continue;
          candidates.push({
            ...base,
            subjectKey: machine.stateMachineArn,
            subjectName: machine.stateMachineName,
            severity: percent >= 50 ? 'critical' : 'warning',
            title: `${machine.stateMachineName}: ${percent.toFixed(0)}% of runs failed in the last hour (over ${threshold}%)`,
            text: `${machine.failed} of the ${machine.closed} runs started in the last hour and finished have failed, timed out or been aborted.`,
            facts: [
              { label: 'Failed', value: `${machine.failed} of ${machine.closed}` },
              { label: 'Threshold', value: `${threshold}%` },
            ],
            href: toExecutionListHref({ stateMachineArn: machine.stateMachineArn, status: 'FAILED' }),
          });
        }
        break;
      case 'stuck-critical':
        for (const finding of signals.stuck) {
          const key = toStuckSubjectKey(finding);
          if (finding.severity !== 'critical' || !inScope(toMachineScope(finding.stateMachineArn)) || isMuted({ kind: 'stuck', key })) continue;
          candidates.push({
            ...base,
            subjectKey: key,
            subjectName: `${finding.executionName} (${finding.rule})`,
            severity: 'critical',
            title: `Stuck: ${finding.reason}`,
            text: finding.evidence.join(' '),
            facts: [
              { label: 'Execution', value: finding.executionName },
              { label: 'State machine', value: finding.stateMachineName },
              { label: 'Since', value: finding.since.toISOString() },
              { label: 'Suggested', value: finding.action.label },
            ],
            href: finding.replayHref,
          });
        }
        break;
      case 'quota-critical':
        for (const risk of signals.risks) {
          const scope = risk.scope === 'account' ? { ...(sources.get(risk.sourceName) ?? { accountId: null, region: null }), stateMachineArn: null } : toMachineScope(risk.subjectArn);
          if (risk.severity !== 'critical' || !inScope(scope) || isMuted({ kind: 'quota', key: risk.id })) continue;
          candidates.push({
            ...base,
            subjectKey: risk.id,
            subjectName: `${risk.quota}: ${risk.subjectName}`,
            severity: 'critical',
            title: `Quota: ${risk.reason}`,
            text: risk.evidence.join(' '),
            facts: [
              { label: 'Quota', value: risk.quota },
              { label: 'Used', value: `${risk.usedPercent}%` },
              { label: 'Suggested', value: risk.action.label },
            ],
            href: risk.href,
          });
        }
        break;
      case 'cost-anomaly':
        for (const anomaly of signals.anomalies) {
          if (anomaly.ratio < threshold || !inScope({ accountId: anomaly.accountId, region: anomaly.region, stateMachineArn: anomaly.stateMachineArn })) continue;
          const loop = signals.stuck.find((finding) => finding.rule === 'loop' && finding.stateMachineArn === anomaly.stateMachineArn);
          candidates.push({
            ...base,
            subjectKey: anomaly.stateMachineArn,
            subjectName: anomaly.stateMachineName,
            severity: 'warning',
            title: `Cost anomaly on ${anomaly.stateMachineName}: ${anomaly.reason}`,
            text: loop ? `A loop is behind it: ${loop.reason}` : 'No stuck loop was found behind it; check what started more runs.',
            facts: [
              { label: 'Last 24 h', value: `${anomaly.last24hTransitions.toLocaleString('en-US')} transitions` },
              { label: 'Trailing daily', value: `${Math.round(anomaly.trailingDailyTransitions).toLocaleString('en-US')} transitions` },
            ],
            href: loop ? loop.replayHref : toStateMachinePageHref(anomaly.stateMachineArn),
          });
        }
        break;
      case 'budget-forecast':
        for (const budget of signals.budgets) {
          if (budget.forecastPicoUsd === null || budget.usedPercent === null || budget.usedPercent < threshold) continue;
          // A budget has no region: a rule scoped to one region does not watch budgets.
          if (rule.region !== null || !inScope({ accountId: budget.accountId, region: null, stateMachineArn: budget.stateMachineArn })) continue;
          candidates.push({
            ...base,
            subjectKey: `${budget.scope}:${budget.subject}`,
            subjectName: budget.subjectName,
            severity: budget.usedPercent >= 100 ? 'critical' : 'warning',
            title: `Budget: ${budget.subjectName} is forecast at ${formatUsd(budget.forecastPicoUsd)} this month, ${budget.usedPercent}% of its ${formatUsd(budget.budgetPicoUsd)} budget`,
            text: `${formatUsd(budget.monthToDatePicoUsd)} so far. ${budget.method}`,
            facts: [
              { label: 'Forecast', value: formatUsd(budget.forecastPicoUsd) },
              { label: 'Budget', value: formatUsd(budget.budgetPicoUsd) },
            ],
            href: '/costs',
          });
        }
        break;
    }
  }
  return candidates;
}

/** A stuck finding's subject: its execution and rule, not the event (a loop's event moves on as it loops). */
export function toStuckSubjectKey(finding: { executionArn: string; rule: string }): string {
  return `${finding.executionArn}#${finding.rule}`;
}

/** Account, region and machine of a state machine or execution ARN (arn:aws:states:<region>:<account>:…). */
function toMachineScope(arn: string): Scope {
  const execution = parseExecutionArn(arn);
  if (execution) return { accountId: execution.accountId, region: execution.region, stateMachineArn: toStateMachineArn(execution) };
  const parts = arn.split(':');
  return { accountId: parts[4] || null, region: parts[3] || null, stateMachineArn: arn };
}
