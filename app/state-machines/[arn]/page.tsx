import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { Suspense, cache } from 'react';
import { countExecutionsByStatus, findStateMachine, getDb, listExecutions } from '@/lib/db';
import { CopyButton } from '../../ui/copy-button';
import { decodeArnParam, toExecutionsHref, type ExecutionSearch } from '../../ui/execution-search';
import { ExecutionStatusCounts } from '../../ui/execution-status-counts';
import { ExecutionTable } from '../../ui/execution-table';
import { JsonViewer } from '../../ui/json-viewer';
import { CountsSkeleton, TableSkeleton } from '../../ui/skeletons';
import { TimeAgo } from '../../ui/time-ago';

type Props = { params: Promise<{ arn: string }> };

const RECENT_EXECUTIONS = 20;

const loadStateMachine = cache(async (arn: string) => findStateMachine(await getDb(), arn));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const machine = await loadStateMachine(decodeArnParam((await params).arn));
  return { title: machine ? machine.name : 'State machine not found' };
}

export default async function StateMachinePage({ params }: Props) {
  await connection();
  const arn = decodeArnParam((await params).arn);
  const machine = await loadStateMachine(arn);
  if (!machine) notFound();

  const db = await getDb();
  const now = new Date();
  const filter = { stateMachineArns: [machine.arn] };
  // Status cards link into the execution list filtered to this machine.
  const search: ExecutionSearch = {
    machines: [machine.arn],
    statuses: [],
    from: '',
    to: '',
    error: '',
    sort: 'startDate:desc',
    filter,
    page: {},
  };
  const counts = countExecutionsByStatus(db, filter);
  const recent = listExecutions(db, filter, { limit: RECENT_EXECUTIONS });

  return (
    <>
      <div className="page-header">
        <div className="page-title">
          <div className="breadcrumbs">
            <Link href="/state-machines">State machines</Link>
          </div>
          <div className="row">
            <h1>{machine.name}</h1>
            <span className="tag">{machine.type}</span>
            {machine.status && <span className="tag">{machine.status}</span>}
          </div>
          <div className="row subtle">
            <span className="mono break">{machine.arn}</span>
            <CopyButton text={machine.arn} label="Copy ARN" />
          </div>
        </div>
        <Link href={toExecutionsHref({ machines: [machine.arn] })} className="button">
          All executions →
        </Link>
      </div>

      <Suspense fallback={<CountsSkeleton />}>
        <ExecutionStatusCounts counts={counts} search={search} />
      </Suspense>

      <section className="panel panel-body" aria-label="Details">
        <dl className="facts">
          <div>
            <dt>Source</dt>
            <dd>{machine.sourceName}</dd>
          </div>
          <div>
            <dt>Created</dt>
            <dd>
              <TimeAgo date={machine.createdAt} now={now} />
            </dd>
          </div>
          <div>
            <dt>Role</dt>
            <dd className="mono">{machine.roleArn ?? <span className="faint">—</span>}</dd>
          </div>
          <div>
            <dt>Log group</dt>
            <dd className="mono">{machine.logGroupArn ?? <span className="faint">—</span>}</dd>
          </div>
          <div>
            <dt>Definition revisions stored</dt>
            <dd>
              {machine.revisionCount}
              {machine.revisionId && <span className="faint"> · newest {machine.revisionId}</span>}
            </dd>
          </div>
          <div>
            <dt>Last synced</dt>
            <dd>
              <TimeAgo date={machine.lastSyncedAt} now={now} />
            </dd>
          </div>
        </dl>
      </section>

      <section className="panel" aria-label="Recent executions">
        <div className="panel-header">
          <h2>Recent executions</h2>
          <Link href={toExecutionsHref({ machines: [machine.arn] })}>View all →</Link>
        </div>
        <Suspense fallback={<TableSkeleton rows={6} columns={5} />}>
          <ExecutionTable page={recent} now={now} showMachine={false} />
        </Suspense>
      </section>

      <section className="panel" aria-label="Definition">
        <div className="panel-header">
          <h2>Definition</h2>
          {machine.definitionFirstSeenAt && (
            <span className="faint">
              first seen <TimeAgo date={machine.definitionFirstSeenAt} now={now} />
            </span>
          )}
        </div>
        <JsonViewer text={machine.definition} emptyLabel="No definition stored (known only from its executions)" />
      </section>
    </>
  );
}
