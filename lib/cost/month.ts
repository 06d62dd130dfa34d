/** A calendar month in UTC, as "YYYY-MM": billing months are metered in UTC. */
export type MonthKey = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const DAY_MS = 86_400_000;

export function isMonthKey(value: string): value is MonthKey {
  return MONTH.test(value);
}

export function toMonthKey(date: Date): MonthKey {
  return date.toISOString().slice(0, 7);
}

/** [start, end) of the month. */
export function getMonthRange(month: MonthKey): { start: Date; end: Date; days: number } {
  const match = MONTH.exec(month);
  if (!match) throw new Error(`not a month (YYYY-MM): "${month}"`);
  const year = Number(match[1]);
  const index = Number(match[2]) - 1;
  const start = new Date(Date.UTC(year, index, 1));
  const end = new Date(Date.UTC(year, index + 1, 1));
  return { start, end, days: Math.round((end.getTime() - start.getTime()) / DAY_MS) };
}

/** `count` months ending with `last`, oldest first. */
export function listMonthKeys(last: MonthKey, count: number): MonthKey[] {
  const { start } = getMonthRange(last);
  return Array.from({ length: count }, (_, i) => toMonthKey(new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() - (count - 1 - i), 1))));
}
