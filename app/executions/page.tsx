import type { Metadata } from 'next';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { countExecutionsByStatus, getDb, listExecutions, listStateMachineNames } from '@/lib/db';
import { ExecutionFilters } from '../ui/execution-filters';
import { parseExecutionSearch, type SearchParams } from '../ui/execution-search';
import { ExecutionStatusCounts } from '../ui/execution-status-counts';
import { ExecutionTable } from '../ui/execution-table';
import { CountsSkeleton, PanelSkeleton, TableSkeleton } from '../ui/skeletons';

export const metadata: Metadata = { title: 'Executions' };

export default async function ExecutionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const search = parseExecutionSearch(await searchParams);
  const db = await getDb();
  const now = new Date();
  // Counts ignore the status filter: they are the way to switch between statuses.
  const counts = countExecutionsByStatus(db, { ...search.filter, statuses: undefined });
  const page = listExecutions(db, search.filter, search.page);
  const machines = listStateMachineNames(db);
  // A new search remounts the widgets, so their skeletons show while it loads.
  const key = JSON.stringify([search.filter, search.page]);

  return (
    <>
      <div className="page-header">
        <div className="page-title">
          <h1>Executions</h1>
          <span className="subtle">Every stored execution, newest first. Times are UTC.</span>
        </div>
      </div>
      <Suspense key={`counts:${key}`} fallback={<CountsSkeleton />}>
        <ExecutionStatusCounts counts={counts} search={search} />
      </Suspense>
      <Suspense fallback={<PanelSkeleton height={34} />}>
        <ExecutionFilters search={search} machines={machines} />
      </Suspense>
      <Suspense key={`list:${key}`} fallback={<TableSkeleton rows={12} />}>
        <ExecutionTable page={page} now={now} search={search} />
      </Suspense>
    </>
  );
}
