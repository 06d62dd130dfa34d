import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { getReplayDefinition, replayExecution, type ExecutionReplay, type ReplayVisit } from '@/lib/analysis';
import type { HistoryEvent } from '@/lib/model';
import { CASES_DIR, loadCases } from '@/test/asl/conformance-support';
import { runFailingMap, runLargeMap, runOrder, runParallelInMap, type EngineRun } from './engine-scenarios';

function visitsIn(replay: ExecutionReplay, lane: number): ReplayVisit[] {
  return replay.lanes[lane].visits.map((index) => replay.visits[index]);
}

function byName(replay: ExecutionReplay, name: string): ReplayVisit {
  const visit = replay.visits.find((candidate) => candidate.name === name);
  if (!visit) throw new Error(`no visit of ${name}`);
  return visit;
}

describe('replayExecution on engine runs', () => {
  let order: EngineRun;
  let replay: ExecutionReplay;

  beforeAll(async () => {
    order = await runOrder();
    const result = replayExecution(order.events, { definition: order.definition });
    expect(result.warnings).toEqual([]);
    replay = result.value;
  });

  it('lists the top-level states in the order the execution ran them', () => {
    expect(visitsIn(replay, 0).map((visit) => visit.name)).toEqual(['Validate', 'Charge', 'Reserve', 'Backorder', 'Ship', 'Notify', 'Done']);
    expect(replay.status).toBe('SUCCEEDED');
    expect(replay.complete).toBe(true);
    expect(replay.endMs - replay.startMs).toBe(order.events.at(-1)!.timestamp.getTime() - order.events[0].timestamp.getTime());
  });

  it('shows a retried task as two attempts with the back-off between them', () => {
    const charge = byName(replay, 'Charge');
    expect(charge.status).toBe('succeeded');
    expect(charge.attempts.map((attempt) => [attempt.status, attempt.error?.error ?? null, attempt.backoffMs])).toEqual([
      ['failed', 'Payment.Busy', null],
      ['succeeded', null, 2_000],
    ]);
    const [first, second] = charge.attempts;
    expect(first.resource).toBe('lambda:invoke');
    expect(first.startedMs).toBe(first.startMs);
    expect((first.endMs ?? 0) - first.startMs).toBe(500);
    expect(second.startMs - (first.endMs ?? 0)).toBe(2_000);
    expect(charge.endMs! - charge.startMs).toBe(3_000);
  });

  it('marks a caught error and where the Catch sent the execution', () => {
    const reserve = byName(replay, 'Reserve');
    expect(reserve.status).toBe('caught');
    expect(reserve.error?.error).toBe('OutOfStock');
    expect(reserve.catchNextVisit).toBe(byName(replay, 'Backorder').index);
    expect(reserve.nextVisit).toBe(reserve.catchNextVisit);
  });

  it('puts each Map item in its own lane with its index, and each Parallel branch in its own', () => {
    const ship = byName(replay, 'Ship');
    expect(ship.itemCount).toBe(3);
    const iterations = ship.lanes.map((lane) => replay.lanes[lane]);
    expect(iterations.map((lane) => [lane.kind, lane.position, lane.status, lane.depth])).toEqual([
      ['iteration', 0, 'succeeded', 1],
      ['iteration', 1, 'succeeded', 1],
      ['iteration', 2, 'succeeded', 1],
    ]);
    // qty 9 goes to Freight, the others wait as parcels.
    expect(iterations.map((lane) => visitsIn(replay, lane.index).map((visit) => visit.nodeId))).toEqual([
      ['Ship/Size', 'Ship/Parcel'],
      ['Ship/Size', 'Ship/Freight'],
      ['Ship/Size', 'Ship/Parcel'],
    ]);
    const parcel = visitsIn(replay, iterations[0].index)[1];
    expect([parcel.type, parcel.endMs! - parcel.startMs]).toEqual(['Wait', 3_000]);

    const notify = byName(replay, 'Notify');
    expect(notify.lanes.map((lane) => [replay.lanes[lane].kind, replay.lanes[lane].position, visitsIn(replay, lane).map((visit) => visit.nodeId)])).toEqual([
      ['branch', 0, ['Notify/0/Email']],
      ['branch', 1, ['Notify/1/Sms']],
    ]);
  });

  it('records which visit every event belongs to', () => {
    const charge = byName(replay, 'Charge');
    const events = replay.events;
    const types = events.ids.flatMap((_, pos) => (events.visits[pos] === charge.index ? [events.typeNames[events.typeCodes[pos]]] : []));
    expect(types).toEqual(['TaskStateEntered', 'TaskScheduled', 'TaskStarted', 'TaskFailed', 'TaskScheduled', 'TaskStarted', 'TaskSucceeded', 'TaskStateExited']);
  });

  it('notes which states assigned variables', () => {
    expect(replay.visits.filter((visit) => visit.assigns).map((visit) => visit.name)).toEqual(['Validate']);
  });

  it('places the 1,000 iterations of a Map, at most 40 at a time', async () => {
    const run = await runLargeMap(1_000);
    const { value, warnings } = replayExecution(run.events, { definition: run.definition });
    expect(warnings).toEqual([]);
    const map = byName(value, 'Items');
    expect(map.itemCount).toBe(1_000);
    const lanes = map.lanes.map((lane) => value.lanes[lane]);
    expect(lanes.map((lane) => lane.position).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(Array.from({ length: 1_000 }, (_, i) => i));
    expect(lanes.every((lane) => lane.status === 'succeeded' && lane.visits.length === 1)).toBe(true);
    expect(value.visits.filter((visit) => visit.nodeId === 'Items/Process')).toHaveLength(1_000);
    // The engine runs an inline Map 40 at a time (quotas.md §2): lanes overlap no more than that.
    const changes = lanes.flatMap((lane) => [[lane.startPos, 1], [lane.endPos ?? Infinity, -1]]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let open = 0;
    let most = 0;
    for (const [, delta] of changes) most = Math.max(most, (open += delta));
    expect(most).toBe(40);
  });

  it('nests a Parallel’s branches inside each Map iteration, with or without the definition', async () => {
    const run = await runParallelInMap(4);
    for (const definition of [run.definition, undefined]) {
      const { value, warnings } = replayExecution(run.events, { definition });
      expect(warnings).toEqual([]);
      const map = byName(value, 'Each');
      expect(map.lanes).toHaveLength(4);
      for (const lane of map.lanes) {
        const [both] = visitsIn(value, lane);
        expect(both.nodeId).toBe('Each/Both');
        expect(both.lanes.map((branch) => [value.lanes[branch].depth, value.lanes[branch].position, visitsIn(value, branch).map((visit) => visit.name)])).toEqual([
          [2, 0, ['Work']],
          [2, 1, ['Pause', 'After']],
        ]);
      }
    }
  });

  it('points at the innermost failure when a Map iteration fails the execution', async () => {
    const run = await runFailingMap();
    const { value } = replayExecution(run.events, { definition: run.definition });
    expect(value.status).toBe('FAILED');
    const failed = value.visits[value.failedVisit!];
    expect([failed.name, failed.status, failed.error?.error]).toEqual(['Bad', 'failed', 'Bad']);
    const map = byName(value, 'M');
    expect([map.status, map.attempts.map((attempt) => [attempt.status, attempt.backoffMs])]).toEqual(['failed', [['failed', null], ['failed', 3_000]]]);
    const lastRun = map.lanes.map((lane) => value.lanes[lane]).filter((lane) => lane.attempt === 2);
    expect(lastRun.map((lane) => [lane.position, lane.status])).toEqual([[0, 'aborted'], [1, 'failed'], [2, 'aborted']]);
    expect(lastRun.map((lane) => visitsIn(value, lane.index).at(-1)?.status)).toEqual(['aborted', 'failed', 'aborted']);
  });
});

describe('replayExecution on odd histories', () => {
  let order: EngineRun;
  beforeAll(async () => {
    order = await runOrder();
  });

  it('keeps a history cut short open: the states it stopped in are still running', () => {
    const cut = order.events.slice(0, order.events.findIndex((event) => event.type === 'MapIterationStarted') + 3);
    const { value, warnings } = replayExecution(cut, { definition: order.definition });
    expect(value.status).toBe('RUNNING');
    expect(value.complete).toBe(false);
    expect(warnings.map((warning) => warning.code)).toEqual(['incomplete']);
    const ship = byName(value, 'Ship');
    expect([ship.status, ship.endPos]).toEqual(['running', null]);
    expect(value.lanes[ship.lanes[0]].status).toBe('running');
  });

  it('shows events of a type it does not know without losing the others', () => {
    const withUnknown: HistoryEvent[] = [...order.events];
    withUnknown.splice(5, 0, { id: 5.5, previousEventId: 5, type: 'StateMachineRenamed', timestamp: order.events[5].timestamp } as HistoryEvent);
    const { value, warnings } = replayExecution(withUnknown, { definition: order.definition });
    expect(warnings.map((warning) => warning.code)).toEqual(['unknown-event-type']);
    expect(warnings[0].message).toContain('StateMachineRenamed');
    const pos = value.events.ids.indexOf(5.5);
    expect([value.events.typeNames[value.events.typeCodes[pos]], value.events.visits[pos]]).toEqual(['StateMachineRenamed', -1]);
    expect(value.visits).toHaveLength(replayExecution(order.events, { definition: order.definition }).value.visits.length);
  });

  it('sorts events given out of order', () => {
    const shuffled = [...order.events].reverse();
    const { value, warnings } = replayExecution(shuffled, { definition: order.definition });
    expect(warnings.map((warning) => warning.code)).toEqual(['unsorted']);
    expect(value.status).toBe('SUCCEEDED');
  });

  it('replays without a definition, and says so when the one given is not JSON', () => {
    const { value, warnings } = replayExecution(order.events, { definition: '{"StartAt": ' });
    expect(warnings.map((warning) => warning.code)).toEqual(['invalid-definition']);
    expect(visitsIn(value, 0).map((visit) => visit.name)).toEqual(['Validate', 'Charge', 'Reserve', 'Backorder', 'Ship', 'Notify', 'Done']);
  });

  it('stops at the 25,000-event limit, and keeps a history cut there open', async () => {
    const run = await runLargeMap(4_000);
    expect(run.events).toHaveLength(25_000);
    const full = replayExecution(run.events, { definition: run.definition });
    expect([full.value.status, full.value.error?.error]).toEqual(['FAILED', 'States.Runtime']);
    expect(full.warnings.map((warning) => warning.code)).toEqual(['history-limit']);
    expect(full.value.visits.every((visit) => visit.endPos !== null)).toBe(true);

    const cut = replayExecution(run.events.slice(0, 25_000 - 1), { definition: run.definition });
    expect(cut.warnings.map((warning) => warning.code)).toEqual(['incomplete']);
    const running = cut.value.lanes.filter((lane) => lane.kind === 'iteration' && lane.status === 'running');
    expect(running.length).toBeGreaterThan(0);
    expect(running.length).toBeLessThanOrEqual(40);
  });

  it('never throws on broken histories: missing events, bad links, odd values', () => {
    const events = order.events;
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: events.length, maxLength: events.length }),
        fc.array(fc.integer({ min: -3, max: events.length + 3 }), { minLength: events.length, maxLength: events.length }),
        fc.constantFrom<unknown>('timestamp', null, 0, 1.7e9, '2024-01-01T00:00:00Z'),
        (keep, links, oddTimestamp) => {
          const broken = events
            .filter((_, i) => keep[i])
            .map((event, i) => ({ ...event, previousEventId: links[i], ...(i % 7 === 3 ? { timestamp: oddTimestamp as Date } : {}) }));
          const { value } = replayExecution(broken, { definition: order.definition });
          const entered = broken.filter((event) => event.type.endsWith('StateEntered')).length;
          expect(value.visits.length).toBe(entered);
          expect(value.events.ids).toHaveLength(broken.length);
        },
      ),
      { numRuns: 60 },
    );
    expect(() => replayExecution([null, 'x', { type: 42 }] as unknown as HistoryEvent[])).not.toThrow();
    expect(replayExecution([]).warnings.map((warning) => warning.code)).toEqual(['incomplete']);
  });
});

describe('replayExecution on recorded AWS histories', () => {
  const cases = readdirSync(CASES_DIR).flatMap((area) => loadCases(area)).filter((entry) => Array.isArray(entry.expected.events));

  it('replays every recorded history: one visit per state entered, each one a state of the definition', () => {
    expect(cases.length).toBeGreaterThan(300);
    for (const entry of cases) {
      const events = entry.expected.events as unknown as HistoryEvent[];
      const { value, warnings } = replayExecution(events, { definition: entry.definition });
      const definition = getReplayDefinition(entry.definition).value;
      expect(value.visits.length, entry.name).toBe(events.filter((event) => event.type.endsWith('StateEntered')).length);
      expect(value.status, entry.name).toBe(entry.expected.status);
      expect(warnings.filter((warning) => warning.code === 'unknown-state'), entry.name).toEqual([]);
      for (const visit of value.visits) expect(definition?.states.has(visit.nodeId), `${entry.name}: ${visit.nodeId}`).toBe(true);
      if (value.status === 'FAILED' && value.visits.length > 0) expect(value.failedVisit, entry.name).not.toBeNull();
    }
  });

  it('follows a caught Map failure to its Catch target', () => {
    const entry = cases.find((candidate) => candidate.name === 'scenarios_base_scenarios.map_state_catch')!;
    const { value } = replayExecution(entry.expected.events as unknown as HistoryEvent[], { definition: entry.definition });
    const map = byName(value, 'MapState');
    expect([map.status, map.error?.error, value.visits[map.catchNextVisit!].name]).toEqual(['caught', 'HandleItemFailError', 'FinalCaught']);
    expect(value.lanes[map.lanes[0]].status).toBe('failed');
  });

  it('puts the states of a Parallel into their branches even when the recording lost the event links', () => {
    const entry = cases.find((candidate) => candidate.name === 'scenarios_base_scenarios.parallel_state.PARALLEL_STATE')!;
    const { value } = replayExecution(entry.expected.events as unknown as HistoryEvent[], { definition: entry.definition });
    const parallel = byName(value, 'ParallelState');
    expect(parallel.lanes.map((lane) => [value.lanes[lane].position, visitsIn(value, lane).map((visit) => visit.name)])).toEqual([
      [0, ['Branch1']],
      [1, ['Branch21', 'Branch22']],
      [2, ['Branch31', 'Branch32', 'Branch33']],
    ]);
    expect(parallel.lanes.every((lane) => value.lanes[lane].status === 'succeeded')).toBe(true);
  });
});
