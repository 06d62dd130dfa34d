/** Position of a row in a keyset-paged list: its sort key (epoch ms or duration ms; null sorts last) and id. */
export type ExecutionCursor = { key: number | null; id: number };

const CURSOR_PATTERN = /^(-?\d+|null)_(\d+)$/;

/** URL-safe text such as `1763704020000_42`. */
export function toCursorText(cursor: ExecutionCursor): string {
  return `${cursor.key ?? 'null'}_${cursor.id}`;
}

/** null for text that is not a cursor, so a mangled link falls back to the first page. */
export function parseCursorText(text: string | undefined): ExecutionCursor | null {
  const match = text ? CURSOR_PATTERN.exec(text) : null;
  if (!match) return null;
  const key = match[1] === 'null' ? null : Number(match[1]);
  const id = Number(match[2]);
  if ((key !== null && !Number.isSafeInteger(key)) || !Number.isSafeInteger(id)) return null;
  return { key, id };
}
