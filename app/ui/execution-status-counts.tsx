import Link from 'next/link';
import { EXECUTION_STATUSES, type ExecutionStatusCounts } from '@/lib/model';
import { toExecutionsHref, type ExecutionSearch } from './execution-search';
import { getStatusLabel } from './status-badge';

/** One card per status, each linking to the list filtered to it; the total clears the status filter. */
export async function ExecutionStatusCounts({
  counts,
  search,
}: {
  counts: Promise<ExecutionStatusCounts>;
  search: ExecutionSearch;
}) {
  const resolved = await counts;
  const total = EXECUTION_STATUSES.reduce((sum, status) => sum + resolved[status], 0);
  const selected = new Set(search.statuses);
  return (
    <nav className="counts" aria-label="Executions by status">
      <Link href={toExecutionsHref(search, { statuses: [] })} className="count-card" aria-current={selected.size === 0}>
        <span className="count-card-label">ALL</span>
        <span className="count-card-value">{total.toLocaleString('en-US')}</span>
      </Link>
      {EXECUTION_STATUSES.filter((status) => status !== 'PENDING_REDRIVE' || resolved[status] > 0).map((status) => (
        <Link
          key={status}
          href={toExecutionsHref(search, { statuses: [status] })}
          className={`count-card count-${status}`}
          aria-current={selected.size === 1 && selected.has(status)}
          data-status-count={status}
        >
          <span className="count-card-label">{getStatusLabel(status).toUpperCase()}</span>
          <span className="count-card-value">{resolved[status].toLocaleString('en-US')}</span>
        </Link>
      ))}
    </nav>
  );
}
