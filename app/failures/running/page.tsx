import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { getDb, listSources, listStateMachineNames } from '@/lib/db';
import { signOut } from '../../login/actions';
import { getOperatorAccess } from '../../login/get-operator-access';
import { OperatorBar } from '../../ui/actions/operator-bar';
import { FailureTabs } from '../../ui/failures/failure-tabs';
import { RunningExecutionsTable } from '../../ui/failures/running-executions-table';
import { SelectField } from '../../ui/select-field';
import { planAction } from '../actions';
import { loadRunningExecutions } from './load-running-executions';

export const metadata: Metadata = { title: 'Running executions' };

const PAGE_SIZE = 50;

export default async function RunningExecutionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const now = new Date();
  const params = await searchParams;
  const machine = typeof params.machine === 'string' ? params.machine : '';
  const source = typeof params.source === 'string' && /^\d+$/.test(params.source) ? params.source : '';
  const offset = Math.max(0, Number.parseInt(typeof params.offset === 'string' ? params.offset : '0', 10) || 0);
  const db = await getDb();
  const [access, machines, sources, running] = await Promise.all([
    getOperatorAccess(),
    listStateMachineNames(db),
    listSources(db),
    loadRunningExecutions(db, { ...(machine ? { stateMachineArns: [machine] } : {}), ...(source ? { sourceIds: [Number(source)] } : {}) }, { limit: PAGE_SIZE, offset }),
  ]);
  const actions = access.state === 'allowed' && access.csrfToken ? { plan: planAction, csrfToken: access.csrfToken } : null;
  const query = new URLSearchParams({ ...(machine ? { machine } : {}), ...(source ? { source } : {}) });
  const pageHref = (nextOffset: number) => `/failures/running?${new URLSearchParams([...query, ['offset', String(nextOffset)]])}`;

  return (
    <>
      <div className="page-header">
        <div className="page-title">
          <h1>Failures</h1>
          <span className="subtle">Running executions, longest-running first, with the task each one waits on. Stop them, or answer their task.</span>
        </div>
      </div>
      <FailureTabs active="running" query="" />
      <OperatorBar access={access} signOut={signOut} next="/failures/running" />
      <form className="filters" action="/failures/running" method="get" role="search">
        <SelectField id="running-machine" name="machine" label="State machine" defaultValue={machine} anyLabel="All state machines" options={machines.map((row) => ({ value: row.arn, label: row.name }))} />
        <SelectField id="running-source" name="source" label="Source" defaultValue={source} anyLabel="All sources" options={sources.map((row) => ({ value: String(row.id), label: row.name }))} />
        <button type="submit" className="button button-primary">
          Apply
        </button>
      </form>
      <RunningExecutionsTable executions={running.items} total={running.total} now={now} actions={actions} />
      <nav className="pager" aria-label="Running execution pages">
        {offset > 0 ? <Link href={pageHref(Math.max(0, offset - PAGE_SIZE))}>← Previous</Link> : <span />}
        <span className="subtle">
          {running.total === 0 ? 0 : offset + 1}–{offset + running.items.length} of {running.total.toLocaleString('en-US')}
        </span>
        {offset + PAGE_SIZE < running.total ? <Link href={pageHref(offset + PAGE_SIZE)}>Next →</Link> : <span />}
      </nav>
    </>
  );
}
