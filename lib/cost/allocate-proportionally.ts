/**
 * Splits an integer amount by weights so the parts add up to it exactly (largest remainder), e.g. a free
 * tier credit shared by the state machines that used it.
 */
export function allocateProportionally(total: bigint, weights: readonly number[]): bigint[] {
  const scaled = weights.map((weight) => BigInt(Math.max(0, Math.round(weight))));
  const sum = scaled.reduce((a, b) => a + b, 0n);
  if (sum === 0n) return weights.map(() => 0n);
  const parts = scaled.map((weight) => (total * weight) / sum);
  let left = total - parts.reduce((a, b) => a + b, 0n);
  const order = scaled
    .map((weight, index) => ({ index, remainder: (total * weight) % sum }))
    .sort((a, b) => (b.remainder > a.remainder ? 1 : b.remainder < a.remainder ? -1 : a.index - b.index));
  for (const { index } of order) {
    if (left <= 0n) break;
    parts[index] += 1n;
    left -= 1n;
  }
  return parts;
}
