import { toCsvCell, type CsvCellKind } from './to-csv-cell';

export type CsvColumn = { title: string; kind?: CsvCellKind };

/**
 * RFC 4180 text with CRLF line ends, every cell through toCsvCell (formula-safe): every CSV Statescope
 * writes goes through here. Hand-written rather than csv-stringify: its `escape_formulas`
 * (https://csv.js.org/stringify/options/escape_formulas) prefixes `'` without quoting the cell, and
 * cannot tell a name from an amount we computed, which must stay a number.
 */
export function toCsv(columns: readonly CsvColumn[], rows: readonly (readonly string[])[]): string {
  const header = columns.map((column) => toCsvCell(column.title));
  const lines = rows.map((row) => row.map((value, index) => toCsvCell(value, columns[index]?.kind)).join(','));
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}
