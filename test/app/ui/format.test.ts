import { describe, expect, it } from 'vitest';
import { expandJsonStrings } from '@/app/ui/expand-json-strings';
import { formatDuration } from '@/app/ui/format-duration';
import { formatUtc } from '@/app/ui/format-utc';

describe('formatDuration', () => {
  it.each([
    [null, '—'],
    [0, '0 ms'],
    [850, '850 ms'],
    [2_812, '2.81 s'],
    [42_000, '42.0 s'],
    [192_000, '3 m 12 s'],
    [5 * 3_600_000 + 120_000, '5 h 02 m'],
    [3 * 86_400_000 + 4 * 3_600_000, '3 d 4 h'],
  ])('formats %s ms as %s', (input, expected) => {
    expect(formatDuration(input)).toBe(expected);
  });
});

describe('formatUtc', () => {
  it('shows UTC whatever the local zone', () => {
    const date = new Date('2026-11-20T14:03:01.896Z');
    expect(formatUtc(date)).toBe('2026-11-20 14:03:01 UTC');
    expect(formatUtc(date, { millis: true })).toBe('2026-11-20 14:03:01.896 UTC');
  });
});

describe('expandJsonStrings', () => {
  it('parses JSON text nested in strings, as AWS sends input and cause', () => {
    expect(expandJsonStrings({ input: '{"a":[1,"{\\"b\\":2}"]}', name: 'Pass', cause: '{not json' })).toEqual({
      input: { a: [1, { b: 2 }] },
      name: 'Pass',
      cause: '{not json',
    });
  });
});
