import type { Metadata } from 'next';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { getDb, listSources, listStateMachineNames } from '@/lib/db';
import { signOut } from '../login/actions';
import { getOperatorAccess } from '../login/get-operator-access';
import { OperatorBar } from '../ui/actions/operator-bar';
import { FailureFilters } from '../ui/failures/failure-filters';
import { FailureGroupList } from '../ui/failures/failure-group-list';
import { FailureTabs } from '../ui/failures/failure-tabs';
import { FAILURE_GROUPS_PAGE_SIZE, parseFailureSearch, toFailureQuery, type SearchParams } from '../ui/failures/failure-search';
import { PanelSkeleton, TableSkeleton } from '../ui/skeletons';
import { planAction } from './actions';
import { loadFailureGroups } from './load-failure-groups';

export const metadata: Metadata = { title: 'Failures' };

export default async function FailuresPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const now = new Date();
  const search = parseFailureSearch(await searchParams, now);
  const db = await getDb();
  const access = await getOperatorAccess();
  const machines = listStateMachineNames(db).then((rows) => rows.map((row) => ({ value: row.arn, label: row.name })));
  const sources = listSources(db).then((rows) => rows.map((row) => ({ value: String(row.id), label: row.name })));
  const data = loadFailureGroups(db, search, now, { limit: FAILURE_GROUPS_PAGE_SIZE, offset: search.page * FAILURE_GROUPS_PAGE_SIZE });
  const query = toFailureQuery(search);
  const actions = access.state === 'allowed' && access.csrfToken ? { plan: planAction, csrfToken: access.csrfToken } : null;

  return (
    <>
      <div className="page-header">
        <div className="page-title">
          <h1>Failures</h1>
          <span className="subtle">
            Failed, timed-out and aborted executions, grouped by state machine, failing state, error and cause (ids, ARNs, numbers and times
            masked). Times are UTC.
          </span>
        </div>
      </div>
      <FailureTabs active="failures" query={query} />
      <OperatorBar access={access} signOut={signOut} next={`/failures${query ? `?${query}` : ''}`} />
      <Suspense fallback={<PanelSkeleton height={34} />}>
        <FailureFilters search={search} action="/failures" machines={machines} sources={sources} />
      </Suspense>
      <Suspense key={JSON.stringify(search.filter) + search.page} fallback={<TableSkeleton rows={10} />}>
        <FailureGroupList data={data} search={search} now={now} actions={actions} />
      </Suspense>
    </>
  );
}
