'use client';

import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { ExecutionReplay } from '@/lib/analysis';
import { formatOffset } from './replay-palette';
import styles from './replay.module.css';

const ROW_HEIGHT = 24;
/** While playing or scrubbing, the list catches up with the instant this often. */
const FOLLOW_MS = 150;
const FAILURE_TYPE = /(Failed|TimedOut|Aborted)$/;

/** Every event in id order (virtualised), the current one marked; a click moves the replay there. */
export const ReplayEventList = memo(function ReplayEventList({
  replay,
  pos,
  selectedVisit,
  detailsUrl,
  onSelectEvent,
}: {
  replay: ExecutionReplay;
  pos: number;
  selectedVisit: number | null;
  /** Answers `?detailsOf=<id>` with the event whole. */
  detailsUrl: string;
  onSelectEvent: (pos: number) => void;
}) {
  const [type, setType] = useState('');
  const [details, setDetails] = useState<{ id: number; text: string } | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const events = replay.events;
  const positions = useMemo(() => {
    if (!type) return null;
    const code = events.typeNames.indexOf(type);
    const found: number[] = [];
    for (let i = 0; i < events.typeCodes.length; i++) if (events.typeCodes[i] === code) found.push(i);
    return found;
  }, [events, type]);
  const count = positions ? positions.length : events.ids.length;
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 16 });

  // Follow the replay's current event, at most every FOLLOW_MS and without reading layout: rows have
  // a fixed height, and the virtualizer already knows the scroll offset and the viewport's height.
  const followTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastFollow = useRef(0);
  const latest = useRef({ pos, positions });
  latest.current = { pos, positions };
  useEffect(() => {
    const follow = () => {
      followTimer.current = null;
      lastFollow.current = performance.now();
      const element = scroller.current;
      const { pos: at, positions: shown } = latest.current;
      const index = shown ? shown.findIndex((candidate) => candidate >= at) : at;
      if (!element || index < 0) return;
      const top = virtualizer.scrollOffset ?? 0;
      const height = virtualizer.scrollRect?.height ?? 0;
      const offset = index * ROW_HEIGHT;
      if (offset < top || offset + ROW_HEIGHT > top + height) element.scrollTop = Math.max(0, offset - height / 2);
    };
    if (followTimer.current) return;
    const wait = FOLLOW_MS - (performance.now() - lastFollow.current);
    if (wait <= 0) follow();
    else followTimer.current = setTimeout(follow, wait);
  }, [pos, positions, virtualizer]);
  useEffect(() => () => {
    if (followTimer.current) clearTimeout(followTimer.current);
  }, []);

  const showDetails = async (id: number) => {
    setDetails({ id, text: 'Loading…' });
    try {
      const response = await fetch(`${detailsUrl}?detailsOf=${id}`);
      const body = (await response.json()) as { event?: unknown; message?: string };
      setDetails({ id, text: response.ok ? JSON.stringify(body.event, null, 2) : (body.message ?? `HTTP ${response.status}`) });
    } catch (error) {
      setDetails({ id, text: `Could not load event ${id}: ${(error as Error).message}` });
    }
  };

  return (
    <section className="panel" aria-label="Replay events">
      <div className="panel-header">
        <h2>
          Events <span className="faint" style={{ fontWeight: 400 }}>{count.toLocaleString('en-US')}</span>
        </h2>
        <select className="select" value={type} onChange={(event) => setType(event.target.value)} aria-label="Show events of type">
          <option value="">All types</option>
          {[...events.typeNames].sort().map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div ref={scroller} className={styles.eventScroller} style={{ height: details ? 250 : 420 }} data-testid="replay-events">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const at = positions ? positions[item.index] : item.index;
            const id = events.ids[at];
            const typeName = events.typeNames[events.typeCodes[at]];
            const visit = events.visits[at];
            const current = at === pos;
            const className = [styles.eventRow, current ? styles.eventCurrent : '', visit >= 0 && visit === selectedVisit ? styles.eventOfSelected : '', at > pos ? styles.eventFuture : ''].join(' ');
            return (
              <div
                key={item.key}
                className={className}
                style={{ transform: `translateY(${item.start}px)` }}
                onClick={() => onSelectEvent(at)}
                data-testid="replay-event"
                data-event-id={id}
                data-current={current || undefined}
                data-selected={(visit >= 0 && visit === selectedVisit) || undefined}
              >
                <span className="mono faint">{id}</span>
                <span className="mono faint">{formatOffset(events.timesMs[at] - replay.startMs)}</span>
                <span className="truncate">
                  <span style={FAILURE_TYPE.test(typeName) ? { color: 'var(--failed)' } : undefined}>{typeName}</span>
                  {visit >= 0 && <span className="faint"> · {replay.visits[visit].name}</span>}
                </span>
                <button
                  type="button"
                  className={styles.toggle}
                  aria-label={`Details of event ${id}`}
                  onClick={(event) => {
                    event.stopPropagation();
                    void showDetails(id);
                  }}
                >
                  {'{}'}
                </button>
              </div>
            );
          })}
        </div>
      </div>
      {details && (
        <div className="panel-body" style={{ borderTop: '1px solid var(--border)' }}>
          <div className="row" style={{ justifyContent: 'space-between' }}>
            <strong>Event {details.id}</strong>
            <button type="button" className="button button-small" onClick={() => setDetails(null)}>
              Close
            </button>
          </div>
          <pre className={styles.stepValue} data-testid="replay-event-details">
            {details.text}
          </pre>
        </div>
      )}
    </section>
  );
});
