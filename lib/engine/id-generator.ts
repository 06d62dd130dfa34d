import { randomUUID } from 'node:crypto';

/** Injected so histories can be made deterministic (tests) or unique (default). */
export type IdGenerator = { uuid(): string; random(): number };

export const defaultIdGenerator: IdGenerator = { uuid: () => randomUUID(), random: () => Math.random() };

/** Deterministic ids: `00000000-0000-4000-8000-000000000001`, … and a seeded random. */
export function createSequentialIdGenerator(seed = 1): IdGenerator {
  let n = 0;
  let s = seed >>> 0 || 1;
  return {
    uuid: () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`,
    random: () => {
      // xorshift32: reproducible jitter for tests.
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      return ((s >>> 0) % 1_000_000) / 1_000_000;
    },
  };
}
