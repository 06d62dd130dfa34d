import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { getDb, listSources } from '@/lib/db';
import { getOperatorAccess } from '../login/get-operator-access';
import { SourceForm } from '../ui/source-form';
import { SourceTable } from '../ui/source-table';
import { saveSourceAction, syncSourceNowAction, testSavedSourceAction } from './actions';

export const metadata: Metadata = { title: 'Sources' };

export default async function SourcesPage() {
  await connection();
  const [sources, access] = await Promise.all([listSources(await getDb()), getOperatorAccess()]);
  const canAct = access.state === 'allowed';
  return (
    <>
      <div className="page-header">
        <div className="page-title">
          <h1>Sources</h1>
          <span className="subtle">
            Where executions come from: AWS regions (credentials from this server&apos;s AWS SDK default chain, never stored) and local
            Step Functions endpoints. Times are UTC.
          </span>
        </div>
      </div>
      {!canAct && (
        <div className="callout callout-warning" role="note">
          {access.message} <Link href="/login?next=/sources">Sign in</Link> to add, edit, test or sync sources.
        </div>
      )}
      <SourceTable
        sources={sources}
        now={new Date()}
        canAct={canAct}
        actions={{ syncNow: (id) => syncSourceNowAction.bind(null, id), test: (id) => testSavedSourceAction.bind(null, id) }}
      />
      <h2 style={{ marginTop: 24 }}>Add a source</h2>
      <SourceForm action={saveSourceAction} canEdit={canAct} />
    </>
  );
}
