import Link from 'next/link';
import { MuteBadge } from '../alerts/mute-badge';
import { SubjectMuteForm, type MuteView } from '../alerts/subject-mute-form';
import type { AlertFormAction } from '../alerts/form-state';
import { toDurationText, type QuotaRisk } from '@/lib/analysis';
import { formatQuotaValue, QUOTA_LABELS } from './format-quota-value';
import { SeverityBadge } from './severity-badge';
import styles from './findings.module.css';

/** Quota risks with limit, current value, margin and projected time to the limit. */
export function QuotaRiskTable({
  risks,
  now,
  compact = false,
  mutes,
}: {
  risks: QuotaRisk[];
  now: Date;
  compact?: boolean;
  /** Acknowledgements and mutes by risk id, and the action that changes them (absent: shown read-only). */
  mutes?: { views: Map<string, MuteView>; action: AlertFormAction; canSave: boolean };
}) {
  if (risks.length === 0) return <p className="empty">Nothing measured matches.</p>;
  return (
    <div className="panel">
      <table className="table" data-testid="quota-risks">
        <thead>
          <tr>
            <th>Severity</th>
            <th>Quota</th>
            <th>Subject</th>
            {!compact && <th className="num">Current</th>}
            {!compact && <th className="num">Limit</th>}
            {!compact && <th className="num">Margin</th>}
            <th>Used</th>
            <th>Hits limit</th>
            {!compact && <th>Why, and what to do</th>}
          </tr>
        </thead>
        <tbody>
          {risks.map((risk) => (
            <tr key={risk.id} data-quota={risk.quota} data-scope={risk.scope} data-severity={risk.severity}>
              <td>
                <SeverityBadge severity={risk.severity} />
              </td>
              <td className="nowrap">
                {QUOTA_LABELS[risk.quota]}
                <div className="faint">{risk.scope}</div>
              </td>
              <td className="break">
                <Link href={risk.href} className={risk.scope === 'account' ? undefined : 'mono'}>
                  {risk.subjectName}
                </Link>
                {risk.scope === 'execution' && risk.stateMachineName && <div className="faint">{risk.stateMachineName}</div>}
                <MuteBadge mute={mutes?.views.get(risk.id) ?? null} />
              </td>
              {!compact && <td className="num nowrap">{formatQuotaValue(risk.value, risk.unit)}</td>}
              {!compact && (
                <td className="num nowrap" title={risk.limitSource}>
                  {formatQuotaValue(risk.limit, risk.unit)}
                </td>
              )}
              {!compact && <td className="num nowrap">{formatQuotaValue(Math.max(0, risk.margin), risk.unit)}</td>}
              <td>
                <div className={styles.meter} title={`${risk.usedPercent}%`}>
                  <div className={styles.meterFill} data-severity={risk.severity} style={{ width: `${Math.min(100, risk.usedPercent)}%` }} />
                </div>
                <span className="faint">
                  {risk.usedPercent}%{compact && ` · ${formatQuotaValue(risk.value, risk.unit)} of ${formatQuotaValue(risk.limit, risk.unit)}`}
                </span>
              </td>
              <td className="nowrap">
                {risk.projectedAt ? (
                  risk.projectedAt.getTime() <= now.getTime() ? 'reached' : `in ${toDurationText(risk.projectedAt.getTime() - now.getTime())}`
                ) : (
                  <span className="faint">—</span>
                )}
              </td>
              {!compact && (
                <td>
                  <div>{risk.reason}</div>
                  {risk.evidence.length > 0 && <div className="faint">{risk.evidence.join(' ')}</div>}
                  <div>
                    <Link href={risk.action.href}>{risk.action.label}</Link>
                  </div>
                  <div className="faint">Limit: {risk.limitSource}</div>
                  {mutes && risk.severity !== 'ok' && (
                    <SubjectMuteForm subjectKind="quota" subjectKey={risk.id} label={`${risk.quota} of ${risk.subjectName}`} current={mutes.views.get(risk.id) ?? null} action={mutes.action} canSave={mutes.canSave} />
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
