import { describe, expect, it } from 'vitest';
import { getRateLimits } from '@/lib/ingest/sync/api-rate-limits';
import { describeAwsError, isRetryableError, isThrottlingError } from '@/lib/ingest/sync/aws-error';
import { createRateLimiter } from '@/lib/ingest/sync/create-rate-limiter';
import { findExecutionRevisions, type RevisionCandidate } from '@/lib/ingest/sync/find-execution-revisions';
import { getBackoffDelayMs } from '@/lib/ingest/sync/get-backoff-delay';
import { getDetailsKey, toLogHistoryEvent } from '@/lib/ingest/sync/to-log-history-event';
import { toMetricQueries } from '@/lib/ingest/sync/to-metric-queries';
import { toLogGroupName } from '@/lib/ingest/sync/sync-express-executions';
import { createTestClock } from './sync-support';

describe('which definition each execution ran', () => {
  const candidates = (n: number): RevisionCandidate[] => Array.from({ length: n }, (_, i) => ({ arn: `e${i}`, knownHash: null, needsRevision: true }));

  it('asks nothing when the newest stored execution and the current definition agree', async () => {
    const asked: string[] = [];
    const found = await findExecutionRevisions(candidates(50), { newerHash: 'A', olderHash: 'A' }, async (arn) => (asked.push(arn), 'A'));
    expect(asked).toEqual([]);
    expect(found.size).toBe(50);
  });

  it('finds one definition change among 1,000 executions with about log2(1000) lookups', async () => {
    // e0..e399 (newest) ran B, e400..e999 ran A.
    const asked: string[] = [];
    const found = await findExecutionRevisions(candidates(1000), { newerHash: 'B', olderHash: 'A' }, async (arn) => {
      asked.push(arn);
      return Number(arn.slice(1)) < 400 ? 'B' : 'A';
    });
    expect(asked.length).toBeLessThanOrEqual(12);
    expect(found.get('e399')).toBe('B');
    expect(found.get('e400')).toBe('A');
    expect([...found.values()].filter((hash) => hash === 'B')).toHaveLength(400);
  });

  it('uses stored executions as known points, and leaves unknown what the source cannot tell', async () => {
    const list: RevisionCandidate[] = [
      { arn: 'new', knownHash: null, needsRevision: true },
      { arn: 'stored', knownHash: 'A', needsRevision: false },
      { arn: 'lost', knownHash: null, needsRevision: true },
    ];
    const found = await findExecutionRevisions(list, { newerHash: null, olderHash: null }, async (arn) => (arn === 'new' ? 'A' : null));
    expect(found.get('new')).toBe('A');
    expect(found.has('lost')).toBe(false);
  });
});

describe('request budget', () => {
  it('defaults an AWS source below the API token buckets of its region (quotas.md §4)', () => {
    const other = getRateLimits({ kind: 'AWS', region: 'eu-central-1', maxRequestsPerSec: null });
    expect(other.overallPerSec).toBe(16);
    expect(other.perOperation).toMatchObject({ GetExecutionHistory: 16, DescribeExecution: 8, ListExecutions: 1.6, DescribeStateMachineForExecution: 0.8 });
    expect(getRateLimits({ kind: 'AWS', region: 'us-east-1', maxRequestsPerSec: null }).perOperation).toMatchObject({ DescribeExecution: 12, ListExecutions: 4 });
    expect(getRateLimits({ kind: 'AWS', region: 'eu-central-1', maxRequestsPerSec: 5 }).overallPerSec).toBe(5);
    expect(getRateLimits({ kind: 'LOCAL', region: null, maxRequestsPerSec: null })).toEqual({ overallPerSec: null, perOperation: {} });
  });

  it('spreads requests to the configured rate after the first burst', async () => {
    const clock = createTestClock(0);
    const limiter = createRateLimiter(4, clock);
    const times: number[] = [];
    for (let i = 0; i < 12; i++) {
      await limiter.acquire();
      times.push(clock.now());
    }
    expect(times.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(times.slice(4)).toEqual([250, 500, 750, 1000, 1250, 1500, 1750, 2000]);
  });

  it('backs off exponentially with full jitter, capped', () => {
    expect([0, 1, 2, 3].map((attempt) => getBackoffDelayMs(attempt, 0.999))).toEqual([249, 499, 999, 1998]);
    expect(getBackoffDelayMs(20, 0.999)).toBe(19_980);
    expect(getBackoffDelayMs(3, 0)).toBe(0);
  });

  it('retries throttling, 5xx and dropped connections, not AccessDenied or validation errors', () => {
    const aws = (name: string, status = 400) => Object.assign(new Error('x'), { name, $metadata: { httpStatusCode: status } });
    expect(isThrottlingError(aws('ThrottlingException'))).toBe(true);
    expect(isRetryableError(aws('ThrottlingException'))).toBe(true);
    expect(isRetryableError(aws('InternalFailure', 500))).toBe(true);
    expect(isRetryableError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isRetryableError(aws('AccessDeniedException'))).toBe(false);
    expect(isRetryableError(aws('ValidationException'))).toBe(false);
    expect(isRetryableError(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }))).toBe(false);
  });

  it('words errors for the user', () => {
    expect(describeAwsError(Object.assign(new Error('User x is not authorized'), { name: 'AccessDeniedException' }))).toBe('AccessDeniedException: User x is not authorized');
    expect(describeAwsError(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }))).toMatch(/Could not connect \(ECONNREFUSED\)/);
  });
});

describe('Express log records', () => {
  it('become history events with the details member their type uses', () => {
    const converted = toLogHistoryEvent(
      JSON.stringify({
        id: '3',
        type: 'TaskStateEntered',
        details: { name: 'Charge', input: { amount: 5 }, inputDetails: { truncated: false } },
        previous_event_id: '2',
        event_timestamp: '1721188274143',
        execution_arn: 'arn:aws:states:us-east-1:111122223333:express:pay:run:uuid',
      }),
    );
    expect(converted).toEqual({
      ok: true,
      value: {
        executionArn: 'arn:aws:states:us-east-1:111122223333:express:pay:run:uuid',
        event: {
          id: 3,
          previousEventId: 2,
          type: 'TaskStateEntered',
          timestamp: new Date(1721188274143),
          stateEnteredEventDetails: { name: 'Charge', input: '{"amount":5}', inputDetails: { truncated: false } },
        },
      },
    });
    expect(toLogHistoryEvent('REPORT RequestId: 1').ok).toBe(false);
    expect(toLogHistoryEvent('{"id":"x","type":"TaskFailed"}').ok).toBe(false);
  });

  it('maps every type to its details member (history-events.md §3)', () => {
    expect(getDetailsKey('MapIterationStarted')).toBe('mapIterationStartedEventDetails');
    expect(getDetailsKey('ChoiceStateExited')).toBe('stateExitedEventDetails');
    expect(getDetailsKey('ExecutionRedriven')).toBe('executionRedrivenEventDetails');
    expect(getDetailsKey('ParallelStateStarted')).toBeNull();
    expect(toLogGroupName('arn:aws:logs:us-east-1:111122223333:log-group:/aws/vendedlogs/states/pay-Logs:*')).toBe('/aws/vendedlogs/states/pay-Logs');
  });
});

describe('CloudWatch queries', () => {
  it('asks per machine for the AWS/States execution metrics, Express billing, and the account quotas, with valid ids', () => {
    const { queries, targets } = toMetricQueries([
      { stateMachineId: 1, arn: 'arn:aws:states:us-east-1:111122223333:stateMachine:a', type: 'STANDARD' },
      { stateMachineId: 2, arn: 'arn:aws:states:us-east-1:111122223333:stateMachine:b', type: 'EXPRESS' },
    ]);
    expect(queries.every((query) => /^[a-z][A-Za-z0-9_]*$/.test(query.Id ?? ''))).toBe(true);
    const names = (id: number) => [...targets.values()].filter((t) => t.kind === 'machine' && t.stateMachineId === id).map((t) => `${t.metric}/${t.statistic}`);
    expect(names(1)).toEqual(expect.arrayContaining(['ExecutionsStarted/Sum', 'ExecutionsFailed/Sum', 'ExecutionThrottled/Sum', 'ExecutionTime/p99']));
    expect(names(1)).not.toContain('ExpressExecutionBilledDuration/Sum');
    expect(names(2)).toContain('ExpressExecutionBilledDuration/Sum');
    const account = [...targets.values()].filter((t) => t.kind === 'source').map((t) => (t.kind === 'source' ? `${t.metric}:${t.dimension}` : ''));
    expect(account).toEqual(expect.arrayContaining(['ProvisionedRefillRate:ServiceMetric=StateTransition', 'ProvisionedBucketSize:APIName=StartExecution', 'OpenExecutionCount:']));
  });
});
