import type { Metadata } from 'next';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { getDb, listStateMachinesWithCounts } from '@/lib/db';
import { TableSkeleton } from '../ui/skeletons';
import { StateMachineTable } from '../ui/state-machine-table';

export const metadata: Metadata = { title: 'State machines' };

export default async function StateMachinesPage() {
  // Read at request time, never at build: the build machine has no database.
  await connection();
  const machines = listStateMachinesWithCounts(await getDb());
  return (
    <>
      <div className="page-header">
        <div className="page-title">
          <h1>State machines</h1>
          <span className="subtle">Executions stored per state machine, by status. Times are UTC.</span>
        </div>
      </div>
      <Suspense fallback={<TableSkeleton rows={6} />}>
        <StateMachineTable machines={machines} now={new Date()} />
      </Suspense>
    </>
  );
}
