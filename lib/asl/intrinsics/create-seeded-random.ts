/**
 * A deterministic generator in [0, 1) for States.MathRandom's optional seed (mulberry32). AWS only
 * promises that one seed gives one sequence, not which numbers, so any fixed algorithm conforms.
 */
export function createSeededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
