import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { Suspense, cache } from 'react';
import { preload } from 'react-dom';
import { countHistoryEventsByType, findExecution, getDb, listFirstHistoryEvents, listHistoryEvents, type Db } from '@/lib/db';
import type { ExecutionDetail } from '@/lib/model';
import { planAction } from '../../failures/actions';
import { getOperatorAccess } from '../../login/get-operator-access';
import { ExecutionActions } from '../../ui/actions/execution-actions';
import { CopyButton } from '../../ui/copy-button';
import { ExecutionCostSection } from '../../ui/costs/execution-cost-section';
import { ExecutionError } from '../../ui/execution-error';
import { decodeArnParam, toExecutionsHref, toExecutionHref, toStateMachineHref, type SearchParams } from '../../ui/execution-search';
import { formatDuration } from '../../ui/format-duration';
import { HistoryEventList, MAX_EVENTS_SHOWN } from '../../ui/history-event-list';
import { IncompleteHistoryNotice } from '../../ui/incomplete-history-notice';
import { JsonViewer } from '../../ui/json-viewer';
import { ExecutionReplayView } from '../../ui/replay/execution-replay';
import { PanelSkeleton, TableSkeleton } from '../../ui/skeletons';
import { StatusBadge } from '../../ui/status-badge';
import { TimeAgo } from '../../ui/time-ago';
import { loadExecutionActions } from './load-execution-actions';
import { loadExecutionCost } from './load-execution-cost';
import { loadExecutionReplay, loadReplayGraph, toReplayVersion } from './load-execution-replay';

/** Events drawn in full when a history is too long to list whole. */
const FIRST_EVENTS_SHOWN = 20;

type Props = { params: Promise<{ arn: string }>; searchParams: Promise<SearchParams> };

// Metadata and the page read the same execution once per request.
const loadExecution = cache(async (arn: string) => findExecution(await getDb(), arn));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const execution = await loadExecution(decodeArnParam((await params).arn));
  return { title: execution ? `${execution.name} (${execution.status})` : 'Execution not found' };
}

export default async function ExecutionPage({ params, searchParams }: Props) {
  await connection();
  const arn = decodeArnParam((await params).arn);
  const query = await searchParams;
  const [execution, access] = await Promise.all([loadExecution(arn), getOperatorAccess()]);
  if (!execution) notFound();

  const db = await getDb();
  // The replay view fetches its model as soon as it mounts: start building it now (the route handler
  // shares the cached promise) and tell the browser to start the download with the page.
  if (execution.eventCount > 0) {
    loadExecutionReplay(db, execution).catch(() => undefined);
    preload(toReplayModelHref(execution), { as: 'fetch', crossOrigin: 'anonymous' });
  }
  const now = new Date();
  const type = typeof query.type === 'string' ? query.type : '';
  const search = typeof query.q === 'string' ? query.q.slice(0, 200) : '';
  // Unfiltered, a long history's table shows its first events only: reading and drawing 25,000 events
  // whole would cost the page seconds; the replay's event list covers all of them.
  const firstOnly = !type && !search && execution.eventCount > MAX_EVENTS_SHOWN;
  const events = Promise.all([
    firstOnly ? listFirstHistoryEvents(db, execution.id, { limit: FIRST_EVENTS_SHOWN }) : listHistoryEvents(db, execution.id, { types: type ? [type] : undefined, search }),
    countHistoryEventsByType(db, execution.id),
  ]).then(([list, typeCounts]) => ({ events: list, typeCounts }));
  const replayEvent = toWholeNumber(query.event);
  const replayVisit = toWholeNumber(query.visit);
  // Read-only (or no operator configured) hides actions entirely; signed out, a sign-in link stands in.
  const actions = access.state === 'allowed' && access.csrfToken ? { plan: planAction, csrfToken: access.csrfToken } : null;
  const signInHref = access.state === 'signed-out' ? `/login?next=${encodeURIComponent(toExecutionHref(execution.arn))}` : null;
  const durationMs = execution.durationMs ?? (execution.status === 'RUNNING' ? now.getTime() - execution.startDate.getTime() : null);

  return (
    <>
      <div className="page-header">
        <div className="page-title">
          <div className="breadcrumbs">
            <Link href="/executions">Executions</Link> /{' '}
            <Link href={toExecutionsHref({ machines: [execution.stateMachineArn] })}>{execution.stateMachineName}</Link>
          </div>
          <div className="row">
            <h1 className="mono break">{execution.name}</h1>
            <StatusBadge status={execution.status} />
          </div>
          <div className="row subtle">
            <span className="mono break" data-testid="execution-arn">
              {execution.arn}
            </span>
            <CopyButton text={execution.arn} label="Copy ARN" />
          </div>
        </div>
        {actions || signInHref ? (
          <Suspense fallback={null}>
            <ExecutionActions arn={execution.arn} name={execution.name} offer={loadExecutionActions(db, execution)} actions={actions} signInHref={signInHref} />
          </Suspense>
        ) : null}
      </div>

      <ExecutionError execution={execution} />
      <IncompleteHistoryNotice execution={execution} />

      <section className="panel panel-body" aria-label="Summary">
        <dl className="facts">
          <div>
            <dt>State machine</dt>
            <dd>
              <Link href={toStateMachineHref(execution.stateMachineArn)}>{execution.stateMachineName}</Link>{' '}
              <span className="tag">{execution.stateMachineType}</span>
            </dd>
          </div>
          <div>
            <dt>Duration</dt>
            <dd data-testid="duration">
              {formatDuration(durationMs)}
              {execution.status === 'RUNNING' && <span className="faint"> so far</span>}
            </dd>
          </div>
          <div>
            <dt>Started</dt>
            <dd>
              <TimeAgo date={execution.startDate} now={now} millis />
            </dd>
          </div>
          <div>
            <dt>Stopped</dt>
            <dd>
              <TimeAgo date={execution.stopDate} now={now} millis />
            </dd>
          </div>
          <div>
            <dt>Failed state</dt>
            <dd>{execution.failedStateName ?? <span className="faint">—</span>}</dd>
          </div>
          <div>
            <dt>Events</dt>
            <dd>
              {execution.eventCount.toLocaleString('en-US')}
              {!execution.historyComplete && <span className="faint"> (history incomplete)</span>}
            </dd>
          </div>
          <div>
            <dt>State transitions</dt>
            <dd>{execution.stateTransitions?.toLocaleString('en-US') ?? <span className="faint">unknown</span>}</dd>
          </div>
          <div>
            <dt>Redrives</dt>
            <dd>
              {execution.redriveCount}
              {execution.redriveStatus && <span className="faint"> · {execution.redriveStatus}</span>}
            </dd>
          </div>
          {execution.mapRunArn && (
            <div>
              <dt>Map Run</dt>
              <dd className="mono">{execution.mapRunArn}</dd>
            </div>
          )}
          <div>
            <dt>Source</dt>
            <dd>{execution.sourceName}</dd>
          </div>
        </dl>
      </section>

      <Suspense fallback={<PanelSkeleton height={520} />}>
        <ReplaySection db={db} execution={execution} initialEventId={replayEvent} initialVisit={replayVisit} />
      </Suspense>

      <div className="grid-2">
        <section className="panel" aria-label="Input">
          <div className="panel-header">
            <h2>Input</h2>
          </div>
          <JsonViewer text={execution.input} emptyLabel="No input stored" />
        </section>
        <section className="panel" aria-label="Output">
          <div className="panel-header">
            <h2>Output</h2>
          </div>
          <JsonViewer
            text={execution.output}
            emptyLabel={execution.status === 'SUCCEEDED' ? 'No output stored' : 'No output: the execution did not succeed'}
          />
        </section>
      </div>

      <Suspense fallback={<TableSkeleton rows={6} columns={8} />}>
        <ExecutionCostSection data={loadExecutionCost(db, execution.arn, now)} />
      </Suspense>

      <Suspense key={`${type}|${search}`} fallback={<TableSkeleton rows={10} columns={5} />}>
        <HistoryEventList
          data={events}
          action={toExecutionHref(execution.arn)}
          type={type}
          search={search}
          startDate={execution.startDate}
        />
      </Suspense>
      {firstOnly && (
        <p className="faint">
          The table lists the first {FIRST_EVENTS_SHOWN.toLocaleString('en-US')} of {execution.eventCount.toLocaleString('en-US')} events; filter by type or
          search to see the others, or step through all of them in the replay.
        </p>
      )}
    </>
  );
}

/**
 * The replay: the laid-out graph here; the model (cached per history version) is loaded by the view
 * from the route handler, so the page streams without waiting for 25,000 events.
 */
async function ReplaySection({ db, execution, initialEventId, initialVisit }: { db: Db; execution: ExecutionDetail; initialEventId: number | null; initialVisit: number | null }) {
  const graph = await loadReplayGraph(db, execution.id);
  const dataUrl = toReplayDataHref(execution.arn);
  if (execution.eventCount === 0) {
    return (
      <section className="panel" aria-label="Replay">
        <div className="empty">No history is stored for this execution, so there is nothing to replay.</div>
      </section>
    );
  }
  return (
    <ExecutionReplayView
      modelUrl={toReplayModelHref(execution)}
      eventCount={execution.eventCount}
      layout={graph.layout}
      definitionNote={graph.definitionNote}
      dataUrl={dataUrl}
      fileName={`${execution.stateMachineName}-${execution.name}`.replace(/[^\w.-]+/g, '_')}
      initialEventId={initialEventId}
      initialVisit={initialVisit}
    />
  );
}

function toReplayDataHref(arn: string): string {
  return `${toExecutionHref(arn)}/replay-data`;
}

/** The version in the URL changes when the stored history does, so a cached model is never stale. */
function toReplayModelHref(execution: ExecutionDetail): string {
  return `${toReplayDataHref(execution.arn)}?model=${toReplayVersion(execution)}`;
}

function toWholeNumber(value: string | string[] | undefined): number | null {
  const text = Array.isArray(value) ? value[0] : value;
  return text !== undefined && /^\d{1,9}$/.test(text) ? Number(text) : null;
}
