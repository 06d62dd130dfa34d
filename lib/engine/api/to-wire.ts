/**
 * The JSON 1.0 form of an engine result: Dates become epoch seconds (fractional, as AWS sends them)
 * and undefined members are dropped, so the SDK sees exactly the model's shapes.
 */
export function toWire(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 1000;
  if (Array.isArray(value)) return value.map(toWire);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) {
      if (member !== undefined) out[key] = toWire(member);
    }
    return out;
  }
  return value;
}
