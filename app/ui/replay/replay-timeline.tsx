'use client';

import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  getDefaultTimelineExpansion,
  getReplayTimelineRows,
  toTimelineRowKey,
  type ExecutionReplay,
  type ReplayTimelineRow,
  type ReplayVisit,
} from '@/lib/analysis';
import { formatDuration } from '../format-duration';
import { formatUtc } from '../format-utc';
import { formatOffset, STATUS_COLORS, STATUS_LABELS } from './replay-palette';
import styles from './replay.module.css';

const ROW_HEIGHT = 24;
const LABEL_WIDTH = 260;
/** Narrowest time window the timeline zooms to. */
const MIN_SPAN_MS = 5;

type TimeView = { startMs: number; endMs: number };

/** Rows of state visits over time, nested by branch and iteration, virtualised for 25,000-event histories. */
export const ReplayTimeline = memo(function ReplayTimeline({
  replay,
  cursorMs,
  selectedVisit,
  onSelectVisit,
}: {
  replay: ExecutionReplay;
  cursorMs: number;
  selectedVisit: number | null;
  onSelectVisit: (visit: number) => void;
}) {
  const [expanded, setExpanded] = useState(() => getDefaultTimelineExpansion(replay));
  const fullView = useMemo(() => getFullView(replay), [replay]);
  const [view, setView] = useState<TimeView>(fullView);
  const [tooltip, setTooltip] = useState<{ x: number; y: number; text: string } | null>(null);
  const body = useRef<HTMLDivElement>(null);
  const drag = useRef<{ x: number; view: TimeView; moved: boolean } | null>(null);
  const rows = useMemo(() => getReplayTimelineRows(replay, expanded), [replay, expanded]);

  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => body.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });

  const toggle = useCallback((key: string) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);

  // A state selected elsewhere (graph, events): open its lanes and bring its row into view.
  useEffect(() => {
    if (selectedVisit === null) return;
    const keys = getAncestorKeys(replay, selectedVisit);
    if (keys.some((key) => !expanded.has(key))) {
      setExpanded((current) => new Set([...current, ...keys]));
      return;
    }
    const index = rows.findIndex((row) => row.kind === 'visit' && row.visit === selectedVisit);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [selectedVisit, rows, expanded, replay, virtualizer]);

  const trackWidth = () => Math.max(1, (body.current?.clientWidth ?? 800) - LABEL_WIDTH);
  const zoom = useCallback(
    (factor: number, anchorMs?: number) => {
      setView((current) => {
        const span = current.endMs - current.startMs;
        const nextSpan = Math.min(fullView.endMs - fullView.startMs, Math.max(MIN_SPAN_MS, span * factor));
        const anchor = anchorMs ?? (current.startMs + current.endMs) / 2;
        const ratio = (anchor - current.startMs) / span;
        return clampView({ startMs: anchor - ratio * nextSpan, endMs: anchor - ratio * nextSpan + nextSpan }, fullView);
      });
    },
    [fullView],
  );

  useEffect(() => {
    const element = body.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey && !event.shiftKey) return;
      event.preventDefault();
      const box = element.getBoundingClientRect();
      const x = event.clientX - box.left - LABEL_WIDTH;
      if (event.shiftKey && !event.ctrlKey && !event.metaKey) {
        const delta = event.deltaY || event.deltaX;
        setView((current) => {
          const shift = ((current.endMs - current.startMs) * delta) / Math.max(1, box.width - LABEL_WIDTH);
          return clampView({ startMs: current.startMs + shift, endMs: current.endMs + shift }, fullView);
        });
        return;
      }
      setView((current) => {
        const anchor = current.startMs + (Math.max(0, x) / Math.max(1, box.width - LABEL_WIDTH)) * (current.endMs - current.startMs);
        const span = current.endMs - current.startMs;
        const nextSpan = Math.min(fullView.endMs - fullView.startMs, Math.max(MIN_SPAN_MS, span * Math.exp(event.deltaY * 0.002)));
        const ratio = (anchor - current.startMs) / span;
        return clampView({ startMs: anchor - ratio * nextSpan, endMs: anchor - ratio * nextSpan + nextSpan }, fullView);
      });
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [fullView]);

  const onPointerDown = (event: React.PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    if (event.button !== 0 || event.clientX - box.left < LABEL_WIDTH) return;
    drag.current = { x: event.clientX, view, moved: false };
  };
  const onPointerMove = (event: React.PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (start) {
      const dx = event.clientX - start.x;
      if (!start.moved && Math.abs(dx) < 4) return;
      if (!start.moved) event.currentTarget.setPointerCapture(event.pointerId);
      start.moved = true;
      const shift = (-dx / trackWidth()) * (start.view.endMs - start.view.startMs);
      setView(clampView({ startMs: start.view.startMs + shift, endMs: start.view.endMs + shift }, fullView));
      setTooltip(null);
      return;
    }
    const target = (event.target as Element).closest('[data-tip]');
    setTooltip(target ? { x: event.clientX + 12, y: event.clientY + 14, text: getTooltip(replay, target) } : null);
  };
  const onPointerUp = (event: React.PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    drag.current = null;
    if (start?.moved) event.currentTarget.releasePointerCapture(event.pointerId);
  };

  const span = view.endMs - view.startMs;
  const toPercent = (ms: number) => ((ms - view.startMs) / span) * 100;
  const failed = replay.failedVisit !== null ? replay.visits[replay.failedVisit] : null;

  return (
    <section className="panel" aria-label="Timeline">
      <div className="panel-header">
        <h2>Timeline</h2>
        <div className="row">
          <span className="faint">{rows.length.toLocaleString('en-US')} rows</span>
          <button type="button" className="button button-small" onClick={() => zoom(1.5)} aria-label="Zoom out of the timeline">
            −
          </button>
          <button type="button" className="button button-small" onClick={() => zoom(1 / 1.5)} aria-label="Zoom into the timeline">
            +
          </button>
          <button type="button" className="button button-small" onClick={() => setView(fullView)} aria-label="Fit the timeline">
            Fit
          </button>
          <button type="button" className="button button-small" onClick={() => setExpanded(new Set())}>
            Collapse all
          </button>
        </div>
      </div>
      <div className={styles.timelineHeader}>
        <div style={{ padding: '4px 8px' }}>State · Shift+wheel pans, Ctrl/⌘+wheel zooms</div>
        <div className={styles.axis}>
          {getTicks(view, replay.startMs).map((tick) => (
            <span key={tick.ms} className={styles.tick} style={{ left: `${toPercent(tick.ms)}%` }}>
              {tick.label}
            </span>
          ))}
        </div>
      </div>
      <div
        ref={body}
        className={styles.timelineBody}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerLeave={() => setTooltip(null)}
        data-testid="replay-timeline"
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          <TimelineRows
            replay={replay}
            rows={rows}
            items={virtualizer.getVirtualItems()}
            view={view}
            selectedVisit={selectedVisit}
            onSelectVisit={onSelectVisit}
            onToggle={toggle}
          />
          <div className={styles.overlay}>
            {failed?.endMs != null && <div className={styles.failureLine} style={{ left: `${toPercent(failed.endMs)}%` }} title="Failure" />}
            <div className={styles.future} style={{ left: `${Math.max(0, toPercent(cursorMs))}%` }} />
            <div className={styles.cursorLine} style={{ left: `${toPercent(cursorMs)}%` }} data-testid="timeline-cursor" />
          </div>
        </div>
      </div>
      {tooltip && (
        <div className={styles.tooltip} style={{ left: tooltip.x, top: tooltip.y }} role="tooltip" data-testid="timeline-tooltip">
          {tooltip.text}
        </div>
      )}
    </section>
  );
});

const TimelineRows = memo(function TimelineRows({
  replay,
  rows,
  items,
  view,
  selectedVisit,
  onSelectVisit,
  onToggle,
}: {
  replay: ExecutionReplay;
  rows: ReplayTimelineRow[];
  items: { index: number; start: number }[];
  view: TimeView;
  selectedVisit: number | null;
  onSelectVisit: (visit: number) => void;
  onToggle: (key: string) => void;
}) {
  const span = view.endMs - view.startMs;
  const place = (fromMs: number, toMs: number) => ({ left: `${((fromMs - view.startMs) / span) * 100}%`, width: `${(Math.max(0, toMs - fromMs) / span) * 100}%` });
  return (
    <>
      {items.map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        if (row.kind === 'lane') {
          const lane = replay.lanes[row.lane];
          const label = lane.kind === 'branch' ? `Branch ${(lane.position ?? 0) + 1}` : `Item ${lane.position ?? '?'}`;
          const firstVisit = lane.visits[0];
          return (
            <div
              key={row.key}
              className={styles.row}
              style={{ transform: `translateY(${item.start}px)` }}
              onClick={() => (firstVisit !== undefined ? onSelectVisit(firstVisit) : undefined)}
              data-testid="timeline-lane"
              data-lane-kind={lane.kind}
              data-position={lane.position ?? undefined}
              data-status={lane.status}
            >
              <div className={styles.rowLabel} style={{ paddingLeft: 6 + row.depth * 14 }}>
                <Toggle row={row} onToggle={onToggle} />
                <span className="faint">
                  {label}
                  {lane.attempt > 1 ? ` · run ${lane.attempt}` : ''}
                </span>
              </div>
              <div className={styles.track}>
                <div
                  className={`${styles.bar} ${styles.barLane}`}
                  style={{ ...place(lane.startMs, lane.endMs ?? replay.endMs), background: STATUS_COLORS[lane.status] }}
                  data-tip
                  data-lane={lane.index}
                />
              </div>
            </div>
          );
        }
        const visit = replay.visits[row.visit];
        const selected = row.visit === selectedVisit;
        return (
          <div
            key={row.key}
            className={`${styles.row} ${selected ? styles.rowSelected : ''}`}
            style={{ transform: `translateY(${item.start}px)` }}
            onClick={() => onSelectVisit(visit.index)}
            data-testid="timeline-row"
            data-visit={visit.index}
            data-name={visit.name}
            data-status={visit.status}
            data-attempts={visit.attempts.length}
            aria-selected={selected}
          >
            <div className={styles.rowLabel} style={{ paddingLeft: 6 + row.depth * 14 }}>
              <Toggle row={row} onToggle={onToggle} />
              <span style={{ color: STATUS_COLORS[visit.status], fontSize: 10 }}>●</span>
              <span>{visit.name}</span>
              {visit.attempts.length > 1 && visit.type === 'Task' && <span className="faint">×{visit.attempts.length}</span>}
              {visit.status === 'caught' && <span className="faint">caught</span>}
            </div>
            <div className={styles.track}>
              <VisitBars replay={replay} visit={visit} place={place} />
            </div>
          </div>
        );
      })}
    </>
  );
});

function Toggle({ row, onToggle }: { row: ReplayTimelineRow; onToggle: (key: string) => void }) {
  if (!row.expandable) return <span style={{ width: 18, flex: 'none' }} />;
  return (
    <button
      type="button"
      className={styles.toggle}
      aria-expanded={row.expanded}
      aria-label={row.expanded ? 'Collapse' : 'Expand'}
      onClick={(event) => {
        event.stopPropagation();
        onToggle(row.key);
      }}
    >
      {row.expanded ? '▼' : '▶'}
    </button>
  );
}

function VisitBars({ replay, visit, place }: { replay: ExecutionReplay; visit: ReplayVisit; place: (fromMs: number, toMs: number) => React.CSSProperties }) {
  const end = visit.endMs ?? replay.endMs;
  const color = STATUS_COLORS[visit.status];
  const failMark = visit.status === 'failed' && visit.endMs !== null ? <div className={styles.failMark} style={{ left: place(visit.endMs, visit.endMs).left }} data-testid="fail-mark" /> : null;
  if (visit.type === 'Task' && visit.attempts.length > 0) {
    return (
      <>
        {visit.attempts.map((attempt, index) => {
          const attemptEnd = attempt.endMs ?? end;
          const attemptColor = attempt.status === 'succeeded' ? STATUS_COLORS.succeeded : attempt.status === 'running' ? STATUS_COLORS.running : attempt.status === 'aborted' ? STATUS_COLORS.aborted : STATUS_COLORS.failed;
          const previousEnd = index > 0 ? visit.attempts[index - 1].endMs : null;
          const started = attempt.startedMs ?? attemptEnd;
          return (
            <span key={attempt.number}>
              {previousEnd !== null && attempt.startMs > previousEnd && (
                <div className={styles.barBackoff} style={place(previousEnd, attempt.startMs)} data-tip data-visit={visit.index} data-backoff={index} data-testid="backoff" />
              )}
              {started > attempt.startMs && <div className={`${styles.bar} ${styles.barQueued}`} style={{ ...place(attempt.startMs, started), background: attemptColor }} data-tip data-visit={visit.index} data-attempt={index} />}
              <div className={styles.bar} style={{ ...place(started, attemptEnd), background: attemptColor }} data-tip data-visit={visit.index} data-attempt={index} data-testid="attempt-bar" />
            </span>
          );
        })}
        {failMark}
      </>
    );
  }
  return (
    <>
      <div
        className={`${styles.bar} ${visit.type === 'Wait' ? styles.barWait : ''}`}
        style={{ ...place(visit.startMs, end), background: color, opacity: visit.lanes.length > 0 ? 0.35 : 1 }}
        data-tip
        data-visit={visit.index}
      />
      {failMark}
    </>
  );
}

function getFullView(replay: ExecutionReplay): TimeView {
  const span = Math.max(replay.endMs - replay.startMs, MIN_SPAN_MS);
  return { startMs: replay.startMs - span * 0.01, endMs: replay.startMs + span * 1.02 };
}

function clampView(view: TimeView, full: TimeView): TimeView {
  const span = view.endMs - view.startMs;
  if (view.startMs < full.startMs) return { startMs: full.startMs, endMs: full.startMs + span };
  if (view.endMs > full.endMs) return { startMs: full.endMs - span, endMs: full.endMs };
  return view;
}

const STEPS_MS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000, 3_600_000, 7_200_000, 21_600_000, 43_200_000, 86_400_000];

function getTicks(view: TimeView, originMs: number): { ms: number; label: string }[] {
  const span = view.endMs - view.startMs;
  const step = STEPS_MS.find((candidate) => span / candidate <= 8) ?? 86_400_000 * 7;
  const ticks: { ms: number; label: string }[] = [];
  const first = originMs + Math.ceil((view.startMs - originMs) / step) * step;
  for (let ms = first; ms <= view.endMs && ticks.length < 20; ms += step) ticks.push({ ms, label: formatOffset(ms - originMs) });
  return ticks;
}

function getAncestorKeys(replay: ExecutionReplay, visitIndex: number): string[] {
  const keys: string[] = [];
  for (let lane = replay.visits[visitIndex]?.lane ?? 0; lane > 0; ) {
    keys.push(toTimelineRowKey('lane', lane));
    const parent = replay.lanes[lane].parentVisit;
    if (parent === null) break;
    keys.push(toTimelineRowKey('visit', parent));
    lane = replay.visits[parent].lane;
  }
  return keys;
}

function getTooltip(replay: ExecutionReplay, target: Element): string {
  const at = (ms: number) => `${formatOffset(ms - replay.startMs)} (${formatUtc(new Date(ms), { millis: true }).slice(11)})`;
  const laneIndex = target.getAttribute('data-lane');
  if (laneIndex !== null) {
    const lane = replay.lanes[Number(laneIndex)];
    const label = lane.kind === 'branch' ? `Branch ${(lane.position ?? 0) + 1}` : `Item ${lane.position}`;
    return `${label} of ${replay.visits[lane.parentVisit ?? 0]?.name ?? '?'} · ${STATUS_LABELS[lane.status]}\nStarted ${at(lane.startMs)}\n${lane.endMs !== null ? `Took ${formatDuration(lane.endMs - lane.startMs)}` : 'Still running'}`;
  }
  const visit = replay.visits[Number(target.getAttribute('data-visit'))];
  if (!visit) return '';
  const lines = [`${visit.name} (${visit.type}) · ${STATUS_LABELS[visit.status]}`, `Entered ${at(visit.startMs)}`, visit.endMs !== null ? `Took ${formatDuration(visit.endMs - visit.startMs)}` : 'Still running'];
  const backoff = target.getAttribute('data-backoff');
  const attemptIndex = target.getAttribute('data-attempt');
  if (backoff !== null) {
    const attempt = visit.attempts[Number(backoff)];
    lines.push(`Retry back-off before attempt ${attempt.number}: ${formatDuration(attempt.backoffMs)}`);
  } else if (attemptIndex !== null) {
    const attempt = visit.attempts[Number(attemptIndex)];
    lines.push(`Attempt ${attempt.number} of ${visit.attempts.length}: ${attempt.status}${attempt.resource ? ` · ${attempt.resource}` : ''}`);
    lines.push(`Scheduled ${at(attempt.startMs)}`);
    if (attempt.startedMs !== null) lines.push(`Started after ${formatDuration(attempt.startedMs - attempt.startMs)}`);
    if (attempt.endMs !== null) lines.push(`Ran ${formatDuration(attempt.endMs - (attempt.startedMs ?? attempt.startMs))}`);
    if (attempt.error) lines.push(`${attempt.error.error ?? 'Error'}${attempt.error.cause ? `: ${attempt.error.cause.slice(0, 160)}` : ''}`);
  } else if (visit.error) {
    lines.push(`${visit.error.error ?? 'Error'}${visit.error.cause ? `: ${visit.error.cause.slice(0, 160)}` : ''}`);
  }
  if (visit.itemCount !== null) lines.push(`${visit.itemCount.toLocaleString('en-US')} items`);
  return lines.join('\n');
}
