import { describe, expect, it } from 'vitest';
import { compileJsonPath, parseReferencePath, resolvePath, setAtPath, StatesError, validateDefinition } from '@/lib/asl';
import { runOnEngine } from '../support/engine-run';

// Jayway JsonPath's README document, plus keys that need quoting and values of every JSON type.
const doc = {
  store: {
    book: [
      { category: 'reference', author: 'Nigel Rees', title: 'Sayings', price: 8.95 },
      { category: 'fiction', author: 'Evelyn Waugh', title: 'Sword', price: 12.99, isbn: '0-553-21311-3' },
      { category: 'fiction', author: 'Herman Melville', title: 'Moby', isbn: '0-395-19395-8', price: 8.99 },
      { category: 'fiction', author: 'J. R. R. Tolkien', title: 'LOTR', isbn: '0-395-19395-9', price: 22.99 },
    ],
    bicycle: { color: 'red', price: 19.95 },
  },
  items: [
    { id: 1, bucket: 'b1', key: 'k1', tags: ['a'] },
    { id: 2, bucket: 'b2', key: 'k2', tags: [] },
  ],
  wanted: 2,
  'odd key': { 'a.b': 1, "it's": 2, '[x]': 3, 'say "hi"': 4, '': 5 },
  'delivery-partner': 'dhl',
  nums: [1, 2, 3, 4],
  empty: [],
  nothing: null,
  str: 'abc',
};

describe('definite paths return the value itself', () => {
  it.each<[string, unknown]>([
    ['$', doc],
    ['$.store.bicycle.color', 'red'],
    ["$['store']['bicycle']['color']", 'red'],
    ['$["store"]["bicycle"]["color"]', 'red'],
    ["$.store['bicycle'].color", 'red'],
    ['$.store.book[0].title', 'Sayings'],
    ['$.store.book.[0].title', 'Sayings'],
    ['$.nums.[1]', 2],
    ["$.['nums'][2]", 3],
    ['$.store.book[-1].title', 'LOTR'],
    ['$.store.book[ 1 ].title', 'Sword'],
    ["$['odd key']['a.b']", 1],
    ["$['odd key']['it\\'s']", 2],
    ['$[\'odd key\']["it\'s"]', 2],
    ["$['odd key']['[x]']", 3],
    ["$['odd key']['say \"hi\"']", 4],
    ["$['odd key']['']", 5],
    ['$.delivery-partner', 'dhl'],
    ['$.nothing', null],
    ['$.empty', []],
    ["$.store.bicycle['color','price']", { color: 'red', price: 19.95 }],
    ["$.store.bicycle['color','gears']", { color: 'red' }],
    ['$.nums.length()', 4],
    ['$.nums.size()', 4],
    ['$.store.bicycle.length()', 2],
    ['$.str.length()', null],
    ['$.nums.sum()', 10],
    ['$.nums.min()', 1],
    ['$.nums.max()', 4],
    ['$.nums.avg()', 2.5],
    ['$.nums.stddev()', Math.sqrt(1.25)],
    ['$.nums.sum(10)', 20],
    ['$.nums.max($.wanted, 7)', 7],
    ['$.store.bicycle.keys()', ['color', 'price']],
    ['$.nums.first()', 1],
    ['$.nums.last()', 4],
    ['$.nums.index(-2)', 3],
    ['$.nums.append(5)', [1, 2, 3, 4, 5]],
    ['$..price.max()', 22.99],
  ])('%s', (path, expected) => {
    const compiled = compileJsonPath(path);
    if (expected === undefined) {
      expect(compiled.definite).toBe(false);
      return;
    }
    expect(compiled.definite).toBe(true);
    expect(compiled.evaluate(doc)).toEqual(expected);
  });

  it.each(['$.missing', '$.store.missing.color', '$.nums[4]', '$.nums[-5]', '$.str.a', '$.nums.a', '$.store[0]', '$.nothing.a', '$.missing.length()'])(
    '%s matches nothing: undefined, which the engine reports as States.Runtime',
    (path) => {
      const compiled = compileJsonPath(path);
      if (compiled.definite) expect(compiled.evaluate(doc)).toBeUndefined();
      else expect(compiled.evaluate(doc)).toEqual([]);
    },
  );
});

describe('indefinite paths return a list, skipping what is missing', () => {
  const titles = (...t: string[]) => t;
  it.each<[string, unknown[]]>([
    ['$.store.book[*].title', titles('Sayings', 'Sword', 'Moby', 'LOTR')],
    ['$.store.book.*.title', titles('Sayings', 'Sword', 'Moby', 'LOTR')],
    ['$.store.*.color', ['red']],
    ['$.store.bicycle.*', ['red', 19.95]],
    ['$..author', ['Nigel Rees', 'Evelyn Waugh', 'Herman Melville', 'J. R. R. Tolkien']],
    ['$.store..price', [8.95, 12.99, 8.99, 22.99, 19.95]],
    ['$..book[2].title', ['Moby']],
    ['$..book[-1:].title', ['LOTR']],
    // ScanPathToken.walkArray applies the step after `[0]` to every element of a matching array.
    ['$..[0].title', titles('Sayings', 'Sword', 'Moby', 'LOTR')],
    ['$..[0]', [doc.store.book[0], doc.items[0], 'a', 1]],
    ['$..missing', []],
    ['$.store.book[0,2].title', titles('Sayings', 'Moby')],
    ['$.store.book[:2].title', titles('Sayings', 'Sword')],
    ['$.store.book[1:3].title', titles('Sword', 'Moby')],
    ['$.store.book[-2:].title', titles('Moby', 'LOTR')],
    ['$.store.book[:-3].title', titles('Sayings')],
    ['$.store.book[2:].title', titles('Moby', 'LOTR')],
    ['$.store.book[1:10].title', titles('Sword', 'Moby', 'LOTR')],
    ['$.store.book[3:1].title', []],
    // Jayway's ArraySliceOperation reads a third part and ignores it.
    ['$.nums[0:4:2]', [1, 2, 3, 4]],
    ['$.store.book[*].isbn', ['0-553-21311-3', '0-395-19395-8', '0-395-19395-9']],
    ["$.items[*]['bucket','key']", [{ bucket: 'b1', key: 'k1' }, { bucket: 'b2', key: 'k2' }]],
    ["$.items[*]['key','bucket','gone']", [{ key: 'k1', bucket: 'b1' }, { key: 'k2', bucket: 'b2' }]],
    ["$['store','missing'].bicycle.color", ['red']],
    ['$.store.book[?(@.isbn)].title', titles('Sword', 'Moby', 'LOTR')],
    ['$.store.book[?(!@.isbn)].title', titles('Sayings')],
    ['$.store.book[?(@.price < 10)].title', titles('Sayings', 'Moby')],
    ['$.store.book[?(@.price <= 8.99)].title', titles('Sayings', 'Moby')],
    ['$.store.book[?(@.price > 20)].title', titles('LOTR')],
    ['$.store.book[?(@.price >= 22.99)].title', titles('LOTR')],
    ["$.store.book[?(@.category == 'reference')].title", titles('Sayings')],
    ['$.store.book[?(@.category == "reference")].title', titles('Sayings')],
    ["$.store.book[?(@.category != 'fiction')].title", titles('Sayings')],
    ["$.store.book[?(@.author > 'K')].title", titles('Sayings')],
    ["$.store.book[?(@.category == 'fiction' && @.price < 10)].title", titles('Moby')],
    ["$.store.book[?(@.price > 20 || @.category == 'reference')].title", titles('Sayings', 'LOTR')],
    ["$.store.book[?((@.price > 20 || @.price < 9) && @.isbn)].title", titles('Moby', 'LOTR')],
    ['$.store.book[?(@.price > $.store.bicycle.price)].title', titles('LOTR')],
    ['$.items[?(@.id == $.wanted)].key', ['k2']],
    ['$.items[?(@.id == 2)]', [doc.items[1]]],
    ["$.items[?(@.id == '1')].key", ['k1']],
    ["$.items[?(@.id === '1')].key", []],
    ['$.items[?(@.id === 1)].key', ['k1']],
    ['$.store.book[?(@.author =~ /.*Rees/)].title', titles('Sayings')],
    ['$.store.book[?(@.author =~ /Rees/)].title', []],
    ['$.store.book[?(@.author =~ /.*rees/i)].title', titles('Sayings')],
    ["$.store.book[?(@.category in ['reference', 'poetry'])].title", titles('Sayings')],
    ["$.store.book[?(@.category nin ['fiction'])].title", titles('Sayings')],
    ["$.store.book[?(@.isbn contains '553')].title", titles('Sword')],
    ["$.items[?(@.tags contains 'a')].id", [1]],
    ['$.store.book[?(@.title size 4)].title', titles('Moby', 'LOTR')],
    ['$.items[?(@.tags empty true)].id', [2]],
    ["$.items[?(@.tags subsetof ['a', 'b'])].id", [1, 2]],
    ["$.items[?(@.tags anyof ['a'])].id", [1]],
    ["$.items[?(@.tags noneof ['a'])].id", [2]],
    ['$.items[?(@.tags.length() > 0)].id', [1]],
    ['$.items[?(@.missing != 1)].id', [1, 2]],
    ['$.items[?(@.missing == 1)].id', []],
    ['$.nums[?(@ > 2)]', [3, 4]],
    ["$.store.bicycle[?(@.color == 'red')].price", [19.95]],
    ['$.missing[*]', []],
    ['$.items[*].missing', []],
    ['$.str[*]', []],
  ])('%s', (path, expected) => {
    const compiled = compileJsonPath(path);
    expect(compiled.definite).toBe(false);
    expect(compiled.evaluate(doc)).toEqual(expected);
  });

  it('reads a root array by index and slice', () => {
    expect(compileJsonPath('$[1]').evaluate(['a', 'b', 'c'])).toBe('b');
    expect(compileJsonPath('$.[1]').evaluate(['a', 'b', 'c'])).toBe('b');
    expect(compileJsonPath('$[-1:]').evaluate(['a', 'b', 'c'])).toEqual(['c']);
    expect(compileJsonPath('$[*][*]').evaluate([[1, 2], [3]])).toEqual([1, 2, 3]);
  });
});

describe('failures are ASL errors with AWS wording, never a library Error', () => {
  it.each([
    ['$.', "Path must not end with a '.' or '..'"],
    ['$..', "Path must not end with a '.' or '..'"],
    ['$.a b', "Use bracket notion ['my prop'] if your property contains blank characters"],
    ['$a', "Illegal character at position 1 expected '.' or '['"],
    ["$['a'", 'Property must be separated by comma or Property must be terminated close square bracket'],
    ["$['a',]", 'Found empty property'],
    ['$[*', "Expected wildcard token to end with ']'"],
    ['$[x]', 'Could not parse token starting at position 1'],
    ['$[1:x]', 'Could not parse token starting at position 1'],
    ['$[:]', 'Failed to parse SliceOperation'],
    ['$.a.foo()', 'Function with name: foo does not exist.'],
    ['$.a.sum(', "Arguments to function: 'sum' are not closed properly."],
    ['$[?(@.a == )]', 'Could not parse a value'],
    ['$[?(@.a ~= 1)]', 'Expected end of filter expression'],
    ['$[?(@.a == 1)', "Expected ']' to close the filter"],
    ['$[?(@.a like 1)]', 'Filter operator like is not supported.'],
    ['$[?(@.a =~ 1)]', 'The =~ operator needs a /regular expression/'],
    ['$[?(@.a =~ /(/)]', 'Invalid regular expression'],
  ])('%s does not compile: States.Runtime %s', (path, reason) => {
    let thrown: unknown;
    try {
      compileJsonPath(path);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(StatesError);
    expect((thrown as StatesError).error).toBe('States.Runtime');
    expect((thrown as StatesError).cause).toContain(`Invalid path '${path}' : ${reason}`);
  });

  it.each([
    ['$.str[?(@ == 1)]', 'Filter: [?] can not be applied to primitives. Current context is: "abc"'],
    ['$.empty.sum()', 'Aggregation function attempted to calculate value using empty array'],
    ['$.store.bicycle.avg()', 'Aggregation function attempted to calculate value using empty array'],
    ['$.nums.sum($.missing)', "No results for path: $['missing']"],
  ])('%s fails at run time with States.Runtime', (path, reason) => {
    expect(() => compileJsonPath(path).evaluate(doc)).toThrow(new StatesError('States.Runtime', `Invalid path '${path}' : ${reason}`));
  });
});

describe('reference paths', () => {
  it.each<[string, (string | number)[] | null]>([
    ['$', []],
    ['$.a.b', ['a', 'b']],
    ['$.a.[0]', ['a', 0]],
    ['$.a[-1]', ['a', -1]],
    ["$['a b'].c", ['a b', 'c']],
    ["$['it\\'s']", ["it's"]],
    ['$.delivery-partner', ['delivery-partner']],
    ['$.a[*]', null],
    ['$..a', null],
    ['$.a[0,1]', null],
    ['$.a[1:]', null],
    ["$['a','b']", null],
    ['$.a[?(@.b)]', null],
    ['$.a.length()', null],
    ['$.', null],
  ])('%s → %j', (path, segments) => {
    expect(parseReferencePath(path)).toEqual(segments);
  });

  it('writes a ResultPath with a dot before the bracket into the element, not beside it', () => {
    expect(setAtPath({ a: [1, 2] }, '$.a.[1]', 'x')).toEqual({ a: [1, 'x'] });
  });

  it('reads context and variable paths with the same grammar', () => {
    const scope = { input: { n: 1 }, context: () => ({ Execution: { Input: { list: [{ id: 'x' }, { id: 'y' }] } } }), variables: { v: { list: [5, 6] } } };
    expect(resolvePath(scope, '$$.Execution.Input.list.[1].id')).toBe('y');
    expect(resolvePath(scope, "$$.Execution.Input.list[?(@.id == 'x')]")).toEqual([{ id: 'x' }]);
    expect(resolvePath(scope, '$v.list.[0]')).toBe(5);
    expect(resolvePath(scope, '$v.list.max()')).toBe(6);
  });
});

describe('the engine evaluates every JSONPath field with these rules', () => {
  const input = { items: [{ id: 1, bucket: 'b1', key: 'k1' }, { id: 2, bucket: 'b2', key: 'k2' }], wanted: 2, list: [[10, 11], [20]] };
  const pass = (state: Record<string, unknown>) => ({ StartAt: 'P', States: { P: { Type: 'Pass', End: true, ...state } } });

  it.each<[string, Record<string, unknown>, unknown]>([
    ['InputPath with a dot before the bracket', { InputPath: '$.items.[0]' }, input.items[0]],
    ['OutputPath with a dot before the bracket', { OutputPath: '$.list.[1]' }, [20]],
    ['InputPath with a filter reading the root', { InputPath: '$.items[?(@.id == $.wanted)]' }, [input.items[1]]],
    ['Parameters with a filter reading the root', { Parameters: { 'hit.$': '$.items[?(@.id == $.wanted)].key' } }, { hit: ['k2'] }],
    ['Parameters with several names in a bracket', { Parameters: { 'objects.$': "$.items[*]['bucket','key']" } }, { objects: [{ bucket: 'b1', key: 'k1' }, { bucket: 'b2', key: 'k2' }] }],
    ['Parameters with a function', { Parameters: { 'n.$': '$.items.length()', 'top.$': '$.items[*].id.max()' } }, { n: 2, top: [] }],
    ['ResultPath with a dot before the bracket', { Result: 'r', ResultPath: '$.list.[0]' }, { ...input, list: ['r', [20]] }],
  ])('%s', async (_, state, expected) => {
    if ((state.Parameters as Record<string, unknown> | undefined)?.['top.$']) {
      // `$.items[*].id.max()` runs max() on each id (a number, not an array): Jayway refuses it.
      const { described } = await runOnEngine(pass(state), input);
      expect(described.status).toBe('FAILED');
      expect(described.error).toBe('States.Runtime');
      expect(described.cause).toContain("Invalid path '$.items[*].id.max()' : Aggregation function attempted to calculate value using empty array");
      return;
    }
    const { described } = await runOnEngine(pass(state), input);
    expect(described.status).toBe('SUCCEEDED');
    expect(JSON.parse(described.output ?? 'null')).toEqual(expected);
  });

  it('runs a Map over ItemsPath with a dot before the bracket and a Choice on a Variable like it', async () => {
    const definition = {
      StartAt: 'M',
      States: {
        M: { Type: 'Map', ItemsPath: '$.list.[0]', ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } }, ResultPath: '$.mapped', Next: 'C' },
        C: { Type: 'Choice', Choices: [{ Variable: '$.mapped.[1]', NumericEquals: 11, Next: 'Yes' }], Default: 'No' },
        Yes: { Type: 'Succeed' },
        No: { Type: 'Fail', Error: 'Wrong' },
      },
    };
    const { described } = await runOnEngine(definition, input);
    expect(described.status).toBe('SUCCEEDED');
    expect(JSON.parse(described.output ?? 'null').mapped).toEqual([10, 11]);
  });

  it('fails a filter over a number with States.Runtime that a Catch can handle', async () => {
    const definition = {
      StartAt: 'P',
      States: {
        P: { Type: 'Pass', Parameters: { 'x.$': '$.wanted[?(@ > 1)]' }, Catch: [{ ErrorEquals: ['States.Runtime'], Next: 'Caught' }], End: true },
        Caught: { Type: 'Pass', End: true },
      },
    };
    const { described } = await runOnEngine(definition, input);
    expect(described.status).toBe('SUCCEEDED');
    const output = JSON.parse(described.output ?? 'null') as { Error: string; Cause: string };
    expect(output.Error).toBe('States.Runtime');
    expect(output.Cause).toContain("Invalid path '$.wanted[?(@ > 1)]' : Filter: [?] can not be applied to primitives. Current context is: 2");
  });
});

describe('CreateStateMachine refuses invalid paths as InvalidDefinition', () => {
  const machine = (state: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    StartAt: 'S',
    States: { S: { End: true, ...state }, ...extra },
  });
  const pass = (fields: Record<string, unknown>) => machine({ Type: 'Pass', ...fields });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['InputPath', pass({ InputPath: '$.a b' }), '/States/S/InputPath', "The value for the field 'InputPath' must be a valid JSONPath: Use bracket notion"],
    ['OutputPath', pass({ OutputPath: '$.a[?(@.b ==)]' }), '/States/S/OutputPath', "The value for the field 'OutputPath' must be a valid JSONPath: Could not parse a value"],
    ['InputPath not starting with $', pass({ InputPath: 'a.b' }), '/States/S/InputPath', "must be a valid JSONPath: Path must start with '$'"],
    ['ResultPath with a wildcard', pass({ ResultPath: '$.a[*]' }), '/States/S/ResultPath', 'Value is not a Reference Path: a Reference Path may only use names and single indexes'],
    ['ResultPath with a filter', pass({ ResultPath: '$.a[?(@.b)]' }), '/States/S/ResultPath', 'Value is not a Reference Path'],
    ['ResultPath into the context object', pass({ ResultPath: '$$.Execution' }), '/States/S/ResultPath', 'Value is not a Reference Path: the context object and variables cannot be written to'],
    ['ResultPath not starting with $', pass({ ResultPath: 'a' }), '/States/S/ResultPath', "Value is not a Reference Path: Reference path didn't start with '$'"],
    ['Parameters', pass({ Parameters: { nested: { 'x.$': '$.' } } }), '/States/S/Parameters/nested/x.$', "The value for the field 'x.$' must be a valid JSONPath or a valid intrinsic function call: Path must not end"],
    ['Parameters that are not a path', pass({ Parameters: { 'x.$': 'hello' } }), '/States/S/Parameters/x.$', "must be a valid JSONPath or a valid intrinsic function call: Path must start with '$'"],
    ['Assign', pass({ Assign: { 'v.$': '$[*' } }), '/States/S/Assign/v.$', "The value for the field 'v.$' must be a valid JSONPath"],
    ['ResultSelector', machine({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', ResultSelector: { 'p.$': '$.Payload.foo()' } }), '/States/S/ResultSelector/p.$', 'Function with name: foo does not exist.'],
    ['Catch ResultPath', machine({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$..e', Next: 'F' }] }, { F: { Type: 'Fail' } }), '/States/S/Catch/0/ResultPath', 'Value is not a Reference Path'],
    ['Task TimeoutSecondsPath', machine({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', TimeoutSecondsPath: '$.t[0:1]' }), '/States/S/TimeoutSecondsPath', 'Value is not a Reference Path'],
    ['Wait SecondsPath', machine({ Type: 'Wait', SecondsPath: '$.s.length()' }), '/States/S/SecondsPath', 'Value is not a Reference Path'],
    ['Map ItemsPath', machine({ Type: 'Map', ItemsPath: '$.items[*]', ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } } }), '/States/S/ItemsPath', 'Value is not a Reference Path'],
    ['Map ItemSelector', machine({ Type: 'Map', ItemSelector: { 'v.$': '$$.Map.Item.Value.' }, ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } } }), '/States/S/ItemSelector/v.$', 'must be a valid JSONPath or a valid intrinsic function call'],
    ['Fail CausePath', { StartAt: 'S', States: { S: { Type: 'Fail', CausePath: '$.c[*]' } } }, '/States/S/CausePath', 'Value is not a Reference Path'],
    ['Choice Variable', { StartAt: 'S', States: { S: { Type: 'Choice', Choices: [{ Not: { Variable: '$.a[*]', IsPresent: true }, Next: 'E' }] }, E: { Type: 'Succeed' } } }, '/States/S/Choices/0/Not/Variable', 'Value is not a Reference Path'],
    ['Choice …Path operand', { StartAt: 'S', States: { S: { Type: 'Choice', Choices: [{ And: [{ Variable: '$.a', StringEqualsPath: '$..b', Next: 'E' }] }], Default: 'E' }, E: { Type: 'Succeed' } } }, '/States/S/Choices/0/And/0/StringEqualsPath', 'Value is not a Reference Path'],
    ['a nested Parallel branch', machine({ Type: 'Parallel', Branches: [{ StartAt: 'B', States: { B: { Type: 'Pass', InputPath: '$[', End: true } } }] }), '/States/S/Branches/0/States/B/InputPath', "The value for the field 'InputPath' must be a valid JSONPath"],
  ])('%s', async (_, definition, location, message) => {
    const diagnostics = validateDefinition(definition);
    expect(diagnostics).toContainEqual(expect.objectContaining({ severity: 'ERROR', code: 'SCHEMA_VALIDATION_FAILED', location, message: expect.stringContaining(message) }));
    await expect(runOnEngine(definition)).rejects.toMatchObject({ name: 'InvalidDefinition', message: expect.stringMatching(/SCHEMA_VALIDATION_FAILED: /) });
    await expect(runOnEngine(definition)).rejects.toMatchObject({ message: expect.stringContaining(`${message}`) });
    await expect(runOnEngine(definition)).rejects.toMatchObject({ message: expect.stringContaining(` at ${location}`) });
  });

  it.each<[string, Record<string, unknown>]>([
    ['every path form AWS accepts', pass({ InputPath: "$.a..b[?(@.c =~ /x.*/ && @.d in [1, 2])]['e','f']", OutputPath: '$.nums.avg()', ResultPath: "$.a.[0]['b c']", Parameters: { 'a.$': '$$.Execution.Id', 'b.$': '$v.x[-1:]', 'c.$': 'States.Format(\'{}\', $.x)' } })],
    ['variables and the context object where AWS reads them', machine({ Type: 'Wait', SecondsPath: '$waitTime', Next: 'M' }, { M: { Type: 'Map', ItemsPath: '$$.Execution.Input.items', ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } }, End: true } })],
    ['JSONata states, whose fields are not paths', machine({ Type: 'Pass', QueryLanguage: 'JSONata', Output: '{% $states.input %}', Assign: { 'x.$': 'not a path' } })],
    ['intrinsics in Fail paths', { StartAt: 'S', States: { S: { Type: 'Fail', ErrorPath: "States.Format('{}', $.e)", CausePath: '$causeVar' } } }],
  ])('accepts %s', (_, definition) => {
    expect(validateDefinition(definition)).toEqual([]);
  });
});

describe('hostile paths and inputs', () => {
  it('refuses parentheses nested a hundred thousand deep as a path error, not a stack overflow', () => {
    const path = `$[?(${'('.repeat(100_000)}@.a${')'.repeat(100_000)})]`;
    expect(() => compileJsonPath(path)).toThrow(/^Invalid path .* : Filters and parentheses nest more than 100 levels deep$/s);
    expect(validateDefinition({ StartAt: 'S', States: { S: { Type: 'Pass', InputPath: path, End: true } } })).toContainEqual(
      expect.objectContaining({ location: '/States/S/InputPath', message: expect.stringContaining('nest more than 100 levels deep') }),
    );
  });

  it('fails a deep scan of an input nested a million levels with States.Runtime', () => {
    let deep: unknown = { a: 1 };
    for (let i = 0; i < 1_000_000; i++) deep = [deep];
    expect(() => compileJsonPath('$..a').evaluate(deep)).toThrow(expect.objectContaining({ error: 'States.Runtime', cause: expect.stringContaining("Invalid path '$..a' : the input is nested too deeply") }));
  });

  it('reads names holding control characters and lone surrogates, quoted or not', () => {
    const odd = { 'a\u0000b': 1, 'x\ud800': { 'tab\there': 2 }, "q'\"": 3 };
    expect(compileJsonPath('$.a\u0000b').evaluate(odd)).toBe(1);
    expect(compileJsonPath("$['x\ud800']['tab\there']").evaluate(odd)).toBe(2);
    expect(compileJsonPath("$['q\\'\"']").evaluate(odd)).toBe(3);
    expect(compileJsonPath("$.*[?(@['tab\there'] == 2)]").evaluate(odd)).toEqual([{ 'tab\there': 2 }]);
  });

  it('stops a path whose nested scans would visit the input billions of times with States.Runtime', () => {
    // A chain a thousand objects deep: `..*..*` visits each pair of levels, `..*..*..*` each triple.
    let input: unknown = 1;
    for (let i = 0; i < 1000; i++) input = { a: input };
    expect(compileJsonPath('$..*..*').evaluate(input)).toHaveLength((1000 * 999) / 2);
    expect(() => compileJsonPath('$..*..*..*').evaluate(input)).toThrow(
      expect.objectContaining({ error: 'States.Runtime', cause: "Invalid path '$..*..*..*' : evaluating it takes more than 10,000,000 steps over this input" }),
    );
  });

  it('evaluates a filter of a hundred thousand conditions and quotes a long bad path by its start only', () => {
    const chain = `$[?(${Array.from({ length: 100_000 }, () => '@.a == 1').join(' && ')})]`;
    expect(compileJsonPath(chain).evaluate([{ a: 1 }, { a: 2 }])).toEqual([{ a: 1 }]);
    const bad = `$.${'x'.repeat(1_000_000)} y`;
    expect(() => compileJsonPath(bad)).toThrow(expect.objectContaining({ cause: expect.stringMatching(/^Invalid path '\$\.x{198}…' : Use bracket notion/) }));
  });
});
