'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { END_NODE_ID, getReplayFrame, getReplayPosition, START_NODE_ID, toReplayFromText, type ExecutionReplay, type ReplayWarning } from '@/lib/analysis';
import type { ReplayGraphLayout } from './layout-replay-graph';
import { formatOffset } from './replay-palette';
import { ReplayEventList } from './replay-event-list';
import { ReplayGraph } from './replay-graph';
import { ReplayStatePanel } from './replay-state-panel';
import { ReplayTimeline } from './replay-timeline';
import styles from './replay.module.css';

/** Replay rates, as multiples of real time. */
const SPEEDS = [1, 10, 100, 1_000, 10_000, 100_000];
/** The default speed plays the whole execution in about this long. */
const TARGET_PLAY_MS = 20_000;
/** The URL follows the instant at most this often while playing or scrubbing. */
const URL_UPDATE_MS = 250;

type Cursor = { pos: number; timeMs: number };

export type ExecutionReplayProps = {
  /** Serves the model as toReplayText wrote it (kept out of the page's HTML; preloaded by the page). */
  modelUrl: string;
  /** Events in the history, for the placeholder shown while the model loads. */
  eventCount: number;
  layout: ReplayGraphLayout | null;
  definitionNote: string | null;
  /** The route that serves payloads on demand. */
  dataUrl: string;
  /** Base name of exported graph files. */
  fileName: string;
  initialEventId: number | null;
  initialVisit: number | null;
};

/**
 * The execution's replay: a graph, a timeline, the events and the selected state's data, all at one
 * instant that plays, scrubs and steps event by event. Selection and instant live in the URL.
 */
export function ExecutionReplayView({ modelUrl, eventCount, ...props }: ExecutionReplayProps) {
  const [loaded, setLoaded] = useState<{ replay: ExecutionReplay; warnings: ReplayWarning[] } | { error: string } | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch(modelUrl, { signal: controller.signal })
      .then(async (response) => {
        const text = await response.text();
        if (!response.ok) throw new Error(readMessage(text) ?? `HTTP ${response.status}`);
        // The warnings, a newline, then the model.
        const split = text.indexOf('\n');
        setLoaded({ warnings: JSON.parse(text.slice(0, split)) as ReplayWarning[], replay: toReplayFromText(text.slice(split + 1)) });
      })
      .catch((error: Error) => {
        if (!controller.signal.aborted) setLoaded({ error: `The replay could not be loaded: ${error.message}` });
      });
    return () => controller.abort();
  }, [modelUrl]);
  if (loaded && 'replay' in loaded) return <ReplayView replay={loaded.replay} warnings={loaded.warnings} {...props} />;
  return (
    <section className="panel" aria-label="Replay" aria-busy={!loaded} style={{ minHeight: 540 }} data-testid="replay-loading">
      <div className="empty">{loaded ? loaded.error : `Loading the replay of ${eventCount.toLocaleString('en-US')} events…`}</div>
    </section>
  );
}

function readMessage(text: string): string | null {
  try {
    const body = JSON.parse(text) as { message?: unknown };
    return typeof body.message === 'string' ? body.message : null;
  } catch {
    return null;
  }
}

function ReplayView({
  replay,
  warnings,
  layout,
  definitionNote,
  dataUrl,
  fileName,
  initialEventId,
  initialVisit,
}: Omit<ExecutionReplayProps, 'modelUrl' | 'eventCount'> & { replay: ExecutionReplay; warnings: ReplayWarning[] }) {
  const last = Math.max(0, replay.events.ids.length - 1);
  const [cursor, setCursor] = useState<Cursor>(() => {
    const index = initialEventId === null ? -1 : replay.events.ids.indexOf(initialEventId);
    const pos = index >= 0 ? index : last;
    return { pos, timeMs: replay.events.timesMs[pos] ?? replay.startMs };
  });
  const [selected, setSelected] = useState<number | null>(() => {
    if (initialVisit !== null && replay.visits[initialVisit]) return initialVisit;
    const ofEvent = initialEventId === null ? -1 : (replay.events.visits[replay.events.ids.indexOf(initialEventId)] ?? -1);
    if (ofEvent >= 0) return ofEvent;
    return replay.failedVisit;
  });
  const [playing, setPlaying] = useState(false);
  const durationMs = Math.max(1, replay.endMs - replay.startMs);
  const [speed, setSpeed] = useState(() => SPEEDS.find((candidate) => durationMs / candidate <= TARGET_PLAY_MS) ?? SPEEDS.at(-1)!);
  // When the replay was first drawn (ms since navigation): the bench reads it.
  const [ready, setReady] = useState<number | null>(null);
  const cursorRef = useRef(cursor);
  cursorRef.current = cursor;
  const selectedRef = useRef(selected);
  selectedRef.current = selected;

  const frame = useMemo(() => getReplayFrame(replay, cursor.pos), [replay, cursor.pos]);
  const transitions = useMemo(() => getTransitions(replay, layout), [replay, layout]);
  const takenEdges = useMemo(() => {
    const taken = new Set<string>();
    for (const transition of transitions) if (transition.pos <= cursor.pos) for (const id of transition.edgeIds) taken.add(id);
    return taken;
  }, [transitions, cursor.pos]);

  const moveTo = useCallback(
    (pos: number) => {
      const clamped = Math.max(0, Math.min(last, pos));
      setCursor({ pos: clamped, timeMs: replay.events.timesMs[clamped] ?? replay.startMs });
    },
    [last, replay],
  );
  const selectVisit = useCallback((visit: number) => setSelected(visit), []);
  const selectEvent = useCallback(
    (pos: number) => {
      moveTo(pos);
      const visit = replay.events.visits[pos];
      if (visit >= 0) setSelected(visit);
    },
    [moveTo, replay],
  );
  const selectNode = useCallback(
    (nodeId: string) => {
      const latest = getReplayFrame(replay, cursorRef.current.pos).nodes.get(nodeId)?.latestVisit;
      const visit = latest ?? replay.visits.find((candidate) => candidate.nodeId === nodeId)?.index;
      if (visit !== undefined) setSelected(visit);
    },
    [replay],
  );

  // Playing: advance the instant with real time × speed, one step per animation frame.
  useEffect(() => {
    if (!playing) return;
    let previous = performance.now();
    let handle = requestAnimationFrame(function tick(now) {
      const timeMs = Math.min(replay.endMs, cursorRef.current.timeMs + (now - previous) * speed);
      previous = now;
      setCursor({ timeMs, pos: getReplayPosition(replay, timeMs) });
      if (timeMs >= replay.endMs) setPlaying(false);
      else handle = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(handle);
  }, [playing, speed, replay]);

  const togglePlay = useCallback(() => {
    setPlaying((current) => {
      if (!current && cursorRef.current.timeMs >= replay.endMs) setCursor({ pos: 0, timeMs: replay.startMs });
      return !current;
    });
  }, [replay]);

  // Space plays, arrows step event by event (Shift: through the selected state's events), Home/End jump.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      // Space on a button or link activates it; leave that to the browser.
      if (event.key === ' ' && isControl(event.target)) return;
      const selectedVisit = selectedRef.current;
      if (event.key === ' ') togglePlay();
      else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        setPlaying(false);
        const step = event.key === 'ArrowRight' ? 1 : -1;
        if (event.shiftKey && selectedVisit !== null) moveTo(findEventOf(replay, selectedVisit, cursorRef.current.pos, step));
        else moveTo(cursorRef.current.pos + step);
      } else if (event.key === 'Home') moveTo(0);
      else if (event.key === 'End') moveTo(last);
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [last, moveTo, replay, togglePlay]);

  // The URL keeps the instant and the selection; replaced, not pushed, so Back leaves the page.
  useEffect(() => {
    const timer = setTimeout(() => {
      const url = new URL(window.location.href);
      url.searchParams.set('event', String(replay.events.ids[cursor.pos]));
      if (selected === null) url.searchParams.delete('visit');
      else url.searchParams.set('visit', String(selected));
      if (url.href !== window.location.href) window.history.replaceState(null, '', url);
    }, URL_UPDATE_MS);
    return () => clearTimeout(timer);
  }, [cursor.pos, selected, replay]);

  useEffect(() => setReady(Math.round(performance.now())), []);

  const eventType = replay.events.typeNames[replay.events.typeCodes[cursor.pos]] ?? '';
  const selectedNodeId = selected === null ? null : (replay.visits[selected]?.nodeId ?? null);
  return (
    <div className={styles.replay} id="replay" data-testid="replay" data-replay-ready={ready ?? undefined} data-event-id={replay.events.ids[cursor.pos]} data-selected-visit={selected ?? undefined}>
      <section className={`panel ${styles.toolbar}`} aria-label="Replay controls">
        <button type="button" className="button button-primary" onClick={togglePlay} aria-label={playing ? 'Pause' : 'Play'} data-testid="replay-play">
          {playing ? '❚❚ Pause' : '▶ Play'}
        </button>
        <button type="button" className="button button-small" onClick={() => moveTo(cursor.pos - 1)} aria-label="Previous event">
          ◀
        </button>
        <button type="button" className="button button-small" onClick={() => moveTo(cursor.pos + 1)} aria-label="Next event">
          ▶
        </button>
        <select className="select" value={speed} onChange={(event) => setSpeed(Number(event.target.value))} aria-label="Speed">
          {SPEEDS.map((option) => (
            <option key={option} value={option}>
              {option.toLocaleString('en-US')}×
            </option>
          ))}
        </select>
        <input
          type="range"
          className={styles.scrubber}
          min={0}
          max={durationMs}
          step="any"
          value={cursor.timeMs - replay.startMs}
          onChange={(event) => {
            setPlaying(false);
            const timeMs = replay.startMs + Number(event.target.value);
            setCursor({ timeMs, pos: getReplayPosition(replay, timeMs) });
          }}
          aria-label="Instant"
          data-testid="replay-scrubber"
        />
        <span className={styles.clock} data-testid="replay-clock">
          {formatOffset(cursor.timeMs - replay.startMs)} / {formatOffset(durationMs).slice(1)} · event {replay.events.ids[cursor.pos] ?? 0} of {replay.events.ids.length.toLocaleString('en-US')}{' '}
          <span className="faint">{eventType}</span>
        </span>
      </section>
      {(warnings.length > 0 || definitionNote) && (
        <details className={`panel panel-body ${styles.warnings}`} data-testid="replay-warnings">
          <summary>
            {definitionNote ? `${definitionNote} ` : ''}
            {warnings.length > 0 ? `${warnings.length} note${warnings.length === 1 ? '' : 's'} about this history` : ''}
          </summary>
          <ul>
            {warnings.map((warning, index) => (
              <li key={index}>
                {warning.message}
                {warning.eventId !== null && <span className="faint"> (event {warning.eventId})</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className={styles.top}>
        {layout ? (
          <ReplayGraph layout={layout} frame={frame} takenEdges={takenEdges} selectedNodeId={selectedNodeId} onSelectNode={selectNode} fileName={fileName} />
        ) : (
          <section className="panel" aria-label="State graph">
            <div className="empty">{definitionNote ?? 'No definition to draw.'}</div>
          </section>
        )}
        <ReplayStatePanel replay={replay} visitIndex={selected} pos={cursor.pos} dataUrl={dataUrl} onSelectVisit={selectVisit} />
      </div>
      <div className={styles.bottom}>
        <ReplayTimeline replay={replay} cursorMs={cursor.timeMs} selectedVisit={selected} onSelectVisit={selectVisit} />
        <ReplayEventList replay={replay} pos={cursor.pos} selectedVisit={selected} detailsUrl={dataUrl} onSelectEvent={selectEvent} />
      </div>
    </div>
  );
}

type Transition = { pos: number; edgeIds: string[] };

/** The graph edges the execution travelled, each with the event position where it did. */
function getTransitions(replay: ExecutionReplay, layout: ReplayGraphLayout | null): Transition[] {
  if (!layout) return [];
  const edgesByPair = new Map<string, { id: string; kind: string }[]>();
  for (const edge of layout.edges) {
    const pair = `${edge.source}\n${edge.target}`;
    const list = edgesByPair.get(pair) ?? [];
    list.push({ id: edge.id, kind: edge.kind });
    edgesByPair.set(pair, list);
  }
  const transitions: Transition[] = [];
  const add = (source: string, target: string, pos: number, caught: boolean) => {
    const edges = edgesByPair.get(`${source}\n${target}`);
    if (!edges) return;
    const matching = edges.filter((edge) => (edge.kind === 'catch') === caught);
    transitions.push({ pos, edgeIds: (matching.length ? matching : edges).map((edge) => edge.id) });
  };
  const root = replay.lanes[0];
  const first = root?.visits[0];
  if (first !== undefined) add(START_NODE_ID, replay.visits[first].nodeId, replay.visits[first].startPos, false);
  for (const visit of replay.visits) {
    if (visit.nextVisit === null) continue;
    const next = replay.visits[visit.nextVisit];
    add(visit.nodeId, next.nodeId, next.startPos, visit.status === 'caught');
  }
  const final = root?.visits.at(-1);
  if (final !== undefined && replay.status === 'SUCCEEDED' && root.endPos !== null) add(replay.visits[final].nodeId, END_NODE_ID, root.endPos, false);
  return transitions;
}

/** The position of the selected state's next (or previous) event from `pos`. */
function findEventOf(replay: ExecutionReplay, visit: number, pos: number, step: 1 | -1): number {
  const visits = replay.events.visits;
  for (let at = pos + step; at >= 0 && at < visits.length; at += step) if (visits[at] === visit) return at;
  return pos;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return target.type !== 'range';
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

function isControl(target: EventTarget | null): boolean {
  return target instanceof HTMLButtonElement || (target instanceof HTMLElement && (target.tagName === 'SUMMARY' || target.tagName === 'A'));
}
