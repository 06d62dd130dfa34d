import { describe, expect, it } from 'vitest';
import { compileJsonataTemplate, createJsonataFunctions, StatesError } from '@/lib/asl';
import { runOnEngine } from '../support/engine-run';

const input = {
  items: [
    { id: 1, v: 'a' },
    { id: 2, v: 'b' },
  ],
  one: [5],
  nested: { list: [{ x: 1 }] },
};

async function evaluate(expression: string): Promise<unknown> {
  const functions = createJsonataFunctions({ random: () => 0.5, uuid: () => '00000000-0000-4000-8000-000000000000' });
  return compileJsonataTemplate(`{% ${expression} %}`, 'Output').evaluate({ states: { input }, ...functions });
}

/**
 * JSONata's sequence rules (https://docs.jsonata.org/processing, "Sequences"), which Step Functions keeps
 * (https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html): a sequence of one value
 * made by a path step, a filter or $map is that value; an array a function returns, an array in the
 * input and an array constructor `[…]` stay arrays; a trailing `[]` keeps a one-value sequence an array.
 */
describe('JSONata results keep or unwrap one-value arrays as JSONata does', () => {
  it.each<[string, unknown]>([
    ['$range(1, 1)', [1]],
    ['$range(1, 3)', [1, 2, 3]],
    ['$range(0, 10, 2)', [0, 2, 4, 6, 8, 10]],
    ['$range(5, 1, -2)', [5, 3, 1]],
    ['$range(2, 1)', []],
    ['$range(1, 1)[0]', 1],
    ['$count($range(1, 1))', 1],
    ['$map($range(1, 1), function($v) { $v * 2 })', 2],
    ['$map($range(1, 1), function($v) { $v * 2 })[]', [2]],
    ['$partition([1], 1)', [[1]]],
    ['$states.input.items[id=1]', { id: 1, v: 'a' }],
    ['$states.input.items[id=1][]', [{ id: 1, v: 'a' }]],
    ['$states.input.items[id>0]', input.items],
    ['$states.input.items[id=1].v', 'a'],
    ['$states.input.items.v', ['a', 'b']],
    ['$states.input.one', [5]],
    ['$states.input.one[0]', 5],
    ['$states.input.nested.list', [{ x: 1 }]],
    ['$states.input.nested.list.x', 1],
    ['$states.input.nested.list.x[]', [1]],
    ['$map([2], function($v) { $v * 2 })', 4],
    ['$map([2, 3], function($v) { $v * 2 })', [4, 6]],
    ['$filter([1, 2], function($v) { $v = 1 })', 1],
    ['[$states.input.items[id=1]]', [{ id: 1, v: 'a' }]],
    ['[1]', [1]],
    ['[[1]]', [[1]]],
    ['{"a": $states.input.items[id=1], "b": [$states.input.items[id=2].v]}', { a: { id: 1, v: 'a' }, b: ['b'] }],
  ])('%s', async (expression, expected) => {
    expect(await evaluate(expression)).toEqual(expected);
  });

  it('reports a filter that matches nothing as States.QueryEvaluationError, not as an empty array', async () => {
    await expect(evaluate('$states.input.items[id=9]')).rejects.toThrow(StatesError);
    await expect(evaluate('$states.input.items[id=9]')).rejects.toMatchObject({ error: 'States.QueryEvaluationError', cause: expect.stringContaining('returned nothing (undefined)') });
  });

  it.each(['$range(1, 2, 0)', "$range('1', 2)", '$range(0, 1e9, 1)'])('refuses %s with States.QueryEvaluationError', async (expression) => {
    await expect(evaluate(expression)).rejects.toMatchObject({ error: 'States.QueryEvaluationError', cause: expect.stringContaining('$range') });
  });

  it('runs a Map over a one-item $range once, with the item itself', async () => {
    const definition = {
      QueryLanguage: 'JSONata',
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          Items: '{% $range(7, 7) %}',
          ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', Output: '{% $states.input * 2 %}', End: true } } },
          End: true,
        },
      },
    };
    const { described } = await runOnEngine(definition, {});
    expect(described.status).toBe('SUCCEEDED');
    expect(JSON.parse(described.output ?? 'null')).toEqual([14]);
  });
});
