import { describe, expect, it } from 'vitest';
import { decodeArnParam, parseExecutionSearch, parseUtcInput, toExecutionHref, toExecutionsHref } from '@/app/ui/execution-search';

const MACHINE = 'arn:aws:states:us-east-1:111122223333:stateMachine:payments';

describe('parseExecutionSearch', () => {
  it('turns the query string into a filter and a keyset page request', () => {
    const search = parseExecutionSearch({
      machine: MACHINE,
      status: ['FAILED', 'TIMED_OUT'],
      from: '2026-11-20T14:00',
      to: '2026-11-21T00:00:00Z',
      error: '  lambda ',
      sort: 'duration:desc',
      after: '1000_5',
    });
    expect(search.filter).toEqual({
      stateMachineArns: [MACHINE],
      statuses: ['FAILED', 'TIMED_OUT'],
      startedAfter: new Date('2026-11-20T14:00:00Z'),
      startedBefore: new Date('2026-11-21T00:00:00Z'),
      errorText: 'lambda',
    });
    expect(search.page).toMatchObject({ sort: 'duration:desc', after: '1000_5', before: undefined });
  });

  it('drops what it cannot read instead of failing on a hand-edited URL', () => {
    const search = parseExecutionSearch({ status: ['BOGUS', 'FAILED'], from: 'yesterday', sort: 'name', machine: '' });
    expect(search.filter).toEqual({ statuses: ['FAILED'] });
    expect(search.sort).toBe('startDate:desc');
    expect(search.from).toBe('');
  });

  it('reads datetime-local values as UTC', () => {
    expect(parseUtcInput('2026-01-02T03:04')?.toISOString()).toBe('2026-01-02T03:04:00.000Z');
    expect(parseUtcInput('2026-01-02T03:04:00+02:00')?.toISOString()).toBe('2026-01-02T01:04:00.000Z');
    expect(parseUtcInput('not a time')).toBeNull();
  });
});

describe('toExecutionsHref', () => {
  const search = parseExecutionSearch({ machine: MACHINE, error: 'Timeout', after: '1_2' });

  it('keeps the filter and the cursor for a pager link', () => {
    expect(toExecutionsHref(search, { after: '9_9', before: null })).toBe(
      `/executions?machine=${encodeURIComponent(MACHINE)}&error=Timeout&after=9_9`,
    );
  });

  it('starts from the first page when the filter changes', () => {
    expect(toExecutionsHref(search, { statuses: ['FAILED'] })).toBe(
      `/executions?machine=${encodeURIComponent(MACHINE)}&status=FAILED&error=Timeout`,
    );
  });

  it('is plain /executions without a filter', () => {
    expect(toExecutionsHref({})).toBe('/executions');
  });
});

describe('ARN route params', () => {
  const arn = 'arn:aws:states:us-east-1:111122223333:execution:payments:order-1004';

  it('round-trips an ARN through its URL, encoded or not', () => {
    const segment = toExecutionHref(arn).split('/').at(-1) ?? '';
    expect(decodeArnParam(segment)).toBe(arn);
    expect(decodeArnParam(arn)).toBe(arn);
  });

  it('leaves a malformed escape alone', () => {
    expect(decodeArnParam('%E0%A4%A')).toBe('%E0%A4%A');
  });
});
