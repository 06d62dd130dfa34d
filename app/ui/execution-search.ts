import { z } from 'zod';
import { EXECUTION_STATUSES, isExecutionSort, type ExecutionFilter, type ExecutionSort, type ExecutionStatus, type PageRequest } from '@/lib/model';

export type SearchParams = Record<string, string | string[] | undefined>;

/** The execution list's query string, validated: what the URL says, and the filter and page it means. */
export type ExecutionSearch = {
  machines: string[];
  statuses: ExecutionStatus[];
  /** As typed, `YYYY-MM-DDTHH:mm` in UTC (datetime-local inputs). */
  from: string;
  to: string;
  error: string;
  sort: ExecutionSort;
  after?: string;
  before?: string;
  filter: ExecutionFilter;
  page: PageRequest;
};

const manyStrings = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).map((item) => item.trim()).filter(Boolean));
const oneString = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (Array.isArray(value) ? value[0] : value)?.trim() ?? '');

const searchSchema = z.object({
  machine: manyStrings,
  status: manyStrings.transform((values) => values.filter((value): value is ExecutionStatus => (EXECUTION_STATUSES as readonly string[]).includes(value))),
  from: oneString,
  to: oneString,
  error: oneString.transform((value) => value.slice(0, 256)),
  sort: oneString.transform((value): ExecutionSort => (isExecutionSort(value) ? value : 'startDate:desc')),
  after: oneString,
  before: oneString,
});

export const EXECUTION_PAGE_SIZE = 50;

export function parseExecutionSearch(params: SearchParams): ExecutionSearch {
  // Every member is optional and cleans itself, so parsing cannot fail on a hand-edited URL.
  const raw = searchSchema.parse(params);
  const startedAfter = parseUtcInput(raw.from);
  const startedBefore = parseUtcInput(raw.to);
  const filter: ExecutionFilter = {
    ...(raw.machine.length ? { stateMachineArns: raw.machine } : {}),
    ...(raw.status.length ? { statuses: raw.status } : {}),
    ...(startedAfter ? { startedAfter } : {}),
    ...(startedBefore ? { startedBefore } : {}),
    ...(raw.error ? { errorText: raw.error } : {}),
  };
  return {
    machines: raw.machine,
    statuses: raw.status,
    from: startedAfter ? raw.from : '',
    to: startedBefore ? raw.to : '',
    error: raw.error,
    sort: raw.sort,
    ...(raw.after ? { after: raw.after } : {}),
    ...(raw.before ? { before: raw.before } : {}),
    filter,
    page: { sort: raw.sort, limit: EXECUTION_PAGE_SIZE, after: raw.after || undefined, before: raw.before || undefined },
  };
}

/** A datetime-local value (or any ISO time) read as UTC; null when it is not a time. */
export function parseUtcInput(value: string): Date | null {
  if (!value) return null;
  const withZone = /([zZ]|[+-]\d\d:\d\d)$/.test(value) ? value : `${value}Z`;
  const date = new Date(withZone);
  return Number.isNaN(date.getTime()) ? null : date;
}

type SearchChange = Partial<Pick<ExecutionSearch, 'machines' | 'statuses' | 'from' | 'to' | 'error' | 'sort'>> & {
  after?: string | null;
  before?: string | null;
};

/**
 * The /executions URL for a search with some members changed. A changed filter starts from the first
 * page: a cursor only means something in the list it came from.
 */
export function toExecutionsHref(search: Partial<ExecutionSearch>, change: SearchChange = {}): string {
  const next = { ...search, ...change };
  const filterChanged = ['machines', 'statuses', 'from', 'to', 'error', 'sort'].some((key) => key in change);
  const query = new URLSearchParams();
  for (const machine of next.machines ?? []) query.append('machine', machine);
  for (const status of next.statuses ?? []) query.append('status', status);
  if (next.from) query.set('from', next.from);
  if (next.to) query.set('to', next.to);
  if (next.error) query.set('error', next.error);
  if (next.sort && next.sort !== 'startDate:desc') query.set('sort', next.sort);
  if (!filterChanged) {
    if (next.after) query.set('after', next.after);
    if (next.before) query.set('before', next.before);
  }
  const text = query.toString();
  return text ? `/executions?${text}` : '/executions';
}

export function toExecutionHref(arn: string): string {
  return `/executions/${encodeURIComponent(arn)}`;
}

export function toStateMachineHref(arn: string): string {
  return `/state-machines/${encodeURIComponent(arn)}`;
}

/** Route params arrive percent-encoded or not depending on the path taken; an ARN never holds '%'. */
export function decodeArnParam(param: string): string {
  try {
    return param.includes('%') ? decodeURIComponent(param) : param;
  } catch {
    return param;
  }
}
