import Link from 'next/link';
import { toDurationText, type StuckFinding } from '@/lib/analysis';
import { MuteBadge } from '../alerts/mute-badge';
import { SubjectMuteForm, type MuteView } from '../alerts/subject-mute-form';
import type { AlertFormAction } from '../alerts/form-state';
import { STUCK_RULE_LABELS } from './format-quota-value';
import { SeverityBadge } from './severity-badge';
import styles from './findings.module.css';

/** Stuck runs: why, the evidence, for how long, and what to do; each opens the replay at the stuck point. */
export function StuckFindingList({
  findings,
  compact = false,
  mutes,
}: {
  findings: StuckFinding[];
  compact?: boolean;
  /** Acknowledgements and mutes by subject key, and the action that changes them (absent: shown read-only). */
  mutes?: { views: Map<string, MuteView>; action: AlertFormAction; canSave: boolean };
}) {
  if (findings.length === 0) return <p className="empty">No running execution looks stuck.</p>;
  return (
    <ul className={styles.list} data-testid="stuck-findings">
      {findings.map((finding) => {
        // The alerts' subject for a stuck run: its execution and rule (lib/alerts toStuckSubjectKey).
        const subjectKey = `${finding.executionArn}#${finding.rule}`;
        const mute = mutes?.views.get(subjectKey) ?? null;
        return (
        <li key={finding.id} className={`${styles.finding} ${compact ? styles.compact : ''}`} data-severity={finding.severity} data-rule={finding.rule} data-execution-arn={finding.executionArn}>
          <div>
            <div className={styles.head}>
              <SeverityBadge severity={finding.severity} />
              <span className="tag">{STUCK_RULE_LABELS[finding.rule]}</span>
              <Link href={finding.replayHref} className="mono" data-testid="stuck-open">
                {finding.executionName}
              </Link>
              <span className="subtle">{finding.stateMachineName}</span>
              {finding.stateName && <span className="subtle">· in “{finding.stateName}”</span>}
              <MuteBadge mute={mute} />
            </div>
            <p className={styles.reason}>{finding.reason}</p>
            {!compact && finding.evidence.length > 0 && (
              <ul className={styles.evidence}>
                {finding.evidence.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
          </div>
          <div className={styles.side}>
            <span className={styles.duration} title={`since ${finding.since.toISOString()}`}>
              {toDurationText(finding.durationMs)}
            </span>
            <Link href={finding.replayHref} className="button button-small">
              Open at stuck point
            </Link>
          </div>
          {!compact && (
            <div className={styles.action}>
              <strong>Suggested:</strong> <Link href={finding.action.href}>{finding.action.label}</Link>
              {mutes && (
                <SubjectMuteForm subjectKind="stuck" subjectKey={subjectKey} label={`${finding.executionName} (${finding.rule})`} current={mute} action={mutes.action} canSave={mutes.canSave} />
              )}
            </div>
          )}
        </li>
        );
      })}
    </ul>
  );
}
