import { describe, expect, it } from 'vitest';
import { LIST_PRICES, estimateExecutionCost, getCostDrivers, getMonthlyCostReview, getTransitionsByState, toUsdText, type Cost, type StateCostEvent } from '@/lib/cost';
import { getStateTransitionCount, type HistoryEvent } from '@/lib/model';
import { flaky, PRICING_EXAMPLE_1, PRICING_EXAMPLE_1_INPUT, runOnEngine } from '@/test/support/engine-run';

/** The columns lib/db stores for each event. */
const toStateCostEvents = (events: HistoryEvent[]): StateCostEvent[] =>
  events.map((event) => ({
    id: event.id ?? 0,
    previousEventId: event.previousEventId ?? null,
    type: event.type,
    stateName: event.stateEnteredEventDetails?.name ?? event.stateExitedEventDetails?.name ?? null,
    timestamp: event.timestamp,
  }));

const usd = (cost: Cost) => (cost.known ? toUsdText(cost.picoUsd, 6) : cost.reason);

describe('getTransitionsByState', () => {
  it('puts a Task retry on the Task and every Map iteration’s states on those states', async () => {
    const { events } = await runOnEngine(PRICING_EXAMPLE_1, PRICING_EXAMPLE_1_INPUT, { handlers: { enrich: flaky(1), handle: (x) => x } });
    const split = getTransitionsByState(toStateCostEvents(events));
    expect(split.total).toBe(getStateTransitionCount(events));
    const byName = Object.fromEntries(split.states.map((state) => [state.stateName, [state.stateType, state.entries, state.retries, state.transitions]]));
    expect(byName).toEqual({
      Prepare: ['Pass', 1, 0, 1],
      Enrich: ['Task', 1, 1, 2],
      Route: ['Choice', 1, 0, 1],
      EachItem: ['Map', 1, 0, 1],
      Handle: ['Task', 10, 0, 10],
      Mark: ['Pass', 10, 0, 10],
      Done: ['Succeed', 1, 0, 1],
    });
    expect(split.unattributed).toBe(0);
    // The retry waited a second on the virtual clock, inside Enrich.
    expect(split.states.find((state) => state.stateName === 'Enrich')?.activeMs).toBeGreaterThanOrEqual(1_000);
  });

  it('puts a Map retry on the Map, not on the inner state that failed', async () => {
    const definition = {
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          MaxConcurrency: 1,
          Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 1, MaxAttempts: 1 }],
          ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'f' }, End: true } } },
          End: true,
        },
      },
    };
    const { events } = await runOnEngine(definition, [0, 1], { handlers: { f: flaky(1) } });
    const split = getTransitionsByState(toStateCostEvents(events));
    expect(split.states.map((state) => [state.stateName, state.retries, state.transitions])).toEqual([
      ['I', 0, 3],
      ['M', 1, 2],
    ]);
  });
});

describe('estimateExecutionCost', () => {
  it('prices a Standard run per state and projects it to Express with its eligibility', async () => {
    const { described, events } = await runOnEngine(PRICING_EXAMPLE_1, PRICING_EXAMPLE_1_INPUT, { handlers: { enrich: flaky(1), handle: (x) => x } });
    const durationMs = (described.stopDate?.getTime() ?? 0) - described.startDate.getTime();
    const cost = estimateExecutionCost(
      { type: 'STANDARD', region: 'us-east-1', status: 'SUCCEEDED', durationMs, inputBytes: 40, outputBytes: 40, definition: JSON.stringify(PRICING_EXAMPLE_1), definitionBytes: JSON.stringify(PRICING_EXAMPLE_1).length, historyComplete: true, childStarts: 0, mapRunsWithoutChildren: 0 },
      toStateCostEvents(events),
      LIST_PRICES,
    );
    expect(cost.transitions).toBe(26);
    // 26 × $0.000025, before the month's free tier.
    expect(usd(cost.own)).toBe('0.000650');
    expect(usd(cost.states.find((state) => state.stateName === 'Enrich')?.standardCost ?? cost.own)).toBe('0.000050');
    expect(cost.billedMemoryMb).toBe(64);
    expect(cost.billedDurationMs).toBe(Math.ceil(durationMs / 100) * 100);
    // One request + billed ms × 64 MB at $0.06 per GB-hour.
    const expected = 1 + ((cost.billedDurationMs ?? 0) * 64 * 0.06 * 1e6) / (1_024_000 * 3_600);
    expect(Number(usd(cost.other))).toBeCloseTo(expected / 1e6, 6);
    expect(cost.eligibility).toMatchObject({ to: 'EXPRESS', eligible: true });
    // The duration shares add up to the run's Express duration cost.
    const shares = cost.states.reduce((sum, state) => sum + (state.expressCost.known ? state.expressCost.picoUsd : 0n), 0n);
    expect(cost.other.known && shares + 1_000_000n).toBe(cost.other.known && cost.other.picoUsd);
  });

  it('says a running Express projection is not known yet rather than free', () => {
    const cost = estimateExecutionCost(
      { type: 'STANDARD', region: 'us-east-1', status: 'RUNNING', durationMs: null, openForMs: 3_600_000, inputBytes: 1, outputBytes: null, definition: null, definitionBytes: null, historyComplete: true, childStarts: 0, mapRunsWithoutChildren: 0 },
      [],
      LIST_PRICES,
    );
    expect(cost.other).toEqual({ known: false, reason: 'The run has not finished, so its billed duration is not known yet.' });
    expect(cost.eligibility.eligible).toBe(false);
  });
});

describe('getCostDrivers', () => {
  it('scales the sampled runs’ states to the machine’s month and prices their retries apart', async () => {
    const { events } = await runOnEngine(PRICING_EXAMPLE_1, PRICING_EXAMPLE_1_INPUT, { handlers: { enrich: flaky(1), handle: (x) => x } });
    const machine = { id: 1, arn: 'arn:aws:states:us-east-1:111122223333:stateMachine:example', name: 'example', type: 'STANDARD', region: 'us-east-1', accountId: '111122223333', definition: JSON.stringify(PRICING_EXAMPLE_1), definitionBytes: 500 };
    const executions = Array.from({ length: 1_000 }, (_, i) => ({
      id: i + 10,
      stateMachineId: 1,
      startDate: new Date('2026-02-03T00:00:00Z'),
      status: 'SUCCEEDED',
      durationMs: 1_500,
      stateTransitions: 26,
      inputBytes: 40,
      outputBytes: 40,
      mapRunArn: null,
      definitionBytes: 500,
      mapIterations: 10,
      parallelEntries: [],
      taskSubmittedEvents: 0,
      activityEvents: 0,
    }));
    const review = getMonthlyCostReview({ machines: [machine], executions, metrics: [] }, { month: '2026-02', now: new Date('2026-03-05T00:00:00Z'), prices: LIST_PRICES });
    const drivers = getCostDrivers(review, [{ stateMachineId: 1, events: toStateCostEvents(events) }], LIST_PRICES);
    expect(drivers.states.slice(0, 2).map((row) => [row.stateName, row.transitions])).toEqual([
      ['Handle', 10_000],
      ['Mark', 10_000],
    ]);
    const enrich = drivers.retries.find((row) => row.stateName === 'Enrich');
    expect([enrich?.transitions, enrich?.retries]).toEqual([2_000, 1_000]);
    // 1,000 retries × $0.000025.
    expect(enrich?.retryCost.known && toUsdText(enrich.retryCost.picoUsd, 6)).toBe('0.025000');
    expect(drivers.fanOut).toMatchObject([{ machineName: 'example', mapIterationsPerRun: 10, childStarts: 0 }]);
  });
});
