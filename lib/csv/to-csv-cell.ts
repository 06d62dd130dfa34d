/**
 * A cell that opens with one of these is read as a formula by Excel, LibreOffice Calc or Google Sheets:
 * OWASP's list (https://owasp.org/www-community/attacks/CSV_Injection: = + - @, tab, carriage return),
 * NUL (ASVS 5.0 requirement 1.2.10), and the full-width forms an East Asian Excel also accepts.
 */
const FORMULA_TRIGGER = '=+\\-@\\t\\r\\0\\uFF1D\\uFF0B\\uFF0D\\uFF20';
/**
 * Also after leading whitespace or control characters: OWASP checks only the first character, but an
 * import that trims spaces (LibreOffice's "Trim spaces", Sheets' paste) would bring the trigger to the front.
 */
const FORMULA_START = new RegExp(`^[\\s\\0-\\x1f]*[${FORMULA_TRIGGER}]`, 'u');
/** A number as the product itself writes it (counts, USD amounts, a negative saving). */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
/** RFC 4180 §2.6: a field holding a comma, a quote or a line break is quoted. */
const NEEDS_QUOTES = /[",\r\n]/;

export type CsvCellKind = 'text' | 'number';

/**
 * One CSV field, safe to open in a spreadsheet. A text cell that could start a formula gets OWASP's
 * treatment: a leading `'` (shown as text, not evaluated) and quotes. A number cell the product computed
 * (not attacker-controlled) stays a bare number so sums and a negative saving keep working; anything in a
 * number column that is not a plain decimal is treated as text.
 */
export function toCsvCell(value: string, kind: CsvCellKind = 'text'): string {
  if (kind === 'number' && PLAIN_NUMBER.test(value)) return value;
  if (FORMULA_START.test(value)) return `"'${value.replaceAll('"', '""')}"`;
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
