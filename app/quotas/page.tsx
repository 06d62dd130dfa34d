import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { detectQuotaRisks, QUOTA_NAMES, QUOTA_SCOPES } from '@/lib/analysis';
import { getDb, listAlertMutes } from '@/lib/db';
import { muteSubjectAction } from '../alerts/actions';
import { toMuteViews } from '../alerts/to-mute-view';
import { getOperatorAccess } from '../login/get-operator-access';
import { loadFindingInputs } from '../stuck/load-finding-inputs';
import { AnalysisWarnings } from '../ui/findings/analysis-warnings';
import { filterQuotaRisks, parseQuotaSearch, QUOTA_SORTS, type QuotaSearch, type SearchParams } from '../ui/findings/finding-search';
import { QUOTA_LABELS } from '../ui/findings/format-quota-value';
import { QuotaRiskTable } from '../ui/findings/quota-risk-table';
import { SelectField } from '../ui/select-field';
import { TableSkeleton } from '../ui/skeletons';

export const metadata: Metadata = { title: 'Quota risks' };

export default async function QuotasPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const search = parseQuotaSearch(await searchParams);
  return (
    <>
      <div className="page-header">
        <div className="page-title">
          <h1>Quota risks</h1>
          <span className="subtle">
            Step Functions limits per execution, state machine and account/region: how close each is, and when it will be hit.{' '}
            <Link href="/settings">Thresholds</Link>
          </span>
        </div>
      </div>
      <Suspense key={JSON.stringify(search)} fallback={<TableSkeleton rows={10} columns={8} />}>
        <QuotaResults search={search} />
      </Suspense>
      <p className="subtle" data-testid="retention-note">
        AWS deletes a closed execution’s history 90 days after it ends (30 if your account asked for less). Statescope keeps every
        history it has synced, so an execution whose copy here is complete stays readable after that; sync incomplete ones first.
      </p>
    </>
  );
}

async function QuotaResults({ search }: { search: QuotaSearch }) {
  const db = await getDb();
  const now = new Date();
  const [muteRows, access] = await Promise.all([listAlertMutes(db, { subjectKind: 'quota' }), getOperatorAccess()]);
  const mutes = { views: toMuteViews(muteRows, now), action: muteSubjectAction, canSave: access.state === 'allowed' };
  const { thresholds, inputs } = await loadFindingInputs(db, now);
  const risks = detectQuotaRisks(inputs, thresholds.value, now);
  const shown = filterQuotaRisks(risks.value, search);
  return (
    <>
      <form className="filters panel panel-body" method="get" aria-label="Filter quota risks">
        <SelectField id="quota" name="quota" label="Quota" defaultValue={search.quota} anyLabel="Any" options={QUOTA_NAMES.map((quota) => ({ value: quota, label: QUOTA_LABELS[quota] }))} />
        <SelectField id="scope" name="scope" label="Scope" defaultValue={search.scope} anyLabel="Any" options={QUOTA_SCOPES.map((scope) => ({ value: scope, label: { execution: 'Execution', 'state-machine': 'State machine', account: 'Account and region' }[scope] }))} />
        <SelectField id="severity" name="severity" label="Show" defaultValue={search.severity === '' ? 'all' : search.severity} options={[{ value: 'risks', label: 'Risks (critical and warning)' }, { value: 'critical', label: 'Critical' }, { value: 'warning', label: 'Warning' }, { value: 'ok', label: 'Within limits' }, { value: 'all', label: 'Everything measured' }]} />
        <SelectField id="sort" name="sort" label="Sort" defaultValue={search.sort} options={QUOTA_SORTS.map((sort) => ({ value: sort, label: { severity: 'Worst first', soonest: 'Hits limit soonest', used: 'Most used' }[sort] }))} />
        <button type="submit" className="button">
          Apply
        </button>
        <span className="subtle" data-testid="quota-count">
          {shown.length} of {risks.value.length} measured
        </span>
      </form>
      <AnalysisWarnings warnings={[...thresholds.warnings, ...risks.warnings]} />
      <QuotaRiskTable risks={shown} now={now} mutes={mutes} />
    </>
  );
}
