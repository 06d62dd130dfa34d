import Link from 'next/link';
import type { LoadedFailureGroups } from '../../failures/load-failure-groups';
import type { RowActions } from './failure-members-table';
import { FailureGroupCard } from './failure-group-card';
import { FAILURE_GROUPS_PAGE_SIZE, toFailureGroupHref, toFailureQuery, toFailuresHref, type FailureSearch } from './failure-search';
import styles from './failures.module.css';

export async function FailureGroupList({ data, search, now, actions }: { data: Promise<LoadedFailureGroups>; search: FailureSearch; now: Date; actions: RowActions }) {
  const { groups, totalGroups, totalFailures } = await data;
  const query = toFailureQuery(search);
  const pages = Math.ceil(totalGroups / FAILURE_GROUPS_PAGE_SIZE);
  if (totalGroups === 0) {
    return (
      <div className="empty panel panel-body" data-testid="failures-empty">
        No failed, timed-out or aborted executions match these filters.
      </div>
    );
  }
  return (
    <>
      <div className={styles.summary} data-testid="failures-summary">
        <span>
          <strong>{totalFailures.toLocaleString('en-US')}</strong> failures in <strong>{totalGroups.toLocaleString('en-US')}</strong> groups
        </span>
        {pages > 1 ? (
          <span className="subtle">
            Page {search.page + 1} of {pages}
          </span>
        ) : null}
      </div>
      <div className={styles.groups}>
        {groups.map((loaded) => (
          <FailureGroupCard
            key={loaded.group.groupKey}
            group={loaded.group}
            trend={loaded.trend}
            members={loaded.members}
            total={loaded.total}
            mute={loaded.mute}
            now={now}
            href={toFailureGroupHref(loaded.group.groupKey, search)}
            query={query}
            actions={actions}
          />
        ))}
      </div>
      {pages > 1 ? (
        <nav className="pager" aria-label="Failure group pages">
          {search.page > 0 ? <Link href={toFailuresHref(search, { page: search.page - 1 })}>← Previous</Link> : <span />}
          {search.page + 1 < pages ? <Link href={toFailuresHref(search, { page: search.page + 1 })}>Next →</Link> : <span />}
        </nav>
      ) : null}
    </>
  );
}
