'use client';

import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { getReplayDataEventIds, type ExecutionReplay, type ReplayStateData, type ReplayWarning } from '@/lib/analysis';
import { formatDuration } from '../format-duration';
import { JsonViewer } from '../json-viewer';
import { formatOffset, STATUS_COLORS, STATUS_LABELS } from './replay-palette';
import styles from './replay.module.css';

/** While scrubbing, wait this long for the instant to settle before asking for payloads. */
const FETCH_DELAY_MS = 120;
/** Step values longer than this are cut in the list (the Input/Output viewers show them whole). */
const MAX_STEP_CHARS = 4_000;

type Loaded = { key: string; data: ReplayStateData | null; warnings: ReplayWarning[]; error: string | null };

/**
 * The selected state as it was at the instant: what the history recorded and what its definition did
 * between (InputPath → Parameters → ResultSelector → ResultPath → OutputPath), and the variables it saw.
 * Payloads come from the server on demand, only when the events they depend on change.
 */
export const ReplayStatePanel = memo(function ReplayStatePanel({
  replay,
  visitIndex,
  pos,
  dataUrl,
  onSelectVisit,
}: {
  replay: ExecutionReplay;
  visitIndex: number | null;
  pos: number;
  dataUrl: string;
  onSelectVisit: (visit: number) => void;
}) {
  const visit = visitIndex === null ? null : replay.visits[visitIndex];
  const phase = !visit ? null : visit.startPos > pos ? 'not-reached' : visit.endPos === null || visit.endPos > pos ? 'running' : 'done';
  // The payloads shown change only when one of these events comes into view.
  const key = useMemo(() => (visitIndex === null ? '' : `${visitIndex}|${phase}|${getReplayDataEventIds(replay, visitIndex, pos).join(',')}`), [replay, visitIndex, pos, phase]);
  const cache = useRef(new Map<string, Loaded>());
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    if (!key || visitIndex === null) return;
    const hit = cache.current.get(key);
    if (hit) {
      setLoaded(hit);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const eventId = replay.events.ids[pos];
      try {
        const response = await fetch(`${dataUrl}?visit=${visitIndex}&event=${eventId}`, { signal: controller.signal });
        const body = (await response.json()) as { value?: ReplayStateData | null; warnings?: ReplayWarning[]; message?: string };
        const result: Loaded = response.ok
          ? { key, data: body.value ?? null, warnings: body.warnings ?? [], error: null }
          : { key, data: null, warnings: [], error: body.message ?? `HTTP ${response.status}` };
        if (response.ok) cache.current.set(key, result);
        setLoaded(result);
      } catch (error) {
        if (!controller.signal.aborted) setLoaded({ key, data: null, warnings: [], error: `The state’s data could not be loaded: ${(error as Error).message}` });
      }
    }, FETCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key, visitIndex, pos, dataUrl, replay]);

  if (!visit) {
    return (
      <section className="panel" aria-label="Selected state">
        <div className="panel-header">
          <h2>State</h2>
        </div>
        <div className="empty">Select a state in the graph, the timeline or the events to see its data.</div>
      </section>
    );
  }

  const data = loaded?.key === key ? loaded.data : null;
  const stale = loaded?.key !== key;
  // Only what had happened by the instant: later attempts, ends and catches are not shown yet.
  const atId = replay.events.ids[pos] ?? 0;
  const atMs = replay.events.timesMs[pos] ?? replay.startMs;
  const done = phase === 'done';
  const attempts = visit.attempts.filter((attempt) => attempt.startEventId <= atId);
  const next = done && visit.catchNextVisit !== null ? replay.visits[visit.catchNextVisit] : null;
  const lane = replay.lanes[visit.lane];
  return (
    <section className="panel" aria-label="Selected state" data-testid="state-panel" data-visit={visit.index} data-phase={phase}>
      <div className="panel-header">
        <h2 className="row">
          <span data-testid="state-panel-name">{visit.name}</span>
          <span className="tag">{visit.type}</span>
          <span style={{ color: STATUS_COLORS[phase === 'done' ? visit.status : 'running'], fontSize: 'var(--text-sm)', fontWeight: 500 }} data-testid="state-panel-status">
            {phase === 'not-reached' ? 'Not reached yet' : phase === 'running' ? 'Running at this instant' : STATUS_LABELS[visit.status]}
          </span>
        </h2>
        {stale && <span className="faint">Loading…</span>}
      </div>
      <div className={`panel-body ${styles.panelScroll}`}>
        <dl className={styles.kv}>
          {lane.kind !== 'execution' && (
            <>
              <dt>In</dt>
              <dd>
                {lane.kind === 'branch' ? `Branch ${(lane.position ?? 0) + 1}` : `Item ${lane.position}`} of{' '}
                <button type="button" className={styles.linkButton} onClick={() => lane.parentVisit !== null && onSelectVisit(lane.parentVisit)}>
                  {replay.visits[lane.parentVisit ?? 0]?.name}
                </button>
              </dd>
            </>
          )}
          <dt>Entered</dt>
          <dd className="mono">
            {formatOffset(visit.startMs - replay.startMs)} · event {visit.enteredEventId}
          </dd>
          <dt>Duration</dt>
          <dd>
            {phase === 'not-reached' ? '—' : done && visit.endMs !== null ? formatDuration(visit.endMs - visit.startMs) : `${formatDuration(atMs - visit.startMs)} so far`}
          </dd>
          {(visit.type === 'Task' ? attempts.length > 0 : attempts.length > 1) && (
            <>
              <dt>{visit.type === 'Task' ? 'Attempts' : 'Runs'}</dt>
              <dd data-testid="state-panel-attempts">
                {attempts.map((attempt) => {
                  const ended = attempt.endEventId !== null && attempt.endEventId <= atId;
                  const status = ended ? attempt.status : 'running';
                  return (
                    <div key={attempt.number}>
                      {attempt.backoffMs !== null && <span className="faint">waited {formatDuration(attempt.backoffMs)}, then </span>}#{attempt.number}{' '}
                      <span style={{ color: status === 'succeeded' ? STATUS_COLORS.succeeded : status === 'running' ? STATUS_COLORS.running : STATUS_COLORS.failed }}>{status}</span>
                      {ended && attempt.endMs !== null && <span className="faint"> in {formatDuration(attempt.endMs - attempt.startMs)}</span>}
                      {ended && attempt.error?.error && <span className="mono"> · {attempt.error.error}</span>}
                    </div>
                  );
                })}
              </dd>
            </>
          )}
          {visit.itemCount !== null && (
            <>
              <dt>Items</dt>
              <dd>{visit.itemCount.toLocaleString('en-US')}</dd>
            </>
          )}
          {visit.mapRuns.filter((run) => run.startEventId <= atId).map((run) => (
            <div key={run.startEventId} style={{ display: 'contents' }}>
              <dt>Map Run</dt>
              <dd className="mono">
                {run.mapRunArn ?? 'unknown'} · {STATUS_LABELS[run.status]}
              </dd>
            </div>
          ))}
          {next && (
            <>
              <dt>Caught, went to</dt>
              <dd>
                <button type="button" className={styles.linkButton} onClick={() => onSelectVisit(next.index)} data-testid="catch-next">
                  {next.name}
                </button>
              </dd>
            </>
          )}
        </dl>

        {loaded?.error && loaded.key === key && <p style={{ color: 'var(--failed)' }}>{loaded.error}</p>}
        {data && <StateData data={data} />}
        {loaded?.warnings.length && loaded.key === key ? <p className="faint">{loaded.warnings.map((warning) => warning.message).join(' ')}</p> : null}
      </div>
    </section>
  );
});

/** Memoised: while scrubbing, the panel re-renders every frame but its payloads change only now and then. */
const StateData = memo(function StateData({ data }: { data: ReplayStateData }) {
  if (data.phase === 'not-reached') return <p className="faint">The execution had not reached this state at this instant.</p>;
  return (
    <div className={styles.stepList} style={{ marginTop: 12 }}>
      {data.error && (
        <div className={styles.step} data-testid="state-panel-error">
          <div className={styles.stepHead} style={{ color: 'var(--failed)' }}>
            <strong>Error</strong>
            <span className="mono">{data.error.error ?? '(no name)'}</span>
          </div>
          {data.error.cause && <pre className={styles.stepValue}>{clip(data.error.cause)}</pre>}
        </div>
      )}
      {data.truncated && <p className="faint">AWS truncated a payload of this state (over 256 KiB); what is shown is what the history kept.</p>}
      <div data-testid="state-panel-steps" className={styles.stepList}>
        {data.steps.map((step, index) => (
          <div key={`${step.label}-${index}`} className={styles.step} data-step={step.label} data-source={step.source}>
            <div className={styles.stepHead}>
              <strong>{step.label}</strong>
              {step.expression && <span className="mono truncate faint">{step.expression}</span>}
              <span style={{ flex: 1 }} />
              <span className="faint" title={step.source === 'history' ? 'Recorded in the history' : 'Worked out from the definition'}>
                {step.source === 'history' ? 'recorded' : 'from definition'}
              </span>
            </div>
            {step.value !== null ? <pre className={styles.stepValue}>{clip(pretty(step.value))}</pre> : <div className={`${styles.stepValue} faint`}>{step.note ?? 'Not recorded'}</div>}
          </div>
        ))}
      </div>
      <div>
        <strong style={{ fontSize: 'var(--text-sm)' }}>Variables in scope</strong>
        {data.variables.length === 0 ? (
          <p className="faint" style={{ margin: '4px 0' }}>
            None assigned before this state.
          </p>
        ) : (
          <table className="table" data-testid="state-panel-variables">
            <tbody>
              {data.variables.map((variable) => (
                <tr key={variable.name}>
                  <td className="mono">${variable.name}</td>
                  <td className="mono truncate" style={{ maxWidth: 260 }}>
                    {variable.value}
                  </td>
                  <td className="faint">by {variable.assignedBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {data.assigned.length > 0 && (
          <p style={{ fontSize: 'var(--text-sm)' }} data-testid="state-panel-assigned">
            Assigns {data.assigned.map((variable) => `$${variable.name} = ${variable.value.slice(0, 60)}`).join(', ')}
          </p>
        )}
      </div>
      {data.input !== null && (
        <details>
          <summary>Input (full)</summary>
          <JsonViewer text={data.input} />
        </details>
      )}
      {data.output !== null && (
        <details>
          <summary>Output (full)</summary>
          <JsonViewer text={data.output} />
        </details>
      )}
    </div>
  );
});

function pretty(text: string): string {
  if (text.length > MAX_STEP_CHARS * 4) return text;
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

function clip(text: string): string {
  return text.length > MAX_STEP_CHARS ? `${text.slice(0, MAX_STEP_CHARS)}\n… ${(text.length - MAX_STEP_CHARS).toLocaleString('en-US')} more characters` : text;
}
