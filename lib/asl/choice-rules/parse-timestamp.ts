/** An instant with nanosecond precision (AWS keeps up to 9 fraction digits). */
export type Timestamp = { epochSeconds: number; nanos: number };

/**
 * Java's DateTimeFormatter.ISO_OFFSET_DATE_TIME, which AWS uses: its errors say "ISO-8601 extended
 * offset date-time". So: T and Z in any case, seconds optional, 0-9 fraction digits, an offset of
 * Z or ±HH:MM[:SS] up to 18 hours, and strict calendar checks (no Feb 30, no second 60).
 */
const OFFSET_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{0,9}))?)?(?:([Zz])|([+-])(\d{2}):(\d{2})(?::(\d{2}))?)$/;

const MAX_OFFSET_SECONDS = 18 * 3600;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

export function parseTimestamp(text: string): Timestamp | null {
  const match = OFFSET_DATE_TIME.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number);
  const second = match[6] === undefined ? 0 : Number(match[6]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offsetSeconds = 0;
  if (!match[8]) {
    const [offsetHours, offsetMinutes] = [Number(match[10]), Number(match[11])];
    const offsetExtra = match[12] === undefined ? 0 : Number(match[12]);
    if (offsetMinutes > 59 || offsetExtra > 59) return null;
    offsetSeconds = (match[9] === '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60 + offsetExtra);
    if (Math.abs(offsetSeconds) > MAX_OFFSET_SECONDS) return null;
  }
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // setUTCFullYear keeps years below 100 as written
  date.setUTCHours(hour, minute, second, 0);
  const nanos = Number((match[7] ?? '').padEnd(9, '0') || '0');
  return { epochSeconds: date.getTime() / 1000 - offsetSeconds, nanos };
}

/** Negative, zero or positive, like a comparator. */
export function compareTimestamps(a: Timestamp, b: Timestamp): number {
  return a.epochSeconds - b.epochSeconds || a.nanos - b.nanos;
}
