import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { findSetting, getDb, listAuditEntries, listAuditFacets } from '@/lib/db';
import { getAuthConfig } from '@/lib/auth';
import { setReadOnly, signOut } from '../login/actions';
import { getOperatorAccess, READ_ONLY_SETTING } from '../login/get-operator-access';
import { AuditTable } from '../ui/actions/audit-table';
import { OperatorBar } from '../ui/actions/operator-bar';
import { ReadOnlyForm } from '../ui/actions/read-only-form';
import { SelectField } from '../ui/select-field';

export const metadata: Metadata = { title: 'Audit log' };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const now = new Date();
  const params = await searchParams;
  const one = (key: string) => (typeof params[key] === 'string' ? (params[key] as string).trim() : '');
  const action = one('action');
  const actor = one('actor');
  const id = /^\d+$/.test(one('id')) ? Number(one('id')) : undefined;
  const before = /^\d+$/.test(one('before')) ? Number(one('before')) : undefined;
  const db = await getDb();
  const [page, facets, access, readOnlySetting] = await Promise.all([
    listAuditEntries(db, { action: action || undefined, actor: actor || undefined, id }, { before }),
    listAuditFacets(db),
    getOperatorAccess(),
    findSetting(db, READ_ONLY_SETTING),
  ]);
  const envReadOnly = getAuthConfig(process.env).readOnly;
  const filterQuery = new URLSearchParams({ ...(action ? { action } : {}), ...(actor ? { actor } : {}) });

  return (
    <>
      <div className="page-header">
        <div className="page-title">
          <h1>Audit log</h1>
          <span className="subtle">Who did what, when, to which executions, and how it went. Newest first; times are UTC.</span>
        </div>
      </div>
      <OperatorBar access={access} signOut={signOut} next="/audit" />
      {access.operator && !access.viaBearer ? <ReadOnlyForm action={setReadOnly} on={envReadOnly || readOnlySetting === true} forcedByEnvironment={envReadOnly} /> : null}
      <form className="filters" action="/audit" method="get" role="search">
        <SelectField id="audit-action" name="action" label="Action" defaultValue={action} anyLabel="Any action" options={facets.actions.map((name) => ({ value: name, label: name }))} />
        <SelectField id="audit-actor" name="actor" label="Operator" defaultValue={actor} anyLabel="Anyone" options={facets.actors.map((name) => ({ value: name, label: name }))} />
        <button type="submit" className="button button-primary">
          Apply
        </button>
        {id ? <Link href="/audit">Show all entries</Link> : null}
      </form>
      <AuditTable entries={page.items} now={now} expandFirst={id !== undefined} />
      <nav className="pager" aria-label="Audit pages">
        {before ? <Link href={`/audit${filterQuery.size ? `?${filterQuery}` : ''}`}>← Newest</Link> : <span />}
        {page.nextBefore ? <Link href={`/audit?${new URLSearchParams([...filterQuery, ['before', String(page.nextBefore)]])}`}>Older →</Link> : <span />}
      </nav>
    </>
  );
}
