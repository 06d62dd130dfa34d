import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setAtSegments } from '@/lib/asl';
import { createEngine, createVirtualClock } from '@/lib/engine';
import { Payload } from '@/lib/engine/payload';

const jsonObject = fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 });
const key = fc.oneof(fc.constantFrom('a', 'b', 'c', '0', '10'), fc.string({ minLength: 1, maxLength: 3 })).filter((k) => k !== '__proto__');

describe('Payload with pending keys', () => {
  it('builds the same value and text as a ResultPath copy per step, key order included', () => {
    fc.assert(
      fc.property(jsonObject, fc.array(fc.tuple(key, fc.jsonValue({ maxDepth: 2 })), { maxLength: 12 }), (base, steps) => {
        let eager: unknown = base;
        let lazy = new Payload(base);
        const chain: [Payload, unknown][] = [];
        for (const [k, v] of steps) {
          eager = setAtSegments(eager, [k], v, '$.k');
          lazy = Payload.withKey(lazy, k, v, undefined);
          chain.push([lazy, eager]);
        }
        expect(lazy.text).toBe(JSON.stringify(eager));
        // Each step stays what it was, whichever is read first.
        for (const [payload, expected] of chain.reverse()) expect(JSON.stringify(payload.value)).toBe(JSON.stringify(expected));
      }),
    );
  });

  it('builds every step of a long chain right, whichever is read first', () => {
    const input = new Payload({ start: true });
    const chain: Payload[] = [];
    const expected: Record<string, unknown>[] = [];
    let eager: Record<string, unknown> = { start: true };
    for (let i = 0; i < 1_000; i++) {
      const key = `k${i % 150}`;
      chain.push(Payload.withKey(chain.at(-1) ?? input, key, i, undefined));
      eager = { ...eager, [key]: i };
      expected.push(eager);
    }
    expect(chain[999].value).toEqual(expected[999]);
    for (const i of [0, 31, 32, 33, 500, 998]) expect(chain[i].text).toBe(JSON.stringify(expected[i]));
  });

  it('leaves the input and earlier outputs untouched when a later output is built', () => {
    const input = new Payload({ a: 1 });
    const first = Payload.withKey(input, 'b', 2, undefined);
    const second = Payload.withKey(first, 'a', 3, undefined);
    expect(second.value).toEqual({ a: 3, b: 2 });
    expect(first.value).toEqual({ a: 1, b: 2 });
    expect(input.value).toEqual({ a: 1 });
  });

  it('knows a pending output is an object without building it', () => {
    expect(Payload.withKey(new Payload({}), 'k', 1, undefined).isObject).toBe(true);
    expect(new Payload([1]).isObject).toBe(false);
    expect(new Payload(null).isObject).toBe(false);
  });
});

describe('ResultPath outputs through the engine', () => {
  const chain = (resultPath: string) => ({
    StartAt: 'A',
    States: {
      A: { Type: 'Pass', Result: 'x', ResultPath: resultPath, Next: 'B' },
      B: { Type: 'Pass', Result: { n: 1 }, ResultPath: '$.b', Next: 'C' },
      C: { Type: 'Pass', Parameters: { 'seen.$': '$.a', 'b.$': '$.b.n' }, ResultPath: '$.c', End: true },
    },
  });

  async function run(definition: unknown, input: unknown) {
    const engine = createEngine({ clock: createVirtualClock() });
    const { stateMachineArn } = engine.createStateMachine({ name: 'sm', definition: JSON.stringify(definition) });
    const { executionArn } = engine.startExecution({ stateMachineArn, input: JSON.stringify(input) });
    await engine.waitForExecution(executionArn);
    return { description: engine.describeExecution({ executionArn }), events: engine.getExecutionHistory({ executionArn, maxResults: 1000 }).events };
  }

  it('records every state output as AWS writes it, the later states reading what the earlier added', async () => {
    const { description, events } = await run(chain('$.a'), { a: 0, z: true });
    expect(JSON.parse(description.output ?? '')).toEqual({ a: 'x', z: true, b: { n: 1 }, c: { seen: 'x', b: 1 } });
    const outputs = events.filter((e) => e.type === 'PassStateExited').map((e) => e.stateExitedEventDetails?.output);
    expect(outputs).toEqual(['{"a":"x","z":true}', '{"a":"x","z":true,"b":{"n":1}}', '{"a":"x","z":true,"b":{"n":1},"c":{"seen":"x","b":1}}']);
  });

  it('still fails with States.ResultPathMatchFailure when the input is not an object', async () => {
    const { description } = await run(chain('$.a'), [1, 2]);
    expect(description.status).toBe('FAILED');
    expect(description.error).toBe('States.ResultPathMatchFailure');
  });

  it('keeps a __proto__ key as data, not as the prototype', async () => {
    const { description } = await run({ StartAt: 'A', States: { A: { Type: 'Pass', Result: { x: 1 }, ResultPath: '$.__proto__', End: true } } }, { k: 1 });
    expect(description.output).toBe('{"k":1,"__proto__":{"x":1}}');
  });
});
