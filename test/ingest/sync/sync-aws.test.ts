import { GetMetricDataCommand, CloudWatchServiceException } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsServiceException, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  DescribeExecutionCommand,
  DescribeStateMachineCommand,
  DescribeStateMachineForExecutionCommand,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  ListStateMachinesCommand,
  SFNServiceException,
  type HistoryEvent,
} from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { SFNClient } from '@aws-sdk/client-sfn';
import { createSourceClients, syncSource, type SourceClients } from '@/lib/ingest';
import { listSyncRuns } from '@/lib/db';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { ACCOUNT, addAwsSource, createTestClock, machineArn, PASS_DEFINITION } from './sync-support';

const sfnMock = mockClient(SFNClient);
const cloudWatchMock = mockClient(CloudWatchClient);
const logsMock = mockClient(CloudWatchLogsClient);

const ORDERS = machineArn('orders');
const QUICK = machineArn('quick');
const LOG_GROUP = `arn:aws:logs:eu-central-1:${ACCOUNT}:log-group:/aws/vendedlogs/states/quick:*`;
const START = new Date(Date.UTC(2026, 10, 20, 9, 0, 0));

function awsError<T extends new (options: never) => Error>(Exception: T, name: string, message: string): InstanceType<T> {
  return new (Exception as unknown as new (options: object) => InstanceType<T>)({ name, message, $fault: 'client', $metadata: { httpStatusCode: 400 } });
}

function passHistory(executionArn: string, startMs: number): HistoryEvent[] {
  const at = (offset: number) => new Date(startMs + offset);
  return [
    { id: 1, previousEventId: 0, type: 'ExecutionStarted', timestamp: at(0), executionStartedEventDetails: { input: '{}', roleArn: 'arn:aws:iam::111122223333:role/r' } },
    { id: 2, previousEventId: 0, type: 'PassStateEntered', timestamp: at(5), stateEnteredEventDetails: { name: 'P', input: '{}' } },
    { id: 3, previousEventId: 2, type: 'PassStateExited', timestamp: at(6), stateExitedEventDetails: { name: 'P', output: '{}' } },
    { id: 4, previousEventId: 3, type: 'ExecutionSucceeded', timestamp: at(8), executionSucceededEventDetails: { output: `{"of":"${executionArn.split(':').at(-1)}"}` } },
  ];
}

/** The SFN side of an account with a Standard machine (`executions` of them) and an Express machine. */
function mockAccount(executions: { name: string; startMs: number }[], express: { level: string; includeExecutionData: boolean } | null = null) {
  sfnMock.on(ListStateMachinesCommand).resolves({
    stateMachines: [
      { stateMachineArn: ORDERS, name: 'orders', type: 'STANDARD', creationDate: START },
      ...(express ? [{ stateMachineArn: QUICK, name: 'quick', type: 'EXPRESS' as const, creationDate: START }] : []),
    ],
  });
  sfnMock.on(DescribeStateMachineCommand, { stateMachineArn: ORDERS }).resolves({ stateMachineArn: ORDERS, name: 'orders', type: 'STANDARD', definition: PASS_DEFINITION, roleArn: 'arn:aws:iam::111122223333:role/r', creationDate: START });
  if (express) {
    sfnMock.on(DescribeStateMachineCommand, { stateMachineArn: QUICK }).resolves({
      stateMachineArn: QUICK,
      name: 'quick',
      type: 'EXPRESS',
      definition: PASS_DEFINITION,
      roleArn: 'arn:aws:iam::111122223333:role/r',
      creationDate: START,
      loggingConfiguration: { level: express.level as 'ALL', includeExecutionData: express.includeExecutionData, destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: LOG_GROUP } }] },
    });
  }
  const listed = executions
    .map((execution) => ({
      executionArn: `arn:aws:states:eu-central-1:${ACCOUNT}:execution:orders:${execution.name}`,
      stateMachineArn: ORDERS,
      name: execution.name,
      status: 'SUCCEEDED' as const,
      startDate: new Date(execution.startMs),
      stopDate: new Date(execution.startMs + 8),
    }))
    .sort((a, b) => b.startDate.getTime() - a.startDate.getTime());
  sfnMock.on(ListExecutionsCommand).resolves({ executions: listed });
  sfnMock.on(DescribeStateMachineForExecutionCommand).resolves({ stateMachineArn: ORDERS, name: 'orders', definition: PASS_DEFINITION, roleArn: 'r', updateDate: START });
  for (const item of listed) {
    sfnMock.on(GetExecutionHistoryCommand, { executionArn: item.executionArn }).resolves({ events: passHistory(item.executionArn, item.startDate.getTime()) });
  }
  return listed;
}

describe('sync from AWS (SDK mocked)', () => {
  let database: TestDatabase;
  let sourceId: number;
  let clients: SourceClients;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.cleanup();
  });
  beforeEach(async () => {
    await database.db.source.deleteMany();
    sourceId = await addAwsSource(database.db);
    clients = createSourceClients({ kind: 'AWS', name: 'prod', region: 'eu-central-1', profile: null, roleArn: null, endpoint: null }, { maxAttempts: 1 });
    cloudWatchMock.on(GetMetricDataCommand).resolves({ MetricDataResults: [] });
  });
  afterEach(() => {
    sfnMock.reset();
    cloudWatchMock.reset();
    logsMock.reset();
  });

  it('backs off with jitter on ThrottlingException and still stores everything', async () => {
    const listed = mockAccount([{ name: 'a', startMs: START.getTime() }]);
    const throttled = awsError(SFNServiceException, 'ThrottlingException', 'Rate exceeded');
    sfnMock.on(ListExecutionsCommand).rejectsOnce(throttled).rejectsOnce(throttled).rejectsOnce(throttled).resolves({ executions: listed });
    const clock = createTestClock();

    const result = await syncSource(database.db, sourceId, { clients, clock, random: () => 0.5 });
    expect(result.status !== 'ALREADY_RUNNING' && result.error).toBeNull();
    expect(result.status).toBe('SUCCEEDED');
    if (result.status === 'ALREADY_RUNNING') return;
    expect(result.progress.throttledRequests).toBe(3);
    expect(await database.db.execution.count()).toBe(1);
    // Full jitter: half of 250, 500 and 1,000 ms with random() = 0.5, between the rate limiter's own pauses.
    const backoffs = [125, 250, 500];
    let next = 0;
    for (const ms of clock.sleeps) if (ms === backoffs[next]) next++;
    expect(next).toBe(backoffs.length);
    expect((await listSyncRuns(database.db, sourceId))[0].throttledRequests).toBe(3);
  });

  it('keeps under the request rate: GetExecutionHistory at most 16 a second by default (quotas.md: refill 20/s)', async () => {
    const executions = Array.from({ length: 48 }, (_, i) => ({ name: `e${i}`, startMs: START.getTime() + i * 1000 }));
    mockAccount(executions);
    const clock = createTestClock();
    const historyCalls: number[] = [];
    sfnMock.on(GetExecutionHistoryCommand).callsFake((input: { executionArn: string }) => {
      historyCalls.push(clock.now());
      const item = executions.find((execution) => input.executionArn.endsWith(`:${execution.name}`));
      return { events: passHistory(input.executionArn, item?.startMs ?? 0) };
    });

    const result = await syncSource(database.db, sourceId, { clients, clock, random: () => 0 });
    expect(result.status).toBe('SUCCEEDED');
    expect(historyCalls).toHaveLength(48);
    // A 16-token bucket starts full, then refills at 16/s: 48 calls need at least 2 s.
    expect(historyCalls[47] - historyCalls[0]).toBeGreaterThanOrEqual(2_000 - 1);
    // At any time t after the first call: at most the bucket (16) plus 16 per second.
    historyCalls.forEach((at, i) => expect(at - historyCalls[0], `call ${i}`).toBeGreaterThanOrEqual(((i + 1 - 16) / 16) * 1000 - 1));
  });

  it('shows AccessDenied on listing state machines as the failed run’s error, without throwing', async () => {
    sfnMock.on(ListStateMachinesCommand).rejects(
      awsError(SFNServiceException, 'AccessDeniedException', `User: arn:aws:iam::${ACCOUNT}:user/dev is not authorized to perform: states:ListStateMachines`),
    );
    const result = await syncSource(database.db, sourceId, { clients, clock: createTestClock() });
    expect(result.status).toBe('FAILED');
    const [run] = await listSyncRuns(database.db, sourceId);
    expect(run).toMatchObject({ status: 'FAILED', error: expect.stringContaining('AccessDeniedException: User: arn:aws:iam::111122223333:user/dev is not authorized to perform: states:ListStateMachines') });
    expect(run.finishedAt).not.toBeNull();
    expect((await database.db.source.findUniqueOrThrow({ where: { id: sourceId } })).syncLeaseOwner).toBeNull();
  });

  it('stores what it can when one history is denied, and says which one failed (PARTIAL)', async () => {
    const listed = mockAccount([
      { name: 'ok', startMs: START.getTime() },
      { name: 'secret', startMs: START.getTime() + 1000 },
    ]);
    const denied = listed.find((item) => item.name === 'secret');
    sfnMock.on(GetExecutionHistoryCommand, { executionArn: denied?.executionArn }).rejects(awsError(SFNServiceException, 'AccessDeniedException', 'not authorized to perform: states:GetExecutionHistory'));
    const result = await syncSource(database.db, sourceId, { clients, clock: createTestClock() });
    expect(result.status).toBe('PARTIAL');
    expect(await database.db.execution.count()).toBe(1);
    const [run] = await listSyncRuns(database.db, sourceId);
    expect(run.error).toContain('Could not read execution secret of orders: AccessDeniedException');
    // The window is listed again next time, so the denied execution is not skipped for good.
    expect((await database.db.stateMachine.findFirstOrThrow({ where: { arn: ORDERS } })).syncedUntil).toBeNull();
  });

  it('stores AWS/States metrics per machine per hour and the account’s quota metrics, replacing revised hours', async () => {
    mockAccount([]);
    const clock = createTestClock(Date.UTC(2026, 10, 20, 12, 30));
    const hours = [Date.UTC(2026, 10, 20, 10), Date.UTC(2026, 10, 20, 11)].map((ms) => new Date(ms));
    let started = [5, 7];
    cloudWatchMock.on(GetMetricDataCommand).callsFake((input: { MetricDataQueries: { Id: string; MetricStat: { Metric: { MetricName: string; Dimensions: { Name: string; Value: string }[] }; Stat: string } }[] }) => ({
      MetricDataResults: input.MetricDataQueries.flatMap((query) => {
        const { MetricName, Dimensions } = query.MetricStat.Metric;
        if (MetricName === 'ExecutionsStarted') return [{ Id: query.Id, Timestamps: hours, Values: started, StatusCode: 'Complete' }];
        if (MetricName === 'ExecutionTime' && query.MetricStat.Stat === 'p99') return [{ Id: query.Id, Timestamps: [hours[1]], Values: [1234.5], StatusCode: 'Complete' }];
        if (MetricName === 'ProvisionedRefillRate' && Dimensions[0]?.Value === 'StateTransition') return [{ Id: query.Id, Timestamps: [hours[1]], Values: [800], StatusCode: 'Complete' }];
        return [];
      }),
    }));

    expect((await syncSource(database.db, sourceId, { clients, clock })).status).toBe('SUCCEEDED');
    const machine = await database.db.stateMachine.findFirstOrThrow({ where: { arn: ORDERS } });
    const rows = await database.db.metricHour.findMany({ where: { stateMachineId: machine.id }, orderBy: [{ metric: 'asc' }, { hourStart: 'asc' }] });
    expect(rows.map((row) => [row.metric, row.statistic, row.hourStart.toISOString(), row.value])).toEqual([
      ['ExecutionTime', 'p99', '2026-11-20T11:00:00.000Z', 1234.5],
      ['ExecutionsStarted', 'Sum', '2026-11-20T10:00:00.000Z', 5],
      ['ExecutionsStarted', 'Sum', '2026-11-20T11:00:00.000Z', 7],
    ]);
    expect(await database.db.sourceMetricHour.findMany({ select: { metric: true, dimension: true, value: true } })).toEqual([
      { metric: 'ProvisionedRefillRate', dimension: 'ServiceMetric=StateTransition', value: 800 },
    ]);
    const firstQuery = cloudWatchMock.commandCalls(GetMetricDataCommand)[0].args[0].input;
    expect(firstQuery.StartTime?.toISOString()).toBe('2026-11-06T13:00:00.000Z');

    // Late data points revise an hour: the next sync replaces it.
    started = [6, 9];
    clock.advance(3600_000);
    await syncSource(database.db, sourceId, { clients, clock });
    const revised = await database.db.metricHour.findMany({ where: { stateMachineId: machine.id, metric: 'ExecutionsStarted' }, orderBy: { hourStart: 'asc' } });
    expect(revised.map((row) => row.value)).toEqual([6, 9]);
    const secondQuery = cloudWatchMock.commandCalls(GetMetricDataCommand).at(-1)?.args[0].input;
    expect(secondQuery?.StartTime?.toISOString()).toBe('2026-11-20T08:00:00.000Z');
  });

  it('records CloudWatch AccessDenied on the run and keeps the executions it synced', async () => {
    mockAccount([{ name: 'a', startMs: START.getTime() }]);
    cloudWatchMock.on(GetMetricDataCommand).rejects(awsError(CloudWatchServiceException, 'AccessDenied', 'not authorized to perform: cloudwatch:GetMetricData'));
    const result = await syncSource(database.db, sourceId, { clients, clock: createTestClock() });
    expect(result.status).toBe('PARTIAL');
    expect((await listSyncRuns(database.db, sourceId))[0].error).toContain('Could not read CloudWatch metrics: AccessDenied: not authorized to perform: cloudwatch:GetMetricData');
    expect(await database.db.execution.count()).toBe(1);
  });

  describe('Express executions from CloudWatch Logs', () => {
    const expressArn = (name: string) => `arn:aws:states:eu-central-1:${ACCOUNT}:express:quick:${name}:0b5c1a52-7b1e-4a3e-9d0c-1f5e1c6b7a01`;
    const log = (executionArn: string, id: number, type: string, offsetMs: number, details: object = {}, previous = id - 1) => ({
      timestamp: START.getTime() + offsetMs,
      message: JSON.stringify({
        id: String(id),
        type,
        details,
        previous_event_id: String(previous),
        event_timestamp: String(START.getTime() + offsetMs),
        execution_arn: executionArn,
        redrive_count: '0',
      }),
    });

    it('turns log records at level ALL into executions with full histories, across pages', async () => {
      mockAccount([], { level: 'ALL', includeExecutionData: true });
      const ok = expressArn('ok');
      const bad = expressArn('bad');
      logsMock
        .on(FilterLogEventsCommand)
        .resolvesOnce({
          events: [
            log(ok, 1, 'ExecutionStarted', 0, { input: '{"order":1}', inputDetails: { truncated: false }, roleArn: 'r' }, 0),
            log(ok, 2, 'PassStateEntered', 1, { name: 'P', input: '{"order":1}' }, 0),
            log(bad, 1, 'ExecutionStarted', 2, { input: '{}', roleArn: 'r' }, 0),
            { timestamp: START.getTime() + 2, message: 'START RequestId: not a Step Functions record' },
          ],
          nextToken: 'page-2',
        })
        .resolvesOnce({
          events: [
            log(ok, 3, 'PassStateExited', 3, { name: 'P', output: { done: true } }),
            log(ok, 4, 'ExecutionSucceeded', 4, { output: '{"done":true}' }),
            log(bad, 2, 'ExecutionFailed', 5, { error: 'States.Timeout', cause: 'too slow' }),
          ],
        });

      const result = await syncSource(database.db, sourceId, { clients, clock: createTestClock() });
      expect(result.status).toBe('SUCCEEDED');
      const stored = await database.db.execution.findMany({ orderBy: { name: 'asc' }, include: { events: { orderBy: { eventId: 'asc' } } } });
      expect(stored.map((execution) => [execution.name, execution.status, execution.eventCount, execution.historyComplete])).toEqual([
        ['bad', 'FAILED', 2, true],
        ['ok', 'SUCCEEDED', 4, true],
      ]);
      expect(stored[0]).toMatchObject({ error: 'States.Timeout', cause: 'too slow' });
      expect(stored[1].output).toBe('{"done":true}');
      expect(stored[1].events[2].details).toEqual({ stateExitedEventDetails: { name: 'P', output: '{"done":true}' } });
      expect(logsMock.commandCalls(FilterLogEventsCommand)[0].args[0].input.logGroupName).toBe('/aws/vendedlogs/states/quick');
      expect(result.status !== 'ALREADY_RUNNING' && result.progress.notes.join(' ')).toMatch(/1 log record\(s\) .* are not Step Functions events/);
    });

    it('says in the run what logging at level ERROR without execution data hides', async () => {
      mockAccount([], { level: 'ERROR', includeExecutionData: false });
      logsMock.on(FilterLogEventsCommand).resolves({ events: [log(expressArn('bad'), 7, 'ExecutionFailed', 5, { error: 'Boom' })] });
      const result = await syncSource(database.db, sourceId, { clients, clock: createTestClock() });
      expect(result.status).toBe('SUCCEEDED');
      const [run] = await listSyncRuns(database.db, sourceId);
      expect(run.notes.join('\n')).toMatch(/quick logs at level ERROR: only failed executions/);
      expect(run.notes.join('\n')).toMatch(/quick logs without execution data: inputs and outputs are missing/);
      expect(await database.db.execution.findFirstOrThrow()).toMatchObject({ status: 'FAILED', error: 'Boom', historyComplete: false });
    });

    it('records a log group it may not read as an error of the run', async () => {
      mockAccount([], { level: 'ALL', includeExecutionData: true });
      logsMock.on(FilterLogEventsCommand).rejects(awsError(CloudWatchLogsServiceException, 'AccessDeniedException', 'not authorized to perform: logs:FilterLogEvents'));
      expect((await syncSource(database.db, sourceId, { clients, clock: createTestClock() })).status).toBe('PARTIAL');
      expect((await listSyncRuns(database.db, sourceId))[0].error).toContain('Could not read the logs of Express machine quick: AccessDeniedException');
    });
  });

  it('describes failed executions for their redrive status', async () => {
    mockAccount([]);
    const arn = `arn:aws:states:eu-central-1:${ACCOUNT}:execution:orders:broken`;
    sfnMock.on(ListExecutionsCommand).resolves({ executions: [{ executionArn: arn, stateMachineArn: ORDERS, name: 'broken', status: 'FAILED', startDate: START, stopDate: START }] });
    sfnMock.on(GetExecutionHistoryCommand).resolves({
      events: [
        { id: 1, previousEventId: 0, type: 'ExecutionStarted', timestamp: START, executionStartedEventDetails: { input: '{}', roleArn: 'r' } },
        { id: 2, previousEventId: 0, type: 'FailStateEntered', timestamp: START, stateEnteredEventDetails: { name: 'Stop', input: '{}' } },
        { id: 3, previousEventId: 2, type: 'ExecutionFailed', timestamp: START, executionFailedEventDetails: { error: 'Bad', cause: 'input' } },
      ],
    });
    sfnMock.on(DescribeExecutionCommand).resolves({ executionArn: arn, stateMachineArn: ORDERS, name: 'broken', status: 'FAILED', startDate: START, stopDate: START, redriveStatus: 'REDRIVABLE' });
    await syncSource(database.db, sourceId, { clients, clock: createTestClock() });
    expect(await database.db.execution.findUniqueOrThrow({ where: { arn } })).toMatchObject({ status: 'FAILED', failedStateName: 'Stop', redriveStatus: 'REDRIVABLE', error: 'Bad' });
  });
});
