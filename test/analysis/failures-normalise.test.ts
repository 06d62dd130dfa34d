import { describe, expect, it } from 'vitest';
import { groupFailures, toFailureGroupKey, toNormalisedCause } from '@/lib/analysis';

describe('cause normalisation', () => {
  it('masks ARNs, keeping the service', () => {
    expect(toNormalisedCause('Function arn:aws:lambda:eu-west-1:123456789012:function:charge-card:3 timed out')).toBe('Function <arn:lambda> timed out');
  });

  it('masks UUIDs, timestamps, numbers, e-mails, IPs and hex ids', () => {
    expect(toNormalisedCause('Request 3f1c2b9a-8d7e-4f60-9a1b-2c3d4e5f6a7b failed at 2024-03-01T12:00:05.123Z after 3 attempts')).toBe(
      'Request <uuid> failed at <time> after <n> attempts',
    );
    expect(toNormalisedCause('No account for jane.doe+test@example.co.uk')).toBe('No account for <email>');
    expect(toNormalisedCause('connect ECONNREFUSED 10.0.12.7:5432')).toBe('connect ECONNREFUSED <ip>');
    expect(toNormalisedCause('object deadbeef0042cafe missing')).toBe('object <hex> missing');
    expect(toNormalisedCause('Task timed out after 30.03 seconds')).toBe('Task timed out after <n> seconds');
  });

  it('masks opaque ids made of letters and digits but keeps words like S3 and EC2', () => {
    expect(toNormalisedCause('Order ord_8FJ2k91x not found in S3 bucket')).toBe('Order <id> not found in S3 bucket');
    expect(toNormalisedCause('EC2 instance i-0ab12cd34ef567890 stopped')).toBe('EC2 instance i-<hex> stopped');
    expect(toNormalisedCause('No seats on FL1234 or item123 (utf8, sha256)')).toBe('No seats on FL<n> or item<n> (utf8, sha<n>)');
  });

  it('reduces a Lambda JSON cause to its masked error message', () => {
    const one = JSON.stringify({ errorType: 'CardDeclinedError', errorMessage: 'Card declined for order 1004', trace: ['at charge (/var/task/index.js:12:7)'] });
    const two = JSON.stringify({ errorType: 'CardDeclinedError', errorMessage: 'Card declined for order 2177', trace: ['at charge (/var/task/index.js:14:9)'] });
    expect(toNormalisedCause(one)).toBe('Card declined for order <n>');
    expect(toNormalisedCause(two)).toBe(toNormalisedCause(one));
  });

  it('returns an empty cause for none, and collapses whitespace', () => {
    expect(toNormalisedCause(null)).toBe('');
    expect(toNormalisedCause('  a\n\n  b  ')).toBe('a b');
  });

  it('gives the same key for the same parts and a different one when any part differs', () => {
    const parts = { stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:orders', failedStateName: 'Charge', error: 'States.Timeout', normalisedCause: 'x <n>' };
    expect(toFailureGroupKey(parts)).toBe(toFailureGroupKey({ ...parts }));
    expect(toFailureGroupKey({ ...parts, failedStateName: 'Ship' })).not.toBe(toFailureGroupKey(parts));
    expect(toFailureGroupKey({ ...parts, error: 'States.TaskFailed' })).not.toBe(toFailureGroupKey(parts));
    expect(toFailureGroupKey(parts)).toMatch(/^[\w-]{22}$/);
  });
});

describe('failure grouping', () => {
  const machine = 'arn:aws:states:us-east-1:123456789012:stateMachine:orders';
  const other = 'arn:aws:states:us-east-1:123456789012:stateMachine:billing';
  const at = (day: number) => new Date(Date.UTC(2026, 0, day, 12));
  const failure = (id: string, overrides: Partial<{ stateMachineArn: string; failedStateName: string; error: string; cause: string; day: number }> = {}) => ({
    id,
    stateMachineArn: overrides.stateMachineArn ?? machine,
    failedStateName: overrides.failedStateName ?? 'Charge',
    error: overrides.error ?? 'CardDeclinedError',
    cause: overrides.cause ?? `Card declined for order ${id}`,
    startDate: at((overrides.day ?? 1) - 0),
    stopDate: at(overrides.day ?? 1),
  });

  it('groups failures that differ only in ids, largest group first, newest member first', () => {
    const groups = groupFailures([
      failure('1001', { day: 2 }),
      failure('1002', { day: 5 }),
      failure('1003', { day: 3 }),
      failure('1004', { error: 'States.Timeout', cause: 'Task timed out after 30.00 seconds', day: 4 }),
    ]);
    expect(groups.map((group) => [group.error, group.count])).toEqual([
      ['CardDeclinedError', 3],
      ['States.Timeout', 1],
    ]);
    expect(groups[0]).toMatchObject({ normalisedCause: 'Card declined for order <n>', firstSeen: at(2), lastSeen: at(5) });
    expect(groups[0].members.map((member) => member.id)).toEqual(['1002', '1003', '1001']);
  });

  it('keeps the same error apart when the state machine or the failing state differs', () => {
    const groups = groupFailures([failure('1'), failure('2', { stateMachineArn: other }), failure('3', { failedStateName: 'Refund' })]);
    expect(groups).toHaveLength(3);
    expect(new Set(groups.map((group) => group.groupKey)).size).toBe(3);
  });
});
