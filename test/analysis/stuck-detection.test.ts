import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FINDING_THRESHOLDS,
  detectStuckExecution,
  detectStuckExecutions,
  getDurationBaseline,
  getStateVisits,
  toFindingThresholds,
  type StuckFinding,
} from '@/lib/analysis';
import type { FindingExecution, HistoryEvent } from '@/lib/model';
import { HOUR, MINUTE, neverDone, runOnEngine, scenarios, T0, toFindingExecution } from './stuck-engine-runs';

const thresholds = DEFAULT_FINDING_THRESHOLDS;
const detect = (execution: FindingExecution, nowMs: number, baseline = null as ReturnType<typeof getDurationBaseline>) =>
  detectStuckExecution(execution, { baseline, thresholds, now: new Date(nowMs) });
const rules = (findings: StuckFinding[]) => findings.map((finding) => finding.rule);

describe('stuck detection on engine runs', () => {
  it('flags a task token wait with no timeout as critical once it passes the threshold, at the TaskSubmitted event', async () => {
    const run = await runOnEngine(scenarios.approval());
    const execution = toFindingExecution(run);
    expect(execution.events.at(-1)?.type).toBe('TaskSubmitted');

    const early = detect(execution, T0 + thresholds.callbackWaitMinutes * MINUTE - MINUTE);
    expect(early.value).toEqual([]);

    const late = detect(execution, T0 + 3 * 24 * HOUR);
    expect(late.value).toHaveLength(1);
    const [finding] = late.value;
    expect(finding).toMatchObject({ rule: 'waiting-on-callback', severity: 'critical', stateName: 'RequestApproval' });
    expect(finding.reason).toContain('nothing to end the wait');
    expect(finding.evidence.join(' ')).toMatch(/Neither TimeoutSeconds nor HeartbeatSeconds/);
    expect(finding.durationMs).toBeGreaterThanOrEqual(3 * 24 * HOUR - MINUTE);
    const submitted = execution.events.find((event) => event.type === 'TaskSubmitted');
    expect(finding.eventId).toBe(submitted?.id);
    expect(finding.replayHref).toBe(`/executions/${encodeURIComponent(run.arn)}?event=${submitted?.id}`);
    expect(finding.action.label).toMatch(/SendTaskSuccess/);
  });

  it('rates a task token wait bounded by TimeoutSeconds as a warning that says when it times out', async () => {
    const run = await runOnEngine(scenarios.approval({ TimeoutSeconds: 7 * 86_400 }));
    const [finding] = detect(toFindingExecution(run), T0 + 2 * 24 * HOUR).value;
    expect(finding).toMatchObject({ rule: 'waiting-on-callback', severity: 'warning' });
    expect(finding.evidence.join(' ')).toContain('Times out at 2026-01-12 09:00:00 UTC (TimeoutSeconds 604800)');
  });

  it('flags an activity no worker has started, and not before its threshold', async () => {
    const run = await runOnEngine(scenarios.activity(), { activities: ['tape-archive'] });
    const execution = toFindingExecution(run);
    expect(execution.events.at(-1)?.type).toBe('ActivityScheduled');
    expect(detect(execution, T0 + thresholds.activityStartMinutes * MINUTE - 1_000).value).toEqual([]);

    const [finding] = detect(execution, T0 + 2 * HOUR).value;
    expect(finding).toMatchObject({ rule: 'activity-not-started', severity: 'critical', stateName: 'ArchiveToTape' });
    expect(finding.reason).toBe('No worker has picked up activity tape-archive in 2 h 00 m.');
    expect(finding.action.label).toContain('GetActivityTask');
    expect(finding.eventId).toBe(execution.events.find((event) => event.type === 'ActivityScheduled')?.id);
  });

  it('does not call an activity unstarted once a worker has it, but flags the worker when it holds it too long', async () => {
    const run = await runOnEngine(scenarios.activity({ HeartbeatSeconds: 600 }), {
      activities: ['tape-archive'],
      after: async (engine, arns) => void (await engine.getActivityTask({ activityArn: arns['tape-archive'], workerName: 'tape-01' })),
    });
    const execution = toFindingExecution(run, { lastSyncedAt: new Date(T0 + 5 * HOUR) });
    expect(execution.events.at(-1)?.type).toBe('ActivityStarted');
    expect(detect(execution, T0 + 30 * MINUTE).value).toEqual([]);

    const findings = detect(execution, T0 + 5 * HOUR).value;
    expect(rules(findings)).toEqual(['waiting-on-callback']);
    expect(findings[0].severity).toBe('warning');
    expect(findings[0].evidence.join(' ')).toContain('heartbeats are keeping it alive');
  });

  it('flags a Wait past its end as stuck, and not while it still has time to run', async () => {
    const run = await runOnEngine(scenarios.wait({ Seconds: 600 }));
    const execution = toFindingExecution(run);
    expect(execution.events.at(-1)?.type).toBe('WaitStateEntered');
    expect(detect(execution, T0 + 10 * MINUTE + thresholds.overdueGraceMinutes * MINUTE).value).toEqual([]);

    const [finding] = detect(execution, T0 + HOUR).value;
    expect(finding).toMatchObject({ rule: 'overdue', severity: 'critical', stateName: 'Pause' });
    expect(finding.reason).toBe('Wait "Pause" should have ended 50 m 00 s ago and no event has followed.');
    // Synced before the Wait ended: the advice is to sync again, not to stop the run.
    expect(finding.action.label).toMatch(/^Sync this execution again/);
  });

  it('flags a Wait past its timestamp as stuck', async () => {
    const run = await runOnEngine(scenarios.wait({ Timestamp: '2026-01-05T10:00:00Z' }));
    const [finding] = detect(toFindingExecution(run, { lastSyncedAt: new Date(T0 + 2 * HOUR) }), T0 + 2 * HOUR).value;
    expect(finding).toMatchObject({ rule: 'overdue', severity: 'critical' });
    expect(finding.since.toISOString()).toBe('2026-01-05T10:00:00.000Z');
    expect(finding.action.label).toMatch(/AWS still reports it waiting/);
  });

  it('reads a Wait’s end from SecondsPath in the input the history recorded', async () => {
    const run = await runOnEngine(scenarios.wait({ SecondsPath: '$.delay' }), { input: { delay: 7200 } });
    const execution = toFindingExecution(run);
    expect(detect(execution, T0 + HOUR).value).toEqual([]);
    expect(rules(detect(execution, T0 + 3 * HOUR).value)).toEqual(['overdue']);
  });

  it('flags a task past its TimeoutSeconds that never timed out', async () => {
    const definition = {
      StartAt: 'Slow',
      States: { Slow: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'slow' }, TimeoutSeconds: 300, End: true } },
    };
    const run = await runOnEngine(definition, { handlers: { slow: () => new Promise(() => undefined) } });
    const execution = toFindingExecution(run);
    expect(execution.events.find((event) => event.type === 'TaskScheduled')?.taskScheduledEventDetails?.timeoutInSeconds).toBe(300);
    expect(detect(execution, T0 + 4 * MINUTE).value).toEqual([]);
    const [finding] = detect(execution, T0 + HOUR).value;
    expect(finding).toMatchObject({ rule: 'overdue', severity: 'critical', stateName: 'Slow' });
    expect(finding.reason).toContain('past its TimeoutSeconds (300 s)');
  });

  it('flags a poll loop that keeps going without progress, with when it will fill the history', async () => {
    const run = await runOnEngine(scenarios.pollLoop(30), { handlers: neverDone, steps: 70, stepMs: 30_000 });
    const execution = toFindingExecution(run);
    expect(execution.status).toBe('RUNNING');
    const findings = detect(execution, run.readAtMs + 1_000).value;
    expect(rules(findings)).toEqual(['loop']);
    const [loop] = findings;
    expect(loop.severity).toBe('critical');
    expect(loop.value).toBeGreaterThanOrEqual(70);
    expect(loop.reason).toMatch(/"CheckStatus" → "IsDone" → "WaitABit" has gone round \d+ times without its input changing/);
    expect(loop.evidence.join(' ')).toContain('The Choice went to "WaitABit" in each of its last 10 evaluations.');
    expect(loop.evidence.join(' ')).toMatch(/reaches 25,000 events in \d+ h/);
    expect(execution.events.find((event) => event.id === loop.eventId)?.type).toBe('ChoiceStateEntered');
  });

  it('does not flag a loop below the iteration threshold', async () => {
    const run = await runOnEngine(scenarios.pollLoop(30), { handlers: neverDone, steps: 10, stepMs: 30_000 });
    expect(detect(toFindingExecution(run), run.readAtMs + 1_000).value).toEqual([]);
  });

  it('does not take the iterations of an inline Map for a loop', async () => {
    const definition = {
      StartAt: 'Each',
      States: {
        Each: { Type: 'Map', MaxConcurrency: 1, ItemProcessor: { StartAt: 'Double', States: { Double: { Type: 'Pass', End: true } } }, Next: 'Hold' },
        Hold: { Type: 'Wait', Seconds: 3600, End: true },
      },
    };
    const run = await runOnEngine(definition, { input: Array.from({ length: 120 }, (_, i) => i) });
    const execution = toFindingExecution(run);
    expect(getStateVisits(execution.events).visitCounts.get('Double')).toBe(120);
    expect(detect(execution, T0 + 30 * MINUTE).value).toEqual([]);
  });

  it('flags a task that keeps retrying', async () => {
    const definition = {
      StartAt: 'Flaky',
      States: {
        Flaky: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Parameters: { FunctionName: 'flaky' },
          Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 60, BackoffRate: 1, MaxAttempts: 99 }],
          End: true,
        },
      },
    };
    const handlers = { flaky: () => Promise.reject(new Error('upstream 503')) };
    const run = await runOnEngine(definition, { handlers, steps: 12, stepMs: 60_000 });
    const findings = detect(toFindingExecution(run), run.readAtMs + 1_000).value;
    expect(rules(findings)).toEqual(['loop']);
    expect(findings[0].reason).toMatch(/^Task "Flaky" keeps retrying: 1[23] attempts/);
    expect(findings[0].unit).toBe('attempts');

    const fewer = await runOnEngine(definition, { handlers, steps: 3, stepMs: 60_000 });
    expect(detect(toFindingExecution(fewer), fewer.readAtMs + 1_000).value).toEqual([]);
  });

  it('flags a run far past the p99 of its machine’s successful runs, given enough of them', async () => {
    const run = await runOnEngine(scenarios.wait({ Seconds: 86_400 }));
    const execution = toFindingExecution(run);
    const durations = Array.from({ length: 40 }, (_, i) => (5 + (i % 10)) * MINUTE);
    const baseline = getDurationBaseline(durations, thresholds.longRunningMinSamples);
    expect(baseline?.p99Ms).toBe(14 * MINUTE);

    const findings = detect(execution, T0 + 2 * HOUR, baseline).value;
    expect(rules(findings)).toEqual(['long-running']);
    expect(findings[0].reason).toBe('Running for 2 h 00 m, 8.6× the p99 of its successful runs.');
    expect(detect(execution, T0 + 30 * MINUTE, baseline).value).toEqual([]);
    expect(getDurationBaseline(durations.slice(0, thresholds.longRunningMinSamples - 1), thresholds.longRunningMinSamples)).toBeNull();
  });

  it('ignores executions that are not running', async () => {
    const run = await runOnEngine(scenarios.approval());
    expect(detect(toFindingExecution(run, { status: 'FAILED' }), T0 + 30 * 24 * HOUR).value).toEqual([]);
  });
});

describe('stuck detection on odd data', () => {
  const base: FindingExecution = {
    arn: 'arn:aws:states:us-east-1:123456789012:execution:odd:run-1',
    name: 'run-1',
    stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:odd',
    stateMachineName: 'odd',
    stateMachineType: 'STANDARD',
    sourceName: 'Import',
    status: 'RUNNING',
    startDate: new Date(T0),
    eventCount: 0,
    lastEventAt: null,
    lastSyncedAt: new Date(T0),
    historyComplete: false,
    redriveCount: 0,
    definition: null,
    events: [],
  };
  const event = (id: number, type: string, extra: Partial<HistoryEvent> = {}): HistoryEvent => ({ id, previousEventId: id - 1, type, timestamp: new Date(T0 + id * 1000), ...extra });

  it('says what it cannot judge instead of throwing: no history, bad definition, stray events', () => {
    expect(detect(base, T0 + HOUR)).toEqual({ value: [], warnings: ['No history is stored, so only the run time can be judged.'] });

    const stray = detect(
      {
        ...base,
        historyComplete: true,
        definition: '{ not json',
        events: [
          event(1, 'ExecutionStarted'),
          event(2, 'TaskStateExited', { stateExitedEventDetails: { name: 'Ghost' } }),
          event(3, 'SomethingNew'),
          event(4, 'TaskStarted'),
          event(5, 'WaitStateEntered', { stateEnteredEventDetails: { name: 'Pause' } }),
        ],
      },
      T0 + HOUR,
    );
    expect(stray.value).toEqual([]);
    expect(stray.warnings).toContain('Event 2 (TaskStateExited) exits "Ghost", which was never entered.');
    expect(stray.warnings).toContain('The stored definition is not valid JSON.');
  });

  it('warns when a Wait’s end is a JSONata expression it does not evaluate', () => {
    const result = detect(
      {
        ...base,
        historyComplete: true,
        definition: JSON.stringify({ QueryLanguage: 'JSONata', StartAt: 'Pause', States: { Pause: { Type: 'Wait', Seconds: '{% $states.input.delay %}', End: true } } }),
        events: [event(1, 'ExecutionStarted'), event(2, 'WaitStateEntered', { stateEnteredEventDetails: { name: 'Pause', input: '{"delay":5}' } })],
      },
      T0 + HOUR,
    );
    expect(result.value).toEqual([]);
    expect(result.warnings).toEqual(['Wait "Pause": its end is a JSONata expression, not evaluated here.']);
  });

  it('sorts findings worst first and says when only part of the running executions was read', async () => {
    const approval = toFindingExecution(await runOnEngine(scenarios.approval({ TimeoutSeconds: 30 * 86_400 }), { name: 'bounded' }));
    const activity = toFindingExecution(await runOnEngine(scenarios.activity(), { name: 'tape', activities: ['tape-archive'] }));
    const result = detectStuckExecutions({ running: [approval, activity], runningTotal: 5, stateMachines: [] }, thresholds, new Date(T0 + 6 * HOUR));
    expect(result.value.map((finding) => [finding.severity, finding.rule])).toEqual([
      ['critical', 'activity-not-started'],
      ['warning', 'waiting-on-callback'],
    ]);
    expect(result.warnings).toContain('Only 2 of 5 running executions were analysed (the most recently active).');
  });

  it('keeps valid stored thresholds and falls back to defaults for the rest, with a warning', () => {
    const result = toFindingThresholds({ callbackWaitMinutes: 30, loopMinIterations: -4, unknown: 1 });
    expect(result.value.callbackWaitMinutes).toBe(30);
    expect(result.value.loopMinIterations).toBe(DEFAULT_FINDING_THRESHOLDS.loopMinIterations);
    expect(result.warnings).toEqual([`Setting loopMinIterations (-4) is invalid: At least 2 iterations; using ${DEFAULT_FINDING_THRESHOLDS.loopMinIterations}.`]);
    expect(toFindingThresholds('nonsense').warnings).toEqual(['Stored thresholds are not an object; using the defaults.']);
  });
});
