import { formatDistanceStrict } from 'date-fns';
import { formatUtc } from './format-utc';

/** A UTC timestamp with how long ago it was, measured from the request's `now`. */
export function TimeAgo({ date, now, millis }: { date: Date | null; now: Date; millis?: boolean }) {
  if (!date) return <span className="faint">—</span>;
  return (
    <span className="nowrap" title={date.toISOString()}>
      <time dateTime={date.toISOString()}>{formatUtc(date, { millis })}</time>{' '}
      <span className="faint">· {formatDistanceStrict(date, now, { addSuffix: true })}</span>
    </span>
  );
}
