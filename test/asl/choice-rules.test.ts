import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareTimestamps, compileChoiceRule, getChoiceRuleProblems, parseTimestamp } from '@/lib/asl/choice-rules';
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

function choose(rule: JsonObject, input: unknown): boolean {
  return compileChoiceRule(rule)(makeResolver({ input }));
}

function outcome(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    if (error instanceof StatesError) return { error: error.error, cause: error.cause };
    throw error;
  }
}

describe('choice-operators conformance corpus (output-only cases)', () => {
  const cases = loadCases('choice-operators');

  it.each(cases.map((testCase) => [testCase.name, testCase] as const))('reproduces %s', (_name, testCase) => {
    const choice = listStates(testCase.definition).find(([, state]) => state.Type === 'Choice')?.[1];
    expect(choice && Array.isArray(choice.Choices) && choice.Choices.length === 1).toBe(true);
    const [rule] = (choice as { Choices: JsonObject[] }).Choices;
    const input = JSON.parse(testCase.input) as unknown;
    const actual = outcome(() => {
      const matched = choose(rule, input);
      return { TestResult$: matched ? 'ConditionTrue' : 'ConditionFalse' };
    });
    const expected =
      testCase.expected.status === 'FAILED'
        ? { error: testCase.expected.error, cause: stripStatePrefix(String(testCase.expected.cause)) }
        : { TestResult$: (testCase.expected.output as JsonObject)['TestResult.$'] };
    expect(actual, `${JSON.stringify(rule)} on ${testCase.input}`).toEqual(expected);
  });
});

type ChoiceReplay = { state: string; input: unknown; actual: unknown; expected: unknown };

/** Replays every recorded Choice state decision: the input it entered with and the state it went to. */
function replayChoices(testCase: ConformanceCase): ChoiceReplay[] {
  const states = new Map(listStates(testCase.definition));
  const events = testCase.expected.events ?? [];
  const variables: Record<string, unknown> = {};
  const replays: ChoiceReplay[] = [];
  for (const event of events) {
    const exited = event.stateExitedEventDetails;
    if (isObject(exited) && isObject(exited.assignedVariables)) {
      for (const [name, value] of Object.entries(exited.assignedVariables)) variables[name] = fromRecorded(value);
    }
    const entered = event.stateEnteredEventDetails;
    if (event.type !== 'ChoiceStateEntered' || !isObject(entered)) continue;
    const name = String(entered.name);
    const state = states.get(name);
    if (!state || !Array.isArray(state.Choices) || state.Choices.some((rule) => isObject(rule) && 'Condition' in rule)) continue;
    if (state.QueryLanguage === 'JSONata' || testCase.definition.QueryLanguage === 'JSONata') continue;

    const stateInput = fromRecorded(entered.input);
    const scope = { context: makeContext(testCase, name), variables: { ...variables } };
    const effective = typeof state.InputPath === 'string' ? makeResolver({ input: stateInput, ...scope })(state.InputPath) : stateInput;
    const resolve = makeResolver({ input: effective, ...scope });

    const exitEvent = events.find((later) => later.id > event.id && isObject(later.stateExitedEventDetails) && later.stateExitedEventDetails.name === name);
    const nextEntered = exitEvent && events.find((later) => later.previousEventId === exitEvent.id && isObject(later.stateEnteredEventDetails));
    const failure = events.find((later) => later.id > event.id && isObject(later.executionFailedEventDetails));
    let expected: unknown;
    if (nextEntered && isObject(nextEntered.stateEnteredEventDetails)) expected = nextEntered.stateEnteredEventDetails.name;
    else if (!exitEvent && failure && isObject(failure.executionFailedEventDetails)) {
      const details = failure.executionFailedEventDetails;
      expected = { error: details.error, cause: stripStatePrefix(String(details.cause)) };
    } else continue; // the history ends inside this state, or the next event is not a state

    const actual = outcome(() => {
      for (const rule of state.Choices as JsonObject[]) {
        if (compileChoiceRule(rule)(resolve)) return rule.Next;
      }
      if (typeof state.Default === 'string') return state.Default;
      return { error: 'States.NoChoiceMatched', cause: expect.any(String) };
    });
    replays.push({ state: name, input: effective, actual, expected });
  }
  return replays;
}

describe('Choice states recorded in the other areas', () => {
  const cases = ['choice', 'pass', 'errors', 'variables', 'map', 'parallel', 'wait', 'intrinsics', 'timeouts', 'jsonata', 'task']
    .flatMap((area) => loadCases(area))
    .filter((testCase) => replayChoices(testCase).length > 0);

  it('finds recorded Choice decisions to replay', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases.map((testCase) => [testCase.name, testCase] as const))('reproduces the decisions of %s', (_name, testCase) => {
    for (const replay of replayChoices(testCase)) {
      expect(replay.actual, `${replay.state} on ${JSON.stringify(replay.input)}`).toEqual(replay.expected);
    }
  });
});

describe('compileChoiceRule', () => {
  it('treats a type mismatch as no match, not an error', () => {
    expect(choose({ Variable: '$.v', NumericEquals: 1 }, { v: '1' })).toBe(false);
    expect(choose({ Variable: '$.v', BooleanEquals: true }, { v: 1 })).toBe(false);
    expect(choose({ Variable: '$.v', StringLessThan: 'b' }, { v: ['a'] })).toBe(false);
  });

  it('fails with States.Runtime when Variable matches nothing', () => {
    expect(outcome(() => choose({ Variable: '$.missing', StringEquals: 'x' }, {}))).toEqual({
      error: 'States.Runtime',
      cause: "Invalid path '$.missing': The choice state's condition path references an invalid value.",
    });
  });

  it('fails with States.Runtime when a *Path operand matches nothing', () => {
    expect(outcome(() => choose({ Variable: '$.a', NumericEqualsPath: '$.b' }, { a: 1 }))).toEqual({
      error: 'States.Runtime',
      cause: "Invalid path '$.b': The choice state's condition path references an invalid value.",
    });
  });

  it('IsPresent tests a missing Variable without failing', () => {
    expect(choose({ Variable: '$.missing', IsPresent: false }, {})).toBe(true);
    expect(choose({ Variable: '$.here', IsPresent: true }, { here: null })).toBe(true);
  });

  it('StringMatches treats * as a wildcard and \\* as a literal star', () => {
    expect(choose({ Variable: '$.v', StringMatches: 'log-*.txt' }, { v: 'log-2024.txt' })).toBe(true);
    expect(choose({ Variable: '$.v', StringMatches: 'log-*.txt' }, { v: 'log-2024.txt.gz' })).toBe(false);
    expect(choose({ Variable: '$.v', StringMatches: 'a\\*b' }, { v: 'a*b' })).toBe(true);
    expect(choose({ Variable: '$.v', StringMatches: 'a\\*b' }, { v: 'axb' })).toBe(false);
    expect(choose({ Variable: '$.v', StringMatches: '*' }, { v: '' })).toBe(true);
  });

  it('compares timestamps as instants, across offsets and fractions', () => {
    expect(choose({ Variable: '$.t', TimestampEquals: '2016-03-14T01:59:00Z' }, { t: '2016-03-14T02:59:00+01:00' })).toBe(true);
    expect(choose({ Variable: '$.t', TimestampLessThan: '2016-03-14T01:59:00.000000002Z' }, { t: '2016-03-14T01:59:00.000000001Z' })).toBe(true);
    expect(choose({ Variable: '$.t', TimestampGreaterThanEqualsPath: '$.u' }, { t: '2016-03-14T01:59Z', u: '2016-03-14T01:59:00Z' })).toBe(true);
  });

  it('does not read a date-time without an offset as a timestamp', () => {
    expect(choose({ Variable: '$.t', IsTimestamp: true }, { t: '2012-10-09T19:00:55' })).toBe(false);
    expect(choose({ Variable: '$.t', IsTimestamp: true }, { t: '2012-10-09T19:00:55+01:00' })).toBe(true);
    expect(parseTimestamp('2023-02-30T00:00:00Z')).toBeNull();
    expect(parseTimestamp('2024-02-29T23:59:59.123456789Z')).not.toBeNull();
  });

  it('combines rules with And, Or and Not', () => {
    const rule = {
      And: [
        { Variable: '$.n', NumericGreaterThanEquals: 20 },
        { Not: { Variable: '$.n', NumericEquals: 25 } },
        { Or: [{ Variable: '$.s', StringEquals: 'a' }, { Variable: '$.s', StringEquals: 'b' }] },
      ],
    };
    expect(choose(rule, { n: 21, s: 'b' })).toBe(true);
    expect(choose(rule, { n: 25, s: 'b' })).toBe(false);
    expect(choose(rule, { n: 21, s: 'c' })).toBe(false);
  });

  it('reads variables and the context object', () => {
    const rule = { Variable: '$guess', StringEqualsPath: '$$.Execution.Name' };
    expect(compileChoiceRule(rule)(makeResolver({ input: {}, variables: { guess: 'run' }, context: { Execution: { Name: 'run' } } }))).toBe(true);
  });

  it('refuses an invalid rule when compiling', () => {
    expect(() => compileChoiceRule({ Variable: '$.a', StringEqual: 'x' })).toThrow(
      expect.objectContaining({ error: 'InvalidDefinition' }),
    );
  });
});

describe('getChoiceRuleProblems', () => {
  it('accepts a valid rule with Next, Comment and Assign', () => {
    expect(getChoiceRuleProblems({ Variable: '$.a', IsNull: true, Next: 'X', Comment: 'c', Assign: {} })).toEqual([]);
  });

  it('suggests the operator a typo meant', () => {
    expect(getChoiceRuleProblems({ Variable: '$.a', StringEqual: 'x' })).toEqual([
      "Choice rule has an unknown field 'StringEqual' (did you mean 'StringEquals'?).",
    ]);
  });

  it('names a missing Variable and a wrongly typed operand', () => {
    expect(getChoiceRuleProblems({ NumericEquals: '1' })).toEqual([
      "Choice rule uses 'NumericEquals' but has no 'Variable' to compare.",
      'Choice rule.NumericEquals must be a number, but is "1".',
    ]);
  });

  it('points into nested rules', () => {
    expect(getChoiceRuleProblems({ And: [{ Variable: '$.a', IsString: true }, { Variable: 'a', IsString: true }] })).toEqual([
      'Choice rule.And[1].Variable must be a path starting with \'$\', but is "a".',
    ]);
  });

  it('flags a JSONata Condition and a rule with two operators', () => {
    expect(getChoiceRuleProblems({ Condition: '{% true %}' })[0]).toMatch(/JSONata/);
    expect(getChoiceRuleProblems({ Variable: '$.a', IsNull: true, IsString: true })[0]).toMatch(/exactly one/);
  });
});

describe('choice rule properties', () => {
  const instants = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9990-12-31T23:59:59Z'), noInvalidDate: true });

  it('orders ISO timestamps as Date does, whatever the offset they are written in', () => {
    fc.assert(
      fc.property(instants, instants, fc.integer({ min: -18 * 60, max: 18 * 60 }), (a, b, offsetMinutes) => {
        const shifted = new Date(b.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 23);
        const sign = offsetMinutes < 0 ? '-' : '+';
        const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
        const minutes = String(Math.abs(offsetMinutes) % 60).padStart(2, '0');
        const left = parseTimestamp(a.toISOString());
        const right = parseTimestamp(`${shifted}${sign}${hours}:${minutes}`);
        expect(left && right).toBeTruthy();
        expect(Math.sign(compareTimestamps(left!, right!))).toBe(Math.sign(a.getTime() - b.getTime()));
      }),
    );
  });

  it('StringMatches with every star escaped matches only the text itself', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (text, other) => {
        const pattern = text.replace(/[\\*]/g, (char) => `\\${char}`);
        expect(choose({ Variable: '$.v', StringMatches: pattern }, { v: text })).toBe(true);
        expect(choose({ Variable: '$.v', StringMatches: pattern }, { v: other })).toBe(other === text);
      }),
    );
  });

  it('StringMatches with a trailing star matches every extension of the prefix', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (prefix, rest) => {
        const pattern = `${prefix.replace(/[\\*]/g, (char) => `\\${char}`)}*`;
        expect(choose({ Variable: '$.v', StringMatches: pattern }, { v: prefix + rest })).toBe(true);
      }),
    );
  });
});
