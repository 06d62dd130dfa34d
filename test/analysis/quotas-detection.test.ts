import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FINDING_THRESHOLDS,
  detectAccountRisks,
  detectDurationRisks,
  detectHistoryRisks,
  detectPayloadRisks,
  detectQuotaRisks,
  detectRedriveRisks,
  detectRetentionRisks,
  getPeakRates,
} from '@/lib/analysis';
import type { ClosingExecution, FindingInputs, FindingSource, FindingStateMachine } from '@/lib/model';
import { HOUR, neverDone, runOnEngine, scenarios, T0, toFindingExecution } from './stuck-engine-runs';

const thresholds = DEFAULT_FINDING_THRESHOLDS;
const DAY = 24 * HOUR;
const at = (ms: number) => new Date(ms);

const machine = (overrides: Partial<FindingStateMachine> = {}): FindingStateMachine => ({
  arn: 'arn:aws:states:us-east-1:123456789012:stateMachine:machine',
  name: 'machine',
  type: 'STANDARD',
  sourceName: 'prod',
  region: 'us-east-1',
  definition: null,
  successDurationsMs: [],
  largestHistory: null,
  largestExecutionPayload: null,
  longestRun: null,
  ...overrides,
});

const closed = (overrides: Partial<ClosingExecution> = {}): ClosingExecution => ({
  arn: 'arn:aws:states:us-east-1:123456789012:execution:machine:failed-1',
  name: 'failed-1',
  stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:machine',
  stateMachineName: 'machine',
  stateMachineType: 'STANDARD',
  sourceName: 'prod',
  sourceKind: 'AWS',
  status: 'FAILED',
  stopDate: at(T0),
  eventCount: 40,
  redriveCount: 0,
  redriveDate: null,
  redriveStatus: 'REDRIVABLE',
  historyComplete: true,
  ...overrides,
});

const source = (overrides: Partial<FindingSource> = {}): FindingSource => ({
  name: 'prod',
  kind: 'AWS',
  region: 'eu-central-1',
  accountId: '123456789012',
  openStandardExecutions: 0,
  recentStarts: [],
  recentTransitions: [],
  windowMs: DAY,
  samplesCapped: false,
  metrics: [],
  ...overrides,
});

describe('history size against 25,000 events', () => {
  it('projects when a growing loop reaches the limit, from its last hour of events', async () => {
    const run = await runOnEngine(scenarios.pollLoop(10), { handlers: neverDone, steps: 300, stepMs: 10_000 });
    const execution = toFindingExecution(run);
    const now = at(run.readAtMs);
    const [risk] = detectHistoryRisks([execution], [], thresholds, now);
    // 9 events every 10 s: 3,240 an hour.
    expect(risk.growthPerHour).toBeGreaterThan(3_000);
    expect(risk.growthPerHour).toBeLessThan(3_400);
    // About 7 hours away: inside a day, so critical however far the history is from 25,000 now.
    expect(risk).toMatchObject({ quota: 'history-events', scope: 'execution', severity: 'critical', value: execution.eventCount, limit: 25_000 });
    expect(risk.usedPercent).toBeLessThan(15);
    const hoursLeft = ((risk.projectedAt?.getTime() ?? 0) - now.getTime()) / HOUR;
    expect(hoursLeft).toBeCloseTo((25_000 - execution.eventCount) / (risk.growthPerHour ?? 1), 1);
    expect(risk.reason).toMatch(/reaches 25,000 in \d+ h/);
  });

  it('does not flag a small history that has stopped growing', async () => {
    const run = await runOnEngine(scenarios.approval());
    expect(detectHistoryRisks([toFindingExecution(run)], [], thresholds, at(T0 + 3 * HOUR))).toEqual([]);
  });

  it('shows each machine’s largest recent history against the limit, critical at the limit', () => {
    const risks = detectHistoryRisks(
      [],
      [
        machine({ largestHistory: { executionArn: 'arn:aws:states:us-east-1:123456789012:execution:machine:big', eventCount: 21_000, status: 'SUCCEEDED' } }),
        machine({ arn: 'arn:aws:states:us-east-1:123456789012:stateMachine:full', name: 'full', largestHistory: { executionArn: 'x:full-1', eventCount: 25_000, status: 'FAILED' } }),
        machine({ arn: 'arn:aws:states:us-east-1:123456789012:stateMachine:express', name: 'express', type: 'EXPRESS', largestHistory: { executionArn: 'y', eventCount: 30_000, status: 'SUCCEEDED' } }),
      ],
      thresholds,
      at(T0),
    );
    expect(risks.map((risk) => [risk.subjectName, risk.severity, risk.usedPercent, risk.margin])).toEqual([
      ['machine', 'warning', 84, 4_000],
      ['full', 'critical', 100, 0],
    ]);
  });
});

describe('payload size against 256 KiB', () => {
  it('names the largest states of a run close to the limit', async () => {
    const definition = {
      StartAt: 'Small',
      States: { Small: { Type: 'Pass', Result: { ok: true }, ResultPath: '$.small', Next: 'Big' }, Big: { Type: 'Pass', Result: 'x'.repeat(230_000), ResultPath: '$.blob', Next: 'Hold' }, Hold: { Type: 'Wait', Seconds: 3600, End: true } },
    };
    const run = await runOnEngine(definition);
    const [risk] = detectPayloadRisks([toFindingExecution(run)], [], [], thresholds);
    expect(risk).toMatchObject({ quota: 'payload-size', scope: 'execution', severity: 'warning', limit: 262_144 });
    expect(risk.value).toBeGreaterThan(230_000);
    expect(risk.reason).toMatch(/^"(Big|Hold)" carries 224\.\d KiB/);
    expect(risk.evidence[0]).toMatch(/^"(Big|Hold)" (output|input) 224\.\d KiB/);
  });

  it('flags an execution that failed with States.DataLimitExceeded as critical', async () => {
    const run = await runOnEngine({ StartAt: 'Huge', States: { Huge: { Type: 'Pass', Result: 'a'.repeat(262_200), End: true } } });
    expect(run.record.status).toBe('FAILED');
    const [risk] = detectPayloadRisks([], [{ executionArn: run.arn, executionName: run.name, stateMachineArn: run.stateMachineArn, status: 'FAILED', events: run.record.events }], [], thresholds);
    expect(risk).toMatchObject({ severity: 'critical', value: 262_144 });
    expect(risk.reason).toBe('A state failed with States.DataLimitExceeded in "Huge".');
  });

  it('does not flag small payloads, but reports each machine’s largest states', async () => {
    const run = await runOnEngine({ StartAt: 'A', States: { A: { Type: 'Pass', Result: 'y'.repeat(2_000), Next: 'Hold' }, Hold: { Type: 'Wait', Seconds: 60, End: true } } });
    const risks = detectPayloadRisks([toFindingExecution(run)], [], [machine({ arn: run.stateMachineArn, name: run.stateMachineName })], thresholds);
    expect(risks.map((risk) => [risk.scope, risk.severity])).toEqual([['state-machine', 'ok']]);
    expect(risks[0].reason).toMatch(/^Largest payloads in "(A|Hold)" \(2\.0 KiB\)/);
  });
});

describe('execution duration against its maximum', () => {
  it('warns when a run has used most of its machine’s TimeoutSeconds, with the exact time it times out', async () => {
    const run = await runOnEngine({ ...scenarios.approval(), TimeoutSeconds: 10 * 3600 });
    const execution = toFindingExecution(run);
    expect(detectDurationRisks([execution], [], thresholds, at(T0 + 7 * HOUR))).toEqual([]);
    const [risk] = detectDurationRisks([execution], [], thresholds, at(T0 + 9 * HOUR));
    expect(risk).toMatchObject({ quota: 'execution-duration', severity: 'warning', limit: 10 * HOUR, limitSource: 'TimeoutSeconds 36000 in the definition' });
    expect(risk.projectedAt?.toISOString()).toBe('2026-01-05T19:00:00.000Z');
  });

  it('measures Express machines against the 5-minute maximum', () => {
    const [risk] = detectDurationRisks([], [machine({ type: 'EXPRESS', longestRun: { executionArn: 'e', durationMs: 290_000, status: 'SUCCEEDED' } })], thresholds, at(T0));
    expect(risk).toMatchObject({ severity: 'warning', limit: 300_000, usedPercent: 96.7 });
  });
});

describe('redrive window of 14 days', () => {
  const now = at(T0 + 12 * DAY);

  it('warns about a failed execution not redriven whose window closes soon, critical in its last day', () => {
    const [risk] = detectRedriveRisks([closed()], thresholds, now);
    expect(risk).toMatchObject({ quota: 'redrive-window', severity: 'warning', limit: 14 * DAY, value: 12 * DAY });
    expect(risk.projectedAt?.toISOString()).toBe('2026-01-19T09:00:00.000Z');
    expect(detectRedriveRisks([closed()], thresholds, at(T0 + 13.5 * DAY))[0].severity).toBe('critical');
  });

  it('leaves out executions redriven since, not redrivable, Express, succeeded, closed long ago or with a full history', () => {
    const skipped = [
      closed({ redriveDate: at(T0 + HOUR), redriveCount: 1 }),
      closed({ redriveStatus: 'NOT_REDRIVABLE' }),
      closed({ stateMachineType: 'EXPRESS' }),
      closed({ status: 'SUCCEEDED' }),
      closed({ stopDate: at(T0 - 5 * DAY) }),
      closed({ eventCount: 24_999 }),
      closed({ stopDate: at(T0 + 8 * DAY) }),
    ];
    expect(detectRedriveRisks(skipped, thresholds, now)).toEqual([]);
  });
});

describe('AWS history retention of 90 days', () => {
  it('asks to sync an incomplete copy before AWS deletes it, and reassures about complete ones', () => {
    const now = at(T0 + 85 * DAY);
    const risks = detectRetentionRisks(
      [closed({ historyComplete: false, eventCount: 12 }), closed({ arn: 'x:complete', name: 'complete' }), closed({ arn: 'x:local', sourceKind: 'LOCAL', historyComplete: false })],
      thresholds,
      now,
    );
    expect(risks.map((risk) => [risk.scope, risk.severity, risk.subjectName])).toEqual([
      ['execution', 'warning', 'failed-1'],
      ['state-machine', 'ok', 'machine'],
    ]);
    expect(risks[0].action.label).toContain('Statescope keeps only what it has synced');
    expect(detectRetentionRisks([closed({ historyComplete: false })], thresholds, at(T0 + 60 * DAY))).toEqual([]);
  });
});

describe('account rates and open executions', () => {
  it('measures the busiest second and minute of a series of instants', () => {
    const burst = Array.from({ length: 900 }, (_, i) => at(T0 + (i % 3) * 1_000 + i));
    expect(getPeakRates(burst)).toEqual({ burstPerSecond: 300, sustainedPerSecond: 15, count: 900 });
  });

  it('compares state transitions with the default bucket of the source’s region', () => {
    const transitions = Array.from({ length: 60 * 700 }, (_, i) => at(T0 + Math.floor(i / 700) * 1_000));
    const [other] = detectAccountRisks([source({ recentTransitions: transitions })], thresholds, at(T0 + HOUR));
    expect(other).toMatchObject({ quota: 'state-transition-rate', limit: 800, value: 700, severity: 'warning' });
    expect(other.limitSource).toContain('quotas.md §3 default for eu-central-1');
    const [large] = detectAccountRisks([source({ region: 'us-east-1', recentTransitions: transitions })], thresholds, at(T0 + HOUR));
    expect(large).toMatchObject({ limit: 5_000, severity: 'ok' });
  });

  it('prefers the provisioned limits CloudWatch reports, and calls throttling critical', () => {
    const metric = (name: string, value: number, statistic = 'Maximum') => ({ metric: name, statistic, hourStart: at(T0), value, stateMachineArn: null, dimension: 'ServiceMetric=StateTransition' });
    const [risk] = detectAccountRisks(
      [source({ recentTransitions: [at(T0)], metrics: [metric('ProvisionedBucketSize', 100), metric('ProvisionedRefillRate', 25), metric('ConsumedCapacity', 24), metric('ThrottledEvents', 7, 'Sum')] })],
      thresholds,
      at(T0 + HOUR),
    );
    expect(risk).toMatchObject({ limit: 25, value: 24, severity: 'critical', limitSource: 'CloudWatch ProvisionedRefillRate/ProvisionedBucketSize (StateTransition)' });
    expect(risk.reason).toContain('7 throttled state transitions');
  });

  it('compares StartExecution bursts with the Standard bucket, and Express only when it has starts', () => {
    const starts = Array.from({ length: 1_000 }, () => ({ startDate: at(T0), type: 'STANDARD' }));
    const risks = detectAccountRisks([source({ recentStarts: starts })], thresholds, at(T0 + HOUR));
    const start = risks.filter((risk) => risk.quota === 'start-execution-rate');
    expect(start).toHaveLength(1);
    // 1,000 in one second against a bucket of 800 outside the big three (quotas.md §4).
    expect(start[0]).toMatchObject({ severity: 'critical', limit: 150 });
  });

  it('measures open executions against the limit, from CloudWatch when synced', () => {
    const open = (count: number, limit?: number) =>
      detectAccountRisks([source({ openStandardExecutions: count, metrics: limit ? [{ metric: 'OpenExecutionLimit', statistic: 'Maximum', hourStart: at(T0), value: limit, stateMachineArn: null, dimension: null }] : [] })], thresholds, at(T0)).find(
        (risk) => risk.quota === 'open-executions',
      );
    expect(open(3)).toMatchObject({ severity: 'ok', limit: 1_000_000 });
    expect(open(150_000)).toMatchObject({ severity: 'warning' });
    expect(open(950, 1_000)).toMatchObject({ severity: 'warning', limitSource: 'CloudWatch OpenExecutionLimit', margin: 50 });
    expect(open(1_000, 1_000)?.severity).toBe('critical');
  });
});

describe('all quota risks together', () => {
  it('sorts worst first and soonest first, and never throws on an empty database', async () => {
    const empty: FindingInputs = { running: [], runningTotal: 0, stateMachines: [], closing: [], payloadSamples: [], sources: [] };
    expect(detectQuotaRisks(empty, thresholds, at(T0))).toEqual({ value: [], warnings: [] });

    const inputs: FindingInputs = {
      ...empty,
      closing: [closed({ name: 'late', arn: 'x:late', stopDate: at(T0 - 13.5 * DAY) }), closed({ name: 'soon', arn: 'x:soon', stopDate: at(T0 - 12 * DAY) })],
      sources: [source()],
    };
    const { value } = detectQuotaRisks(inputs, thresholds, at(T0));
    expect(value.map((risk) => [risk.severity, risk.quota, risk.subjectName])).toEqual([
      ['critical', 'redrive-window', 'late'],
      ['warning', 'redrive-window', 'soon'],
      ['ok', 'state-transition-rate', 'prod'],
      ['ok', 'start-execution-rate', 'prod · Standard'],
      ['ok', 'open-executions', 'prod'],
    ]);
    expect(value[0].projectedAt?.getTime()).toBe(T0 + 0.5 * DAY);
  });
});

describe('history growth from a short burst', () => {
  it('does not project a quarter hour of history from a few seconds of Map fan-out', async () => {
    const definition = {
      StartAt: 'FanOut',
      States: {
        FanOut: { Type: 'Map', ItemProcessor: { StartAt: 'Each', States: { Each: { Type: 'Pass', End: true } } }, Next: 'Hold' },
        Hold: { Type: 'Wait', Seconds: 3600, End: true },
      },
    };
    const run = await runOnEngine(definition, { input: Array.from({ length: 100 }, (_, i) => i) });
    // The fan-out as AWS would record it: its events spread over a few seconds.
    const events = toFindingExecution(run).events.map((event, index) => ({ ...event, timestamp: at(T0 + index * 10) }));
    const execution = toFindingExecution(run, { events, lastEventAt: events.at(-1)?.timestamp ?? null });
    expect(execution.eventCount).toBeGreaterThan(400);
    expect(detectHistoryRisks([execution], [], thresholds, at(T0 + 60_000))).toEqual([]);
  });
});
