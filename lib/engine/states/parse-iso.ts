import { StatesError } from '@/lib/asl';

const ISO_OFFSET_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Strict ISO-8601 with offset, as AWS (java.time OffsetDateTime) accepts it. */
export function parseIso(s: string): number | undefined {
  if (!ISO_OFFSET_DATE_TIME.test(s)) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(s);
  if (!m) return undefined;
  const [mo, d, h, mi, se] = [Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 59) return undefined;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : t;
}

/** A Wait state's `Timestamp` field, or the runtime error AWS raises for it. */
export function parseTimestamp(s: string, field: string): number {
  const t = parseIso(s);
  if (t === undefined) {
    throw new StatesError('States.Runtime', `The ${field} field cannot be parsed as an ISO-8601 extended offset date-time format string: ${s}`);
  }
  return t;
}
