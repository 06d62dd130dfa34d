/** JSON text of a value; `null` for undefined (JSON has no undefined). */
export function jsonText(value: unknown): string {
  const t = JSON.stringify(value);
  return t === undefined ? 'null' : t;
}

/**
 * Whether the value's JSON text might exceed `limitBytes` of UTF-8: a walk that stops early, so the
 * common small payload costs no string building. Near the limit the caller measures exactly.
 */
export function mayExceedBytes(value: unknown, limitBytes: number): boolean {
  // UTF-8 needs at most 3 bytes per UTF-16 unit; escapes are rare and covered by the exact check.
  return approxJsonLength(value, Math.floor(limitBytes / 3)) * 3 > limitBytes;
}

/** Approximate JSON text length, counting up to `budget` and then stopping (returns > budget). */
export function approxJsonLength(value: unknown, budget: number): number {
  if (typeof value === 'string') return value.length + 2;
  if (value === null || typeof value !== 'object') return 8;
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') size += v.length + 2;
    else if (v === null || typeof v !== 'object') size += 8;
    else if (Array.isArray(v)) {
      size += 2 + v.length;
      for (let i = 0; i < v.length; i++) stack.push(v[i]);
    } else {
      size += 2;
      for (const k in v) {
        size += k.length + 4;
        stack.push((v as Record<string, unknown>)[k]);
      }
    }
    if (size > budget) return size;
  }
  return size;
}
