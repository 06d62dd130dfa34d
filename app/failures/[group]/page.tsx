import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getFailureTrend } from '@/lib/analysis';
import { findAlertMute, getDb, listFailureGroupExecutions, listFailureGroups, listFailureHourCounts, refreshFailureKeys } from '@/lib/db';
import { muteSubjectAction } from '../../alerts/actions';
import { toMuteViews } from '../../alerts/to-mute-view';
import { signOut } from '../../login/actions';
import { getOperatorAccess } from '../../login/get-operator-access';
import { ActionDialog } from '../../ui/actions/action-dialog';
import { MuteBadge } from '../../ui/alerts/mute-badge';
import { SubjectMuteForm } from '../../ui/alerts/subject-mute-form';
import { OperatorBar } from '../../ui/actions/operator-bar';
import { toStateMachineHref } from '../../ui/execution-search';
import { FailureMembersTable } from '../../ui/failures/failure-members-table';
import { parseFailureSearch, toFailureQuery, toFailuresHref, type SearchParams } from '../../ui/failures/failure-search';
import { FailureTrendChart } from '../../ui/failures/failure-trend-chart';
import { TimeAgo } from '../../ui/time-ago';
import { planAction } from '../actions';
import { FAILURE_KEY_DERIVER } from '../failure-key-deriver';

export const metadata: Metadata = { title: 'Failure group' };

const MEMBERS_PAGE_SIZE = 50;

/** The group key from the URL; null when its %-escapes do not decode (no group has such a key). */
function decodeGroupParam(param: string): string | null {
  try {
    return decodeURIComponent(param);
  } catch {
    return null;
  }
}

export default async function FailureGroupPage({ params, searchParams }: { params: Promise<{ group: string }>; searchParams: Promise<SearchParams> }) {
  await connection();
  const now = new Date();
  const groupKey = decodeGroupParam((await params).group);
  if (groupKey === null) notFound();
  const rawSearch = await searchParams;
  const search = parseFailureSearch(rawSearch, now);
  const offset = Math.max(0, Number.parseInt(String(rawSearch.offset ?? '0'), 10) || 0);
  const db = await getDb();
  await refreshFailureKeys(db, FAILURE_KEY_DERIVER);
  const filter = { ...search.filter, groupKey };
  const [{ groups }, members, hours, access, mute] = await Promise.all([
    listFailureGroups(db, filter, { limit: 1, offset: 0 }),
    listFailureGroupExecutions(db, groupKey, search.filter, { limit: MEMBERS_PAGE_SIZE, offset }),
    listFailureHourCounts(db, search.filter, [groupKey]),
    getOperatorAccess(),
    findAlertMute(db, 'failure-group', groupKey),
  ]);
  const muteView = mute ? (toMuteViews([mute], now).get(groupKey) ?? null) : null;
  const group = groups[0];
  if (!group) notFound();
  const trend = getFailureTrend(hours.get(groupKey) ?? new Map(), search.chartRange ?? { from: group.firstSeen, to: now });
  const query = toFailureQuery(search);
  const actions = access.state === 'allowed' && access.csrfToken ? { plan: planAction, csrfToken: access.csrfToken } : null;
  const subject = `${group.stateMachineName} › ${group.failedStateName ?? '(execution)'} · ${group.error ?? 'no error name'}`;
  const pageHref = (nextOffset: number) => `/failures/${encodeURIComponent(groupKey)}?${new URLSearchParams([...new URLSearchParams(query), ['offset', String(nextOffset)]])}`;

  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href={toFailuresHref(search)}>Failures</Link> / group
      </nav>
      <div className="page-header">
        <div className="page-title">
          <h1>
            <Link href={toStateMachineHref(group.stateMachineArn)}>{group.stateMachineName}</Link> › {group.failedStateName ?? '(no state)'} ·{' '}
            <span className="error-name">{group.error ?? '(no error name)'}</span>
          </h1>
          <span className="subtle mono" data-testid="normalised-cause">
            {group.normalisedCause || '(no cause)'}
          </span>
        </div>
      </div>
      <OperatorBar access={access} signOut={signOut} next={pageHref(offset)} />
      <section className="panel panel-body" style={{ marginBottom: 12 }}>
        <div className="row" style={{ gap: 24, flexWrap: 'wrap', alignItems: 'center' }}>
          <span>
            <strong data-testid="failure-group-count">{group.count.toLocaleString('en-US')}</strong> executions
          </span>
          <span>
            First seen <TimeAgo date={group.firstSeen} now={now} />
          </span>
          <span>
            Last seen <TimeAgo date={group.lastSeen} now={now} />
          </span>
          {actions ? (
            <ActionDialog
              kind="redrive"
              request={{ kind: 'redrive', groupKey, query }}
              plan={actions.plan}
              csrfToken={actions.csrfToken}
              label="Redrive eligible…"
              subject={subject}
              buttonClassName="button button-primary"
            />
          ) : null}
          <MuteBadge mute={muteView} />
          <SubjectMuteForm subjectKind="failure-group" subjectKey={groupKey} label={subject} current={muteView} action={muteSubjectAction} canSave={access.state === 'allowed'} />
        </div>
        <FailureTrendChart points={trend.points.map((point) => ({ at: point.at.getTime(), count: point.count }))} bucketMs={trend.bucketMs} large />
      </section>
      <section className="panel">
        <FailureMembersTable members={members.items} now={now} actions={actions} />
      </section>
      <nav className="pager" aria-label="Execution pages">
        {offset > 0 ? <Link href={pageHref(Math.max(0, offset - MEMBERS_PAGE_SIZE))}>← Newer</Link> : <span />}
        <span className="subtle">
          {offset + 1}–{offset + members.items.length} of {members.total.toLocaleString('en-US')}
        </span>
        {offset + MEMBERS_PAGE_SIZE < members.total ? <Link href={pageHref(offset + MEMBERS_PAGE_SIZE)}>Older →</Link> : <span />}
      </nav>
    </>
  );
}
