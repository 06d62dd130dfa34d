/**
 * AWS puts input, output, parameters and many causes in events as JSON text inside a string; parse
 * those so the reader sees one tree instead of escaped quotes.
 */
export function expandJsonStrings(value: unknown, depth = 0): unknown {
  if (depth > 20) return value;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if ((trimmed.startsWith('{') && trimmed.endsWith('}')) || (trimmed.startsWith('[') && trimmed.endsWith(']'))) {
      try {
        return expandJsonStrings(JSON.parse(trimmed), depth + 1);
      } catch {
        return value;
      }
    }
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => expandJsonStrings(item, depth + 1));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, expandJsonStrings(item, depth + 1)]));
  }
  return value;
}
