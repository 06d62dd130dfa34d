import type { ExecutionStatus } from './execution';

/** Orders an execution list can take; each pages by (key, id). */
export const EXECUTION_SORTS = ['startDate:desc', 'startDate:asc', 'duration:desc', 'duration:asc'] as const;
export type ExecutionSort = (typeof EXECUTION_SORTS)[number];

export function isExecutionSort(value: unknown): value is ExecutionSort {
  return typeof value === 'string' && (EXECUTION_SORTS as readonly string[]).includes(value);
}

/** Every member narrows the list; an absent or empty member does not filter. */
export type ExecutionFilter = {
  stateMachineArns?: readonly string[];
  statuses?: readonly ExecutionStatus[];
  /** Inclusive lower bound on startDate. */
  startedAfter?: Date;
  /** Exclusive upper bound on startDate. */
  startedBefore?: Date;
  /** Case-insensitive substring of the error name. */
  errorText?: string;
};

/** A keyset page request: at most one of `after` / `before` (opaque cursors from a previous page). */
export type PageRequest = {
  sort?: ExecutionSort;
  limit?: number;
  after?: string;
  before?: string;
};

export type Page<T> = {
  items: T[];
  /** Cursor for the page after this one, null on the last page. */
  nextCursor: string | null;
  /** Cursor for the page before this one, null on the first page. */
  prevCursor: string | null;
};
