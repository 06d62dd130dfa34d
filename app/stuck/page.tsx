import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { detectStuckExecutions, STUCK_RULES } from '@/lib/analysis';
import { getDb, listAlertMutes } from '@/lib/db';
import { muteSubjectAction } from '../alerts/actions';
import { toMuteViews } from '../alerts/to-mute-view';
import { getOperatorAccess } from '../login/get-operator-access';
import { AnalysisWarnings } from '../ui/findings/analysis-warnings';
import { filterStuckFindings, parseStuckSearch, STUCK_SORTS, type SearchParams, type StuckSearch } from '../ui/findings/finding-search';
import { STUCK_RULE_LABELS } from '../ui/findings/format-quota-value';
import { StuckFindingList } from '../ui/findings/stuck-finding-list';
import { SelectField } from '../ui/select-field';
import { PanelSkeleton } from '../ui/skeletons';
import { loadFindingInputs } from './load-finding-inputs';

export const metadata: Metadata = { title: 'Stuck runs' };

export default async function StuckPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const search = parseStuckSearch(await searchParams);
  return (
    <>
      <div className="page-header">
        <div className="page-title">
          <h1>Stuck runs</h1>
          <span className="subtle">
            Running executions waiting on something that may never come, past their end, looping or far slower than usual.{' '}
            <Link href="/settings">Thresholds</Link>
          </span>
        </div>
      </div>
      <Suspense key={JSON.stringify(search)} fallback={<PanelSkeleton height={240} />}>
        <StuckResults search={search} />
      </Suspense>
    </>
  );
}

async function StuckResults({ search }: { search: StuckSearch }) {
  const db = await getDb();
  const now = new Date();
  const [muteRows, access] = await Promise.all([listAlertMutes(db, { subjectKind: 'stuck' }), getOperatorAccess()]);
  const mutes = { views: toMuteViews(muteRows, now), action: muteSubjectAction, canSave: access.state === 'allowed' };
  const { thresholds, inputs } = await loadFindingInputs(db, now);
  const stuck = detectStuckExecutions(inputs, thresholds.value, now);
  const shown = filterStuckFindings(stuck.value, search);
  const machines = [...new Map(stuck.value.map((finding) => [finding.stateMachineArn, finding.stateMachineName])).entries()];
  return (
    <>
      <form className="filters panel panel-body" method="get" aria-label="Filter stuck runs">
        <SelectField id="rule" name="rule" label="Reason" defaultValue={search.rule} anyLabel="Any" options={STUCK_RULES.map((rule) => ({ value: rule, label: STUCK_RULE_LABELS[rule] }))} />
        <SelectField id="severity" name="severity" label="Severity" defaultValue={search.severity} anyLabel="Any" options={[{ value: 'critical', label: 'Critical' }, { value: 'warning', label: 'Warning' }]} />
        <SelectField id="machine" name="machine" label="State machine" defaultValue={search.machine} anyLabel="Any" options={machines.map(([arn, name]) => ({ value: arn, label: name }))} />
        <SelectField id="sort" name="sort" label="Sort" defaultValue={search.sort} options={STUCK_SORTS.map((sort) => ({ value: sort, label: { severity: 'Worst first', longest: 'Longest stuck', newest: 'Newest' }[sort] }))} />
        <button type="submit" className="button">
          Apply
        </button>
        <span className="subtle" data-testid="stuck-count">
          {shown.length} of {stuck.value.length} finding{stuck.value.length === 1 ? '' : 's'} · {inputs.runningTotal} running
        </span>
      </form>
      <AnalysisWarnings warnings={[...thresholds.warnings, ...stuck.warnings]} />
      <StuckFindingList findings={shown} mutes={mutes} />
    </>
  );
}
