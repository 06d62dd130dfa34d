import { describe, expect, it } from 'vitest';
import { parseCursorText, toCursorText } from '@/lib/db';

describe('execution cursors', () => {
  it('round-trips a key and id, including a null key', () => {
    for (const cursor of [{ key: 1_763_704_020_000, id: 42 }, { key: null, id: 7 }, { key: 0, id: 1 }]) {
      expect(parseCursorText(toCursorText(cursor))).toEqual(cursor);
    }
  });

  it('rejects text that is not a cursor', () => {
    for (const text of [undefined, '', 'abc', '1_', '_1', '1.5_2', '1_2_3', '99999999999999999999_1']) {
      expect(parseCursorText(text)).toBeNull();
    }
  });
});
