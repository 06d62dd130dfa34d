import { beforeAll, describe, expect, it } from 'vitest';
import {
  END_NODE_ID,
  getChoiceRuleLabel,
  getDefaultTimelineExpansion,
  getReplayDataEventIds,
  getReplayDefinition,
  getReplayEventPosition,
  getReplayFrame,
  getReplayGraph,
  getReplayPosition,
  getReplayStateData,
  getReplayTimelineRows,
  replayExecution,
  START_NODE_ID,
  toReplayFromText,
  toReplayText,
  toTimelineRowKey,
  type ExecutionReplay,
  type ReplayDefinition,
} from '@/lib/analysis';
import { ORDER_DEFINITION, runOrder, type EngineRun } from './engine-scenarios';

let order: EngineRun;
let replay: ExecutionReplay;
let definition: ReplayDefinition;

beforeAll(async () => {
  order = await runOrder();
  replay = replayExecution(order.events, { definition: order.definition }).value;
  definition = getReplayDefinition(order.definition).value!;
});

const posOf = (type: string, name?: string, nth = 0) => {
  const matches = order.events.flatMap((event, pos) =>
    event.type === type && (!name || event.stateEnteredEventDetails?.name === name || event.stateExitedEventDetails?.name === name) ? [pos] : [],
  );
  return matches[nth];
};
const visitOf = (name: string) => replay.visits.find((visit) => visit.name === name)!.index;

describe('getReplayFrame', () => {
  it('colours every state by how it ended once the execution is over', () => {
    const frame = getReplayFrame(replay, replay.events.ids.length - 1);
    const outcome = (id: string) => frame.nodes.get(id)?.outcome ?? 'not-reached';
    expect(outcome('Charge')).toBe('retried');
    expect(outcome('Reserve')).toBe('caught');
    expect(outcome('Validate')).toBe('succeeded');
    expect(outcome('Ship/Parcel')).toBe('succeeded');
    expect(frame.nodes.get('Ship/Size')?.visits).toBe(3);
    expect(frame.nodes.get('Ship/Parcel')?.visits).toBe(2);
    expect(frame.nodes.get('Ship')?.iterations).toEqual({ total: 3, running: 0, succeeded: 3, failed: 0, aborted: 0 });
  });

  it('shows which states are active at an instant and which are not reached yet', () => {
    const during = posOf('TaskScheduled', undefined, 1);
    const frame = getReplayFrame(replay, during);
    expect(frame.nodes.get('Charge')?.outcome).toBe('active');
    expect(frame.nodes.get('Charge')?.retried).toBe(1);
    expect(frame.nodes.get('Validate')?.outcome).toBe('succeeded');
    expect(frame.nodes.has('Reserve')).toBe(false);

    const mapRunning = getReplayFrame(replay, posOf('MapIterationStarted', undefined, 1));
    expect(mapRunning.nodes.get('Ship')?.iterations).toEqual({ total: 2, running: 2, succeeded: 0, failed: 0, aborted: 0 });
  });

  it('finds the event at a time and the position of an event id', () => {
    const chargeRetry = order.events.filter((event) => event.type === 'TaskScheduled')[1];
    const pos = getReplayPosition(replay, chargeRetry.timestamp.getTime());
    expect(replay.events.timesMs[pos]).toBe(chargeRetry.timestamp.getTime());
    expect(replay.events.timesMs[pos + 1]).toBeGreaterThan(chargeRetry.timestamp.getTime());
    expect(getReplayPosition(replay, replay.startMs - 1)).toBe(0);
    expect(getReplayPosition(replay, replay.endMs + 1)).toBe(replay.events.ids.length - 1);
    expect(getReplayEventPosition(replay, chargeRetry.id!)).toBe(chargeRetry.id! - 1);
    expect(getReplayEventPosition(replay, 9_999)).toBeNull();
  });
});

describe('getReplayTimelineRows', () => {
  it('nests branches and iterations under their state and hides collapsed ones', () => {
    const expanded = getDefaultTimelineExpansion(replay);
    const rows = getReplayTimelineRows(replay, expanded);
    const text = rows.map((row) =>
      row.kind === 'visit' ? `${'  '.repeat(row.depth)}${replay.visits[row.visit].name}` : `${'  '.repeat(row.depth)}#${replay.lanes[row.lane].position}`,
    );
    expect(text).toEqual([
      'Validate',
      'Charge',
      'Reserve',
      'Backorder',
      'Ship',
      '  #0',
      '    Size',
      '    Parcel',
      '  #1',
      '    Size',
      '    Freight',
      '  #2',
      '    Size',
      '    Parcel',
      'Notify',
      '  #0',
      '    Email',
      '  #1',
      '    Sms',
      'Done',
    ]);
    const ship = visitOf('Ship');
    const collapsed = new Set(expanded);
    collapsed.delete(toTimelineRowKey('visit', ship));
    expect(getReplayTimelineRows(replay, collapsed)).toHaveLength(rows.length - 9);
  });
});

describe('getReplayGraph', () => {
  it('draws Choice rules, Defaults and Catches as labelled edges inside their scope', () => {
    const graph = getReplayGraph(definition);
    const edge = (source: string, target: string) => graph.edges.find((candidate) => candidate.source === source && candidate.target === target);
    expect(edge(START_NODE_ID, 'Validate')?.kind).toBe('start');
    expect(edge('Reserve', 'Backorder')).toMatchObject({ kind: 'catch', label: 'States.ALL' });
    expect(edge('Reserve', 'Ship')).toMatchObject({ kind: 'next', label: null });
    expect(edge('Ship/Size', 'Ship/Freight')).toMatchObject({ kind: 'choice', label: '$.qty > 5', containerId: 'Ship' });
    expect(edge('Ship/Size', 'Ship/Parcel')).toMatchObject({ kind: 'default', label: 'Default' });
    expect(edge('Done', END_NODE_ID)?.kind).toBe('end');
    expect(graph.nodes.find((node) => node.id === 'Notify/1')).toMatchObject({ kind: 'branch', label: 'Branch 2', parentId: 'Notify', compound: true });
    expect(graph.nodes.find((node) => node.id === 'Notify/1/Sms')?.parentId).toBe('Notify/1');
    expect(graph.nodes.find((node) => node.id === 'Ship')).toMatchObject({ compound: true, parentId: null, stateType: 'Map' });
    expect(graph.nodes.filter((node) => node.kind === 'state')).toHaveLength(Object.keys(ORDER_DEFINITION.States).length + 5);
  });

  it('writes Choice rules as short text', () => {
    expect(getChoiceRuleLabel({ Variable: '$.status', StringEquals: 'PAID', Next: 'X' })).toBe('$.status == "PAID"');
    expect(getChoiceRuleLabel({ Variable: '$.a', NumericLessThanEqualsPath: '$.b' })).toBe('$.a <= $.b');
    expect(getChoiceRuleLabel({ Not: { Variable: '$.x', IsPresent: true } })).toBe('not($.x present)');
    expect(getChoiceRuleLabel({ And: [{ Variable: '$.x', IsNull: false }, { Variable: '$.y', BooleanEquals: true }] })).toBe('($.x is not null) and ($.y == true)');
    expect(getChoiceRuleLabel({ Condition: '{% $states.input.total > 100 %}' })).toBe('$states.input.total > 100');
    expect(getChoiceRuleLabel({ Variable: '$.description', StringMatches: 'a very long pattern that goes on and on*' })).toHaveLength(40);
  });
});

describe('getReplayStateData', () => {
  const load = (visit: number, pos: number) => {
    const ids = new Set(getReplayDataEventIds(replay, visit, pos));
    return getReplayStateData(replay, visit, pos, order.events.filter((event) => ids.has(event.id!)), definition);
  };

  it('shows a task’s input, parameters, result, and the ResultSelector and ResultPath steps worked out from the definition', () => {
    const charge = visitOf('Charge');
    const { value, warnings } = load(charge, replay.events.ids.length - 1);
    expect(warnings).toEqual([]);
    expect(value?.phase).toBe('done');
    expect(value?.steps.map((step) => [step.label, step.source])).toEqual([
      ['Input', 'history'],
      ['Parameters', 'history'],
      ['Result', 'history'],
      ['ResultSelector', 'computed'],
      ['ResultPath', 'computed'],
      ['Output', 'history'],
    ]);
    const step = (label: string) => JSON.parse(value!.steps.find((candidate) => candidate.label === label)!.value!);
    expect(step('Parameters')).toEqual({ FunctionName: 'charge', Payload: { orderId: 'order-7', items: expect.any(Array) } });
    expect(step('ResultSelector')).toEqual({ receipt: 'r-1' });
    // What the definition says matches what AWS recorded.
    expect(step('ResultPath')).toEqual(JSON.parse(value!.output!));
    expect(JSON.parse(value!.output!).payment).toEqual({ receipt: 'r-1' });
  });

  it('shows the variables in scope as the state saw them, with who assigned them', () => {
    const { value } = load(visitOf('Charge'), replay.events.ids.length - 1);
    expect(value?.variables).toEqual([{ name: 'orderId', value: '"order-7"', assignedBy: 'Validate', eventId: 3 }]);
    const inside = load(replay.lanes[replay.visits[visitOf('Ship')].lanes[0]].visits[0], replay.events.ids.length - 1);
    expect(inside.value?.variables.map((variable) => variable.name)).toEqual(['orderId']);
    expect(load(visitOf('Validate'), replay.events.ids.length - 1).value?.assigned).toEqual([{ name: 'orderId', value: '"order-7"', assignedBy: 'Validate', eventId: 3 }]);
  });

  it('shows a caught error as it was placed at the Catch ResultPath', () => {
    const { value } = load(visitOf('Reserve'), replay.events.ids.length - 1);
    expect(value?.error?.error).toBe('OutOfStock');
    expect(value?.steps.map((step) => step.label)).toEqual(['Input', 'Parameters', 'Error', 'Output']);
    expect(JSON.parse(value!.output!).reservationError.Error).toBe('OutOfStock');
  });

  it('shows only what had happened at an earlier instant', () => {
    const charge = visitOf('Charge');
    const firstFailure = posOf('TaskFailed');
    const { value } = load(charge, firstFailure);
    expect(value?.phase).toBe('running');
    expect(value?.output).toBeNull();
    expect(value?.error?.error).toBe('Payment.Busy');
    expect(load(charge, replay.events.ids.length - 1).value?.error).toBeNull();
    expect(value?.steps.map((step) => step.label)).toEqual(['Input', 'Parameters']);
    expect(load(visitOf('Done'), firstFailure).value?.phase).toBe('not-reached');
  });

  it('names the events it needed but was not given', () => {
    const { value, warnings } = getReplayStateData(replay, visitOf('Charge'), replay.events.ids.length - 1, [], definition);
    expect(value?.input).toBeNull();
    expect(warnings[0].message).toBe('Events 3, 4, 5, 7, 8, 10, 11 were not loaded; their data is not shown.');
  });
});

describe('toReplayText', () => {
  it('round-trips the model through compact text, several times smaller than plain JSON', async () => {
    const { runFailingMap, runLargeMap } = await import('./engine-scenarios');
    for (const model of [replay, replayExecution((await runLargeMap(300)).events).value, replayExecution((await runFailingMap()).events).value]) {
      const text = toReplayText(model);
      expect(toReplayFromText(text)).toEqual(model);
      expect(text.length * 3).toBeLessThan(JSON.stringify(model).length);
    }
  });
});
