import Link from 'next/link';
import type { ExecutionSummary, Page } from '@/lib/model';
import { toExecutionHref, toExecutionsHref, toStateMachineHref, type ExecutionSearch } from './execution-search';
import { formatDuration } from './format-duration';
import { StatusBadge } from './status-badge';
import { TimeAgo } from './time-ago';

/** A page of executions with keyset previous/next links. Without `search`, no pager (an embedded list). */
export async function ExecutionTable({
  page,
  now,
  search,
  showMachine = true,
}: {
  page: Promise<Page<ExecutionSummary>>;
  now: Date;
  search?: ExecutionSearch;
  showMachine?: boolean;
}) {
  const { items, nextCursor, prevCursor } = await page;
  return (
    <div className="panel">
      {items.length === 0 ? (
        <div className="empty">No executions match these filters.</div>
      ) : (
        <table className="table" data-testid="executions-table">
          <thead>
            <tr>
              <th>Status</th>
              <th>Execution</th>
              {showMachine && <th>State machine</th>}
              <th>Started</th>
              <th className="num">Duration</th>
              <th>Error</th>
            </tr>
          </thead>
          <tbody>
            {items.map((execution) => (
              <tr key={execution.id} data-execution-arn={execution.arn}>
                <td>
                  <StatusBadge status={execution.status} />
                </td>
                <td>
                  <Link href={toExecutionHref(execution.arn)} className="mono break">
                    {execution.name}
                  </Link>
                </td>
                {showMachine && (
                  <td>
                    <Link href={toStateMachineHref(execution.stateMachineArn)}>{execution.stateMachineName}</Link>
                  </td>
                )}
                <td>
                  <TimeAgo date={execution.startDate} now={now} />
                </td>
                <td className="num">
                  {execution.durationMs === null ? (
                    <span className="faint" title="Running">
                      {formatDuration(now.getTime() - execution.startDate.getTime())}…
                    </span>
                  ) : (
                    formatDuration(execution.durationMs)
                  )}
                </td>
                <td>
                  {execution.error ? (
                    <span className="truncate" title={execution.cause ?? execution.error}>
                      <span className="mono" style={{ color: 'var(--failed)' }}>
                        {execution.error}
                      </span>
                      {execution.failedStateName && <span className="faint"> in {execution.failedStateName}</span>}
                    </span>
                  ) : (
                    <span className="faint">—</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {search && (prevCursor || nextCursor) && (
        <div className="pager">
          <span>{items.length} on this page</span>
          <span className="row">
            <PagerLink href={prevCursor ? toExecutionsHref(search, { before: prevCursor, after: null }) : null} rel="prev">
              ← Previous
            </PagerLink>
            <PagerLink href={nextCursor ? toExecutionsHref(search, { after: nextCursor, before: null }) : null} rel="next">
              Next →
            </PagerLink>
          </span>
        </div>
      )}
    </div>
  );
}

function PagerLink({ href, rel, children }: { href: string | null; rel: string; children: string }) {
  if (!href) {
    return (
      <span className="button button-small" aria-disabled="true">
        {children}
      </span>
    );
  }
  return (
    <Link href={href} rel={rel} className="button button-small">
      {children}
    </Link>
  );
}
