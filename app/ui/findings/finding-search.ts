import { QUOTA_NAMES, QUOTA_SCOPES, STUCK_RULES, type FindingSeverity, type QuotaName, type QuotaRisk, type QuotaScope, type StuckFinding, type StuckRule } from '@/lib/analysis';

export type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
const oneOf = <T extends string>(value: string, allowed: readonly T[]): T | '' => ((allowed as readonly string[]).includes(value) ? (value as T) : '');
const SEVERITY_RANK: Record<FindingSeverity, number> = { critical: 0, warning: 1, ok: 2 };

export const STUCK_SORTS = ['severity', 'longest', 'newest'] as const;
export type StuckSearch = { rule: StuckRule | ''; severity: FindingSeverity | ''; machine: string; sort: (typeof STUCK_SORTS)[number] };

/** /stuck's query string, cleaned: a hand-edited URL falls back to defaults instead of failing. */
export function parseStuckSearch(params: SearchParams): StuckSearch {
  return {
    rule: oneOf(first(params.rule), STUCK_RULES),
    severity: oneOf(first(params.severity), ['critical', 'warning'] as const),
    machine: first(params.machine).slice(0, 256),
    sort: oneOf(first(params.sort), STUCK_SORTS) || 'severity',
  };
}

export function filterStuckFindings(findings: readonly StuckFinding[], search: StuckSearch): StuckFinding[] {
  const kept = findings.filter(
    (finding) =>
      (!search.rule || finding.rule === search.rule) &&
      (!search.severity || finding.severity === search.severity) &&
      (!search.machine || finding.stateMachineArn === search.machine),
  );
  const bySort = {
    severity: (a: StuckFinding, b: StuckFinding) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.durationMs - a.durationMs,
    longest: (a: StuckFinding, b: StuckFinding) => b.durationMs - a.durationMs,
    newest: (a: StuckFinding, b: StuckFinding) => b.since.getTime() - a.since.getTime(),
  }[search.sort];
  return kept.sort(bySort);
}

export const QUOTA_SORTS = ['severity', 'soonest', 'used'] as const;
export type QuotaSearch = {
  quota: QuotaName | '';
  scope: QuotaScope | '';
  severity: FindingSeverity | 'risks' | '';
  sort: (typeof QUOTA_SORTS)[number];
};

/** /quotas's query string; by default risks only (critical and warning), `severity=all` shows every measurement. */
export function parseQuotaSearch(params: SearchParams): QuotaSearch {
  const severity = first(params.severity);
  return {
    quota: oneOf(first(params.quota), QUOTA_NAMES),
    scope: oneOf(first(params.scope), QUOTA_SCOPES),
    severity: severity === 'all' ? '' : oneOf(severity, ['critical', 'warning', 'ok'] as const) || 'risks',
    sort: oneOf(first(params.sort), QUOTA_SORTS) || 'severity',
  };
}

export function filterQuotaRisks(risks: readonly QuotaRisk[], search: QuotaSearch): QuotaRisk[] {
  const kept = risks.filter(
    (risk) =>
      (!search.quota || risk.quota === search.quota) &&
      (!search.scope || risk.scope === search.scope) &&
      (search.severity === '' || (search.severity === 'risks' ? risk.severity !== 'ok' : risk.severity === search.severity)),
  );
  const soonest = (risk: QuotaRisk) => risk.projectedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const bySort = {
    severity: (a: QuotaRisk, b: QuotaRisk) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || soonest(a) - soonest(b) || b.usedPercent - a.usedPercent,
    soonest: (a: QuotaRisk, b: QuotaRisk) => soonest(a) - soonest(b) || b.usedPercent - a.usedPercent,
    used: (a: QuotaRisk, b: QuotaRisk) => b.usedPercent - a.usedPercent,
  }[search.sort];
  return kept.sort(bySort);
}
