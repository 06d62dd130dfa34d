/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export type LoneSurrogate = { path: (string | number)[]; index: number };

/**
 * Where the first string (or object key) in a decoded request holds a lone UTF-16 surrogate. JSON's
 * `\ud800` escape decodes to one, but it has no UTF-8 form: nothing downstream (the wire, PostgreSQL,
 * Prisma's query engine) can carry it, so such text is refused at the edge.
 */
export function findLoneSurrogate(value: unknown, path: (string | number)[] = []): LoneSurrogate | undefined {
  if (typeof value === 'string') {
    const match = LONE_SURROGATE.exec(value);
    return match ? { path, index: match.index } : undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findLoneSurrogate(value[i], [...path, i]);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, member] of Object.entries(value)) {
      const inKey = LONE_SURROGATE.exec(key);
      if (inKey) return { path: [...path, key], index: inKey.index };
      const found = findLoneSurrogate(member, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}
