import { getHistoryEventSummary, isKnownHistoryEventType, type HistoryEvent } from '@/lib/model';
import { expandJsonStrings } from './expand-json-strings';
import { formatDuration } from './format-duration';
import { formatUtc } from './format-utc';

/** Rows drawn at once: a 25,000-event history would make a page of megabytes; filters narrow it. */
export const MAX_EVENTS_SHOWN = 1_000;

/** Per-event text cap: payloads up to 256 KiB each would otherwise bloat the page; Input/Output panels show them whole. */
const MAX_DETAILS_CHARS = 20_000;

function clip(text: string): string {
  if (text.length <= MAX_DETAILS_CHARS) return text;
  return `${text.slice(0, MAX_DETAILS_CHARS)}\n… ${(text.length - MAX_DETAILS_CHARS).toLocaleString('en-US')} more characters`;
}

type TypeCount = { type: string; count: number };

/** An execution's history with a type filter and text search (a GET form, so the view has a URL). */
export async function HistoryEventList({
  data,
  action,
  type,
  search,
  startDate,
}: {
  data: Promise<{ events: HistoryEvent[]; typeCounts: TypeCount[] }>;
  /** The execution page's path, where the form submits. */
  action: string;
  type: string;
  search: string;
  startDate: Date;
}) {
  const { events, typeCounts } = await data;
  const total = typeCounts.reduce((sum, entry) => sum + entry.count, 0);
  const shown = events.slice(0, MAX_EVENTS_SHOWN);
  const filtered = Boolean(type || search);
  return (
    <section className="panel" id="events" aria-label="Events">
      <div className="panel-header">
        <h2>
          Events{' '}
          <span className="faint" style={{ fontWeight: 400 }}>
            {filtered ? `${events.length.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}` : total.toLocaleString('en-US')}
          </span>
        </h2>
        <form action={`${action}#events`} method="get" className="row" role="search">
          <select name="type" className="select" defaultValue={type} aria-label="Event type">
            <option value="">All types</option>
            {typeCounts.map((entry) => (
              <option key={entry.type} value={entry.type}>
                {entry.type} ({entry.count})
              </option>
            ))}
          </select>
          <input name="q" type="search" className="input" placeholder="Search events" defaultValue={search} aria-label="Search events" />
          <button type="submit" className="button">
            Filter
          </button>
          {filtered && (
            <a href={`${action}#events`} className="button">
              Clear
            </a>
          )}
        </form>
      </div>
      {shown.length === 0 ? (
        <div className="empty">{total === 0 ? 'No history stored for this execution.' : 'No events match.'}</div>
      ) : (
        <table className="table" data-testid="events-table">
          <thead>
            <tr>
              <th className="num">ID</th>
              <th className="num">Prev</th>
              <th>Time (UTC)</th>
              <th>Type</th>
              <th>Details</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((event) => (
              <EventRow key={event.id} event={event} startDate={startDate} />
            ))}
          </tbody>
        </table>
      )}
      {events.length > shown.length && (
        <div className="pager">
          Showing the first {MAX_EVENTS_SHOWN.toLocaleString('en-US')} of {events.length.toLocaleString('en-US')} events. Filter by
          type or search to see the others.
        </div>
      )}
    </section>
  );
}

function EventRow({ event, startDate }: { event: HistoryEvent; startDate: Date }) {
  const summary = getHistoryEventSummary(event);
  const known = isKnownHistoryEventType(event.type);
  // An unknown type shows the whole raw event: we cannot tell which members matter.
  const raw = known ? summary.details : event;
  const elapsedMs = event.timestamp.getTime() - startDate.getTime();
  return (
    <tr data-event-type={event.type}>
      <td className="num mono">{event.id}</td>
      <td className="num mono faint">{event.previousEventId ?? ''}</td>
      <td className="nowrap mono">
        {formatUtc(event.timestamp, { millis: true }).slice(11, 23)}
        <div className="faint">+{formatDuration(elapsedMs)}</div>
      </td>
      <td className="nowrap">
        {known ? (
          <span className={summary.isFailure ? 'event-type-failure' : undefined}>{event.type}</span>
        ) : (
          <span className="row">
            <span className="tag tag-unknown">unknown</span>
            <span className="mono">{event.type}</span>
          </span>
        )}
      </td>
      <td style={{ width: '60%' }}>
        {raw === null ? (
          <span className="faint">—</span>
        ) : (
          <details className="event-details">
            <summary>
              <span className="row">
                {summary.stateName && <strong>{summary.stateName}</strong>}
                {summary.resource && <span className="tag mono">{summary.resource}</span>}
                {summary.error && (
                  <span className="mono" style={{ color: 'var(--failed)' }}>
                    {summary.error}
                  </span>
                )}
                {summary.cause && <span className="truncate faint">{summary.cause}</span>}
                {!summary.stateName && !summary.resource && !summary.error && (
                  <span className="faint">{summary.detailsKey ?? 'details'}</span>
                )}
              </span>
            </summary>
            <pre>{clip(JSON.stringify(expandJsonStrings(raw), null, 2))}</pre>
          </details>
        )}
      </td>
    </tr>
  );
}
