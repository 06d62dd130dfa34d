import Link from 'next/link';
import type { AuditEntry } from '@/lib/db';
import { isExecutionArn } from '@/lib/model';
import { toExecutionHref } from '../execution-search';
import { TimeAgo } from '../time-ago';

const OUTCOME_CLASS: Record<string, string> = { SUCCEEDED: 'status-SUCCEEDED', PARTIAL: 'status-TIMED_OUT', FAILED: 'status-FAILED' };

/** Audit entries, each expandable to its parameters and per-target results. */
export function AuditTable({ entries, now, expandFirst }: { entries: AuditEntry[]; now: Date; expandFirst: boolean }) {
  if (entries.length === 0) return <div className="empty panel panel-body">No audit entries match.</div>;
  return (
    <section className="panel">
      <table className="table" data-testid="audit-entries">
        <thead>
          <tr>
            <th>#</th>
            <th>When</th>
            <th>Who</th>
            <th>Action</th>
            <th>Outcome</th>
            <th>What</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, index) => {
            const failed = entry.results.filter((result) => !result.ok).length;
            return (
              <tr key={entry.id} data-testid="audit-entry" data-audit-id={entry.id} data-action={entry.action} data-outcome={entry.outcome}>
                <td className="num">
                  <Link href={`/audit?id=${entry.id}`}>{entry.id}</Link>
                </td>
                <td>
                  <TimeAgo date={entry.at} now={now} />
                </td>
                <td data-testid="audit-actor">{entry.actor}</td>
                <td>{entry.action}</td>
                <td>
                  <span className={`badge ${OUTCOME_CLASS[entry.outcome] ?? ''}`}>{entry.outcome}</span>
                </td>
                <td>
                  <details open={expandFirst && index === 0}>
                    <summary>
                      {entry.targets.length} target{entry.targets.length === 1 ? '' : 's'}
                      {entry.results.length ? ` · ${entry.results.length - failed} ok, ${failed} failed` : ''}
                      {typeof entry.params?.skippedCount === 'number' && entry.params.skippedCount > 0 ? ` · ${entry.params.skippedCount} skipped` : ''}
                    </summary>
                    {entry.results.length ? (
                      <table className="table" data-testid="audit-results">
                        <tbody>
                          {entry.results.map((result) => (
                            <tr key={result.target} data-target={result.target} data-ok={result.ok}>
                              <td className={result.ok ? 'result-ok' : 'result-failed'}>{result.ok ? '✓' : '✗'}</td>
                              <td className="mono">
                                {isExecutionArn(result.target) ? <Link href={toExecutionHref(result.target)}>{result.target.split(':').at(-1)}</Link> : result.target}
                              </td>
                              <td>{result.message}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    ) : null}
                    {entry.params ? <pre className="json-pre">{JSON.stringify(entry.params, null, 2)}</pre> : null}
                  </details>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
