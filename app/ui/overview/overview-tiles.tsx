import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Findings } from '@/lib/analysis';
import { CLOSED_FAILURE_STATUSES, EXECUTION_STATUSES, type ExecutionStatusCounts } from '@/lib/model';
import { AnalysisWarnings } from '../findings/analysis-warnings';
import { QuotaRiskTable } from '../findings/quota-risk-table';
import { StuckFindingList } from '../findings/stuck-finding-list';
import { getStatusLabel } from '../status-badge';
import { FailureRateChart, type FailureRatePoint } from './failure-rate-chart';
import styles from './overview.module.css';

const TOP = 5;

export function Tile({ title, href, linkLabel, wide, children, testId }: { title: string; href: string; linkLabel: string; wide?: boolean; children: ReactNode; testId: string }) {
  return (
    <section className={`${styles.tile} ${wide ? styles.wide : ''}`} aria-label={title} data-testid={testId}>
      <div className={styles.tileHeader}>
        <h2>{title}</h2>
        <Link href={href}>{linkLabel} →</Link>
      </div>
      {children}
    </section>
  );
}

function Figure({ label, value, tone, href }: { label: string; value: number; tone?: 'critical' | 'warning'; href?: string }) {
  const text = <span className={`${styles.figureValue} ${tone === 'critical' ? styles.figureCritical : tone === 'warning' ? styles.figureWarning : ''}`}>{value.toLocaleString('en-US')}</span>;
  return (
    <div className={styles.figure} data-figure={label}>
      <span className="count-card-label">{label.toUpperCase()}</span>
      {href ? <Link href={href}>{text}</Link> : text}
    </div>
  );
}

export async function StatusCountsTile({ counts }: { counts: Promise<ExecutionStatusCounts> }) {
  const resolved = await counts;
  const total = EXECUTION_STATUSES.reduce((sum, status) => sum + resolved[status], 0);
  return (
    <nav className="counts" aria-label="Executions by status">
      <Link href="/executions" className="count-card">
        <span className="count-card-label">ALL</span>
        <span className="count-card-value">{total.toLocaleString('en-US')}</span>
      </Link>
      {EXECUTION_STATUSES.filter((status) => status !== 'PENDING_REDRIVE' || resolved[status] > 0).map((status) => (
        <Link key={status} href={`/executions?status=${status}`} className={`count-card count-${status}`} data-status-count={status}>
          <span className="count-card-label">{getStatusLabel(status).toUpperCase()}</span>
          <span className="count-card-value">{resolved[status].toLocaleString('en-US')}</span>
        </Link>
      ))}
    </nav>
  );
}

export async function FailureRateTile({ days }: { days: Promise<{ days: { day: string; total: number; byStatus: Partial<Record<string, number>> }[]; capped: boolean }> }) {
  const { days: rows, capped } = await days;
  const points: (FailureRatePoint & { closed: number })[] = rows.map((row) => {
    const failed = CLOSED_FAILURE_STATUSES.reduce((sum, status) => sum + (row.byStatus[status] ?? 0), 0);
    const closed = row.total - (row.byStatus.RUNNING ?? 0);
    return { day: row.day, total: row.total, closed, failed, failureRatePercent: closed > 0 ? (failed / closed) * 100 : null };
  });
  const total = points.reduce((sum, point) => sum + point.total, 0);
  const closed = points.reduce((sum, point) => sum + point.closed, 0);
  const failed = points.reduce((sum, point) => sum + point.failed, 0);
  return (
    <>
      <div className={styles.figures}>
        <Figure label="Started (30 d)" value={total} />
        <Figure label="Failed, timed out or aborted" value={failed} tone={failed > 0 ? 'critical' : undefined} href="/executions?status=FAILED&status=TIMED_OUT&status=ABORTED" />
        <div className={styles.figure}>
          <span className="count-card-label">FAILURE RATE (OF CLOSED)</span>
          <span className={styles.figureValue} data-testid="failure-rate">
            {closed > 0 ? `${((failed / closed) * 100).toFixed(1)}%` : '—'}
          </span>
        </div>
      </div>
      <FailureRateChart points={points} />
      {capped && <p className="faint">Only the newest 500,000 executions are counted.</p>}
    </>
  );
}

export async function StuckTile({ findings }: { findings: Promise<Findings> }) {
  const { stuck } = await findings;
  const executions = new Set(stuck.map((finding) => finding.executionArn));
  const critical = new Set(stuck.filter((finding) => finding.severity === 'critical').map((finding) => finding.executionArn));
  return (
    <>
      <div className={styles.figures}>
        <Figure label="Stuck runs" value={executions.size} tone={critical.size ? 'critical' : executions.size ? 'warning' : undefined} href="/stuck" />
        <Figure label="Critical" value={critical.size} tone={critical.size ? 'critical' : undefined} href="/stuck?severity=critical" />
        <Figure label="Findings" value={stuck.length} />
      </div>
      <StuckFindingList findings={stuck.slice(0, TOP)} compact />
    </>
  );
}

export async function RisksTile({ findings, now }: { findings: Promise<Findings>; now: Date }) {
  const { risks, warnings } = await findings;
  const open = risks.filter((risk) => risk.severity !== 'ok');
  const critical = open.filter((risk) => risk.severity === 'critical').length;
  return (
    <>
      <div className={styles.figures}>
        <Figure label="Quota risks" value={open.length} tone={critical ? 'critical' : open.length ? 'warning' : undefined} href="/quotas" />
        <Figure label="Critical" value={critical} tone={critical ? 'critical' : undefined} href="/quotas?severity=critical" />
        <Figure label="Measured" value={risks.length} href="/quotas?severity=all" />
      </div>
      {open.length ? <QuotaRiskTable risks={open.slice(0, TOP)} now={now} compact /> : <p className="empty">Every measured quota is within its limit.</p>}
      <AnalysisWarnings warnings={warnings} />
    </>
  );
}
