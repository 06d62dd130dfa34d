import { z } from 'zod';
import type { FailureFilter, FailureStatus } from '@/lib/db';
import { parseUtcInput } from '../execution-search';

export type SearchParams = Record<string, string | string[] | undefined>;

export const FAILURE_RANGES = ['24h', '7d', '14d', '30d', '90d', 'all', 'custom'] as const;
export type FailureRange = (typeof FAILURE_RANGES)[number];
export const FAILURE_RANGE_LABELS: Record<FailureRange, string> = {
  '24h': 'Last 24 hours',
  '7d': 'Last 7 days',
  '14d': 'Last 14 days (redrive window)',
  '30d': 'Last 30 days',
  '90d': 'Last 90 days (history retention)',
  all: 'All time',
  custom: 'Custom (from / to)',
};
const RANGE_MS: Partial<Record<FailureRange, number>> = { '24h': 86_400_000, '7d': 7 * 86_400_000, '14d': 14 * 86_400_000, '30d': 30 * 86_400_000, '90d': 90 * 86_400_000 };
/** The default is the redrive window: what can still be redriven (quotas.md §1). */
export const DEFAULT_FAILURE_RANGE: FailureRange = '14d';
export const FAILURE_GROUPS_PAGE_SIZE = 20;
const STATUSES = ['FAILED', 'TIMED_OUT', 'ABORTED'] as const satisfies readonly FailureStatus[];

/** The failures page's query string, validated, and the filter it means. */
export type FailureSearch = {
  range: FailureRange;
  /** As typed (datetime-local, UTC), only for a custom range. */
  from: string;
  to: string;
  machine: string;
  source: string;
  status: FailureStatus | '';
  q: string;
  page: number;
  filter: FailureFilter;
  /** The span the trend charts cover. */
  chartRange: { from: Date; to: Date } | null;
};

const oneString = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (Array.isArray(value) ? value[0] : value)?.trim() ?? '');

const searchSchema = z.object({
  range: oneString.transform((value): FailureRange => ((FAILURE_RANGES as readonly string[]).includes(value) ? (value as FailureRange) : DEFAULT_FAILURE_RANGE)),
  from: oneString,
  to: oneString,
  machine: oneString,
  source: oneString.transform((value) => (/^\d+$/.test(value) ? value : '')),
  status: oneString.transform((value): FailureStatus | '' => ((STATUSES as readonly string[]).includes(value) ? (value as FailureStatus) : '')),
  q: oneString.transform((value) => value.slice(0, 256)),
  page: oneString.transform((value) => Math.max(0, Math.min(Number.parseInt(value, 10) || 0, 10_000))),
});

export function parseFailureSearch(params: SearchParams, now: Date): FailureSearch {
  // Every member cleans itself, so a hand-edited URL cannot make parsing fail.
  const raw = searchSchema.parse(params);
  const customFrom = raw.range === 'custom' ? parseUtcInput(raw.from) : null;
  const customTo = raw.range === 'custom' ? parseUtcInput(raw.to) : null;
  const span = RANGE_MS[raw.range];
  const failedAfter = span ? new Date(now.getTime() - span) : customFrom;
  const failedBefore = raw.range === 'custom' ? customTo : null;
  const filter: FailureFilter = {
    ...(failedAfter ? { failedAfter } : {}),
    ...(failedBefore ? { failedBefore } : {}),
    ...(raw.machine ? { stateMachineArns: [raw.machine] } : {}),
    ...(raw.source ? { sourceIds: [Number(raw.source)] } : {}),
    ...(raw.status ? { statuses: [raw.status] } : {}),
    ...(raw.q ? { search: raw.q } : {}),
  };
  return {
    range: raw.range,
    from: customFrom ? raw.from : '',
    to: customTo ? raw.to : '',
    machine: raw.machine,
    source: raw.source,
    status: raw.status,
    q: raw.q,
    page: raw.page,
    filter,
    chartRange: failedAfter ? { from: failedAfter, to: failedBefore ?? now } : null,
  };
}

/** The query string of a search (without the page unless asked), for links that keep the filters. */
export function toFailureQuery(search: Partial<FailureSearch>, change: Partial<Pick<FailureSearch, 'page'>> = {}): string {
  const query = new URLSearchParams();
  if (search.range && search.range !== DEFAULT_FAILURE_RANGE) query.set('range', search.range);
  if (search.range === 'custom') {
    if (search.from) query.set('from', search.from);
    if (search.to) query.set('to', search.to);
  }
  if (search.machine) query.set('machine', search.machine);
  if (search.source) query.set('source', search.source);
  if (search.status) query.set('status', search.status);
  if (search.q) query.set('q', search.q);
  const page = change.page ?? 0;
  if (page > 0) query.set('page', String(page));
  return query.toString();
}

export function toFailuresHref(search: Partial<FailureSearch>, change: Partial<Pick<FailureSearch, 'page'>> = {}): string {
  const query = toFailureQuery(search, change);
  return query ? `/failures?${query}` : '/failures';
}

export function toFailureGroupHref(groupKey: string, search: Partial<FailureSearch>): string {
  const query = toFailureQuery(search);
  return `/failures/${encodeURIComponent(groupKey)}${query ? `?${query}` : ''}`;
}
