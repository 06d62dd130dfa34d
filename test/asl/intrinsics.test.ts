import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileIntrinsic, isIntrinsicExpression } from '@/lib/asl/intrinsics';
import type { PathResolver } from '@/lib/asl/path-resolver';
import { StatesError } from '@/lib/asl/states-error';
import {
  fromRecorded,
  isObject,
  listStates,
  loadCases,
  makeContext,
  makeResolver,
  stripStatePrefix,
  type ConformanceCase,
  type JsonObject,
} from './conformance-support';

const FIXED_UUID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const runtime = { random: () => 0.5, uuid: () => FIXED_UUID };

function evaluate(expression: string, input: unknown = {}, extra: Partial<Parameters<typeof makeResolver>[0]> = {}) {
  return compileIntrinsic(expression)(makeResolver({ input, ...extra }), runtime);
}

function hasIntrinsic(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasIntrinsic);
  if (!isObject(value)) return false;
  return Object.entries(value).some(([key, item]) =>
    key.endsWith('.$') && typeof item === 'string' ? isIntrinsicExpression(item) : hasIntrinsic(item),
  );
}

/** A JSONPath payload template (Parameters): `.$` keys take a path or an intrinsic. */
function evaluateTemplate(template: unknown, resolve: PathResolver): unknown {
  if (Array.isArray(template)) return template.map((item) => evaluateTemplate(item, resolve));
  if (!isObject(template)) return template;
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(template)) {
    if (key.endsWith('.$') && typeof value === 'string') {
      result[key.slice(0, -2)] = isIntrinsicExpression(value)
        ? compileIntrinsic(value, { field: key })(resolve, runtime)
        : resolve(value);
    } else {
      result[key] = evaluateTemplate(value, resolve);
    }
  }
  return result;
}

function setAtPath(target: unknown, path: string, value: unknown): unknown {
  if (path === '$') return value;
  const keys = path.replace(/^\$\./, '').split('.');
  const root: JsonObject = isObject(target) ? structuredClone(target) : {};
  let node = root;
  for (const key of keys.slice(0, -1)) {
    if (!isObject(node[key])) node[key] = {};
    node = node[key] as JsonObject;
  }
  node[keys[keys.length - 1]] = value;
  return root;
}

/** Replays a Pass state: InputPath, Parameters (or Result), ResultPath, OutputPath. */
function replayPass(state: JsonObject, input: unknown, scope: { context: unknown; variables: Record<string, unknown> }) {
  const full = makeResolver({ input, ...scope });
  const effective = state.InputPath === undefined ? input : state.InputPath === null ? {} : full(String(state.InputPath));
  const resolve = makeResolver({ input: effective, ...scope });
  const result = state.Parameters !== undefined ? evaluateTemplate(state.Parameters, resolve) : (state.Result ?? effective);
  const withResult =
    state.ResultPath === null ? input : setAtPath(input, typeof state.ResultPath === 'string' ? state.ResultPath : '$', result);
  if (state.OutputPath === null) return {};
  return typeof state.OutputPath === 'string' ? makeResolver({ input: withResult, ...scope })(state.OutputPath) : withResult;
}

/** The recording's own `jsonpath` transforms of state output (e.g. a random number → "RandomNumberGenerated"). */
function applyOutputTransforms(testCase: ConformanceCase, output: unknown): unknown {
  let result = output;
  for (const transform of testCase.expected.snapshotTransforms ?? []) {
    const match = transform.kind === 'jsonpath' && /stateExitedEventDetails\.output\.(.+)$/.exec(String(transform.path));
    if (match && isObject(result)) result = setAtPath(result, `$.${match[1]}`, transform.replacement);
  }
  return result;
}

const UUID_START = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** The README's common replacement: a UUID-valued field whose name ends in `id` becomes `<uuid:N>`. */
function replaceUuids(value: unknown, seen = new Map<string, string>()): unknown {
  if (Array.isArray(value)) return value.map((item) => replaceUuids(item, seen));
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => {
      if (/id$/i.test(key) && typeof item === 'string' && UUID_START.test(item)) {
        if (!seen.has(item)) seen.set(item, `<uuid:${seen.size + 1}>`);
        return [key, seen.get(item)];
      }
      return [key, replaceUuids(item, seen)];
    }),
  );
}

type Replay = { state: string; input: unknown; actual: unknown; expected: unknown };

/** Replays every entered Pass state that uses an intrinsic, against the recorded input and output. */
function replayCase(testCase: ConformanceCase): Replay[] {
  const states = new Map(listStates(testCase.definition));
  const events = testCase.expected.events ?? [];
  const variables: Record<string, unknown> = {};
  const replays: Replay[] = [];
  events.forEach((event, index) => {
    const exited = event.stateExitedEventDetails;
    if (isObject(exited) && isObject(exited.assignedVariables)) {
      for (const [name, value] of Object.entries(exited.assignedVariables)) variables[name] = fromRecorded(value);
    }
    const entered = event.stateEnteredEventDetails;
    if (event.type !== 'PassStateEntered' || !isObject(entered)) return;
    const name = String(entered.name);
    const state = states.get(name);
    if (!state || !hasIntrinsic(state.Parameters)) return;
    const input = fromRecorded(entered.input);
    const scope = { context: makeContext(testCase, name), variables: { ...variables } };
    const next = events.slice(index + 1).find((later) => {
      const details = later.stateExitedEventDetails;
      return (isObject(details) && details.name === name) || later.type === 'ExecutionFailed';
    });
    let actual: unknown;
    try {
      actual = replaceUuids(applyOutputTransforms(testCase, replayPass(state, input, scope)));
    } catch (error) {
      if (!(error instanceof StatesError)) throw error;
      actual = { error: error.error, cause: error.cause };
    }
    const exitedDetails = next?.stateExitedEventDetails;
    const failed = next?.executionFailedEventDetails;
    const expected = isObject(exitedDetails)
      ? fromRecorded(exitedDetails.output)
      : isObject(failed)
        ? { error: failed.error, cause: stripStatePrefix(String(failed.cause)) }
        : undefined;
    replays.push({ state: name, input, actual, expected });
  });
  return replays;
}

const cases = loadCases('intrinsics');
const replayable = cases.filter((testCase) => replayCase(testCase).length > 0);
const notApplicable = cases.filter((testCase) => !replayable.includes(testCase));

describe('intrinsics conformance corpus', () => {
  it('has every case either replayed or explained', () => {
    // Cases without a JSONPath intrinsic: JSONata-only ones, and one whose "States.*" text sits in a
    // Pass Result, where AWS does not evaluate it.
    for (const testCase of notApplicable) {
      const states = listStates(testCase.definition).map(([, state]) => state);
      const jsonata = testCase.definition.QueryLanguage === 'JSONata' || states.some((state) => state.QueryLanguage === 'JSONata');
      expect(jsonata || states.some((state) => hasIntrinsic(state.Result)), testCase.name).toBe(true);
    }
    expect(replayable.length + notApplicable.length).toBe(cases.length);
  });

  it.each(replayable.map((testCase) => [testCase.name, testCase] as const))('reproduces %s', (_name, testCase) => {
    for (const replay of replayCase(testCase)) {
      expect(replay.actual, `state ${replay.state} on ${JSON.stringify(replay.input)}`).toEqual(replay.expected);
    }
  });
});

describe('intrinsics in the other areas of the corpus', () => {
  const others = ['pass', 'errors', 'variables', 'map', 'parallel', 'choice', 'wait']
    .flatMap((area) => loadCases(area))
    .filter((testCase) => replayCase(testCase).length > 0);

  it.each(others.map((testCase) => [testCase.name, testCase] as const))('reproduces %s', (_name, testCase) => {
    for (const replay of replayCase(testCase)) {
      expect(replay.actual, `state ${replay.state} on ${JSON.stringify(replay.input)}`).toEqual(replay.expected);
    }
  });
});

describe('compileIntrinsic', () => {
  it('evaluates nested calls, literals and all three path kinds', () => {
    const context = { Execution: { Name: 'run-1' } };
    expect(
      evaluate("States.Array('a', 1, -2.5, true, null, $.x, $$.Execution.Name, $v.y, States.MathAdd(1, 2))", { x: 'X' }, {
        context,
        variables: { v: { y: 'Y' } },
      }),
    ).toEqual(['a', 1, -2.5, true, null, 'X', 'run-1', 'Y', 3]);
  });

  it('unescapes \\\' \\{ \\} and \\\\ in string literals', () => {
    expect(evaluate("States.Array('it\\'s', 'a\\\\b')")).toEqual(["it's", 'a\\b']);
    expect(evaluate("States.Format('\\{literal\\} {}', 'x')")).toBe('{literal} x');
  });

  it('States.Format prints objects and arrays the way Java does', () => {
    expect(evaluate("States.Format('{} {} {}', $.o, $.a, $.n)", { o: { a: 1, b: [] }, a: [1, 'x'], n: null })).toBe(
      '{a=1, b=[]} [1, x] null',
    );
  });

  it('refuses a Format whose placeholders and arguments differ in number', () => {
    expect(() => compileIntrinsic("States.Format('{} {}', 1)")).toThrow(StatesError);
  });

  it('refuses unknown functions and wrong argument counts when compiling', () => {
    expect(() => compileIntrinsic('States.Nope(1)')).toThrow(/does not exist/);
    expect(() => compileIntrinsic('States.ArrayLength()')).toThrow(/takes 1 argument/);
    expect(() => compileIntrinsic("States.Format('x'")).toThrow(/missing '\)'/);
  });

  it('States.ArrayRange refuses more than 1000 elements', () => {
    expect(evaluate('States.ArrayRange(1, 1000, 1)')).toHaveLength(1000);
    expect(() => evaluate('States.ArrayRange(0, 1000, 1)')).toThrow(/more than 1000 items/);
  });

  it('States.ArrayRange counts down with a negative step and refuses a zero step', () => {
    expect(evaluate('States.ArrayRange(9, 1, -4)')).toEqual([9, 5, 1]);
    expect(() => evaluate('States.ArrayRange(1, 9, 0)')).toThrow(StatesError);
  });

  it('States.ArrayPartition refuses a chunk size below 1', () => {
    expect(() => evaluate('States.ArrayPartition($.a, 0)', { a: [1] })).toThrow(/positive integer/);
  });

  it('States.ArrayGetItem refuses an index out of bounds', () => {
    expect(() => evaluate('States.ArrayGetItem($.a, 3)', { a: [1, 2, 3] })).toThrow(/out of bounds/);
  });

  it('States.ArrayUnique keeps the first of deeply equal items', () => {
    expect(evaluate('States.ArrayUnique($.a)', { a: [1, { x: 1, y: 2 }, 1, { y: 2, x: 1 }, [null], [null]] })).toEqual([
      1,
      { x: 1, y: 2 },
      [null],
    ]);
  });

  it('Base64 functions refuse more than 10,000 characters', () => {
    const long = 'a'.repeat(10_001);
    expect(() => evaluate('States.Base64Encode($.s)', { s: long })).toThrow(/at most 10000 characters/);
    expect(() => evaluate('States.Base64Decode($.s)', { s: long })).toThrow(/at most 10000 characters/);
    expect(() => evaluate('States.Base64Decode($.s)', { s: 'not base64!' })).toThrow(/not valid Base64/);
  });

  it('States.Hash supports the five AWS algorithms only', () => {
    expect(evaluate("States.Hash('input data', 'SHA-256')")).toBe(createHash('sha256').update('input data').digest('hex'));
    expect(() => evaluate("States.Hash('x', 'SHA-3')")).toThrow(/not supported/);
  });

  it('States.JsonMerge merges shallowly and refuses deep mode', () => {
    expect(evaluate('States.JsonMerge($.a, $.b, false)', { a: { x: { p: 1 }, y: 1 }, b: { x: { q: 2 } } })).toEqual({
      x: { q: 2 },
      y: 1,
    });
    expect(() => evaluate('States.JsonMerge($.a, $.b, true)', { a: {}, b: {} })).toThrow(/only shallow/);
  });

  it('States.MathAdd rounds each argument half up before adding', () => {
    expect(evaluate('States.MathAdd(-1.49, -1.5)')).toBe(-2);
    expect(evaluate('States.MathAdd(-0.5, 0)')).toBe(0);
    expect(() => evaluate("States.MathAdd('1', 2)")).toThrow(StatesError);
  });

  it('States.MathRandom uses the injected source and is repeatable with a seed', () => {
    expect(evaluate('States.MathRandom(10, 20)')).toBe(15);
    const seeded = compileIntrinsic('States.MathRandom(1, 1000, 42)');
    const first = seeded(makeResolver({ input: {} }));
    expect(seeded(makeResolver({ input: {} }))).toBe(first);
    expect(() => compileIntrinsic('States.MathRandom(1, 2)')(makeResolver({ input: {} }))).toThrow(/random source/);
  });

  it('States.UUID returns the injected UUID', () => {
    expect(evaluate('States.UUID()')).toBe(FIXED_UUID);
  });

  it('States.StringSplit splits on every delimiter character and drops empty parts', () => {
    expect(evaluate("States.StringSplit('a,,b;c', ',;')")).toEqual(['a', 'b', 'c']);
  });

  it('States.StringToJson reads an empty string as null and refuses invalid JSON', () => {
    expect(evaluate("States.StringToJson('')")).toBeNull();
    expect(() => evaluate("States.StringToJson('{')")).toThrow(StatesError);
  });

  it('reports a path argument that matches nothing as States.Runtime with the field name', () => {
    const run = () => compileIntrinsic('States.ArrayLength($.missing)', { field: 'n.$' })(makeResolver({ input: { a: 1 } }));
    expect(run).toThrow(
      expect.objectContaining({
        error: 'States.Runtime',
        cause: `The JSONPath '$.missing' specified for the field 'n.$' could not be found in the input '{"a":1}'`,
      }),
    );
  });

  it('quotes the input the engine describes in a missing-path cause', () => {
    const run = () =>
      compileIntrinsic('States.ArrayLength($.missing)', { field: 'n.$' })(makeResolver({ input: {} }), {
        describeInput: () => '{"as": "recorded"}',
      });
    expect(run).toThrow(expect.objectContaining({ cause: expect.stringContaining(`in the input '{"as": "recorded"}'`) }));
  });

  it('raises States.IntrinsicFailure for arguments a function refuses', () => {
    expect(() => evaluate('States.ArrayLength($.s)', { s: 'x' })).toThrow(
      expect.objectContaining({ error: 'States.IntrinsicFailure' }),
    );
  });
});

describe('isIntrinsicExpression', () => {
  it('tells intrinsic calls from paths', () => {
    expect(isIntrinsicExpression("States.Format('{}', $.a)")).toBe(true);
    expect(isIntrinsicExpression('$.States.Format')).toBe(false);
    expect(isIntrinsicExpression('States.Format')).toBe(false);
  });
});

describe('intrinsic properties', () => {
  it('States.ArrayPartition chunks flatten back to the input', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), fc.integer({ min: 1, max: 10 }), (items, size) => {
        const chunks = evaluate('States.ArrayPartition($.a, $.n)', { a: items, n: size }) as unknown[][];
        expect(chunks.flat()).toEqual(items);
        expect(chunks.every((chunk, index) => chunk.length === size || index === chunks.length - 1)).toBe(true);
      }),
    );
  });

  it('States.JsonToString and States.StringToJson round-trip JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ noUnicodeString: false }), (value) => {
        const text = evaluate('States.JsonToString($.v)', { v: value });
        expect(evaluate('States.StringToJson($.t)', { t: text })).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('States.Base64Decode inverts States.Base64Encode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const encoded = evaluate('States.Base64Encode($.s)', { s: text });
        expect(evaluate('States.Base64Decode($.s)', { s: encoded })).toBe(text);
      }),
    );
  });
});
