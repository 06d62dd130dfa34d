import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getDb, listSources, listSyncRuns } from '@/lib/db';
import { getOperatorAccess } from '../../login/get-operator-access';
import { SourceDeleteButton } from '../../ui/source-delete-button';
import { SourceForm } from '../../ui/source-form';
import { getSourceWhere } from '../../ui/source-form-fields';
import { SourceTestButton } from '../../ui/source-test-button';
import { SyncNowButton } from '../../ui/sync-now-button';
import { SyncProgress } from '../../ui/sync-progress';
import { SyncRunTable } from '../../ui/sync-run-table';
import { deleteSourceAction, saveSourceAction, syncSourceNowAction, testSavedSourceAction } from '../actions';

export const metadata: Metadata = { title: 'Source' };

export default async function SourcePage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const id = Number((await params).id);
  if (!Number.isInteger(id)) notFound();
  const db = await getDb();
  const [sources, runs, access] = await Promise.all([listSources(db), listSyncRuns(db, id), getOperatorAccess()]);
  const source = sources.find((candidate) => candidate.id === id);
  if (!source) notFound();
  const canAct = access.state === 'allowed';
  const syncable = source.kind !== 'IMPORT';
  const now = new Date();
  return (
    <>
      <div className="breadcrumbs">
        <Link href="/sources">Sources</Link> / {source.name}
      </div>
      <div className="page-header">
        <div className="page-title">
          <h1>
            {source.name} <span className="tag">{source.kind}</span>
          </h1>
          <span className="subtle mono">{getSourceWhere(source)}</span>
        </div>
        <div className="row">
          {syncable && <SyncNowButton action={syncSourceNowAction.bind(null, id)} disabled={!canAct || source.lastRun?.status === 'RUNNING'} name={source.name} />}
          {syncable && <SourceTestButton action={testSavedSourceAction.bind(null, id)} disabled={!canAct} name={source.name} />}
          <SourceDeleteButton action={deleteSourceAction.bind(null, id)} disabled={!canAct} name={source.name} executionCount={source.executionCount} />
        </div>
      </div>
      {!canAct && (
        <div className="callout callout-warning" role="note">
          {access.message} <Link href={`/login?next=/sources/${id}`}>Sign in</Link> to change or sync this source.
        </div>
      )}
      <p className="subtle">
        {source.executionCount.toLocaleString('en-US')} execution(s) over {source.stateMachineCount} state machine(s).{' '}
        {syncable && (!source.enabled ? 'Background sync is off.' : source.syncIntervalSec ? `Synced every ${source.syncIntervalSec} s.` : 'Synced on demand only.')}
      </p>
      {source.lastRun?.status === 'RUNNING' && (
        <div className="panel panel-body" style={{ marginBottom: 16 }}>
          <SyncProgress sourceId={id} initial={source.lastRun} />
        </div>
      )}
      <h2>Syncs</h2>
      <SyncRunTable runs={runs} now={now} />
      {syncable && (
        <>
          <h2 style={{ marginTop: 24 }}>Settings</h2>
          <SourceForm action={saveSourceAction} source={source} canEdit={canAct} />
        </>
      )}
    </>
  );
}
