import { parseTree, type ParseError } from 'jsonc-parser';
import type { ImportError } from './import-error';

export type RawImportRecord = { value: unknown; line?: number };

/**
 * Splits an import file into records: one JSON document (a merged describe+history object, a bare
 * history, a describe-state-machine output, or an array of them), or JSON Lines with one per line.
 */
export function parseImportText(fileName: string, text: string): { records: RawImportRecord[]; errors: ImportError[] } {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return { records: [], errors: [{ fileName, message: 'the file is empty' }] };

  let wholeFileError: SyntaxError;
  try {
    const value: unknown = JSON.parse(body);
    const values = Array.isArray(value) ? value : [value];
    return { records: values.map((item) => ({ value: item })), errors: [] };
  } catch (error) {
    wholeFileError = error as SyntaxError;
  }

  const lines = body.split(/\r?\n/);
  const firstLine = lines.findIndex((line) => line.trim() !== '');
  if (!isJson(lines[firstLine])) {
    const { message, line } = describeSyntaxError(body, wholeFileError);
    return { records: [], errors: [{ fileName, line, message }] };
  }
  const records: RawImportRecord[] = [];
  const errors: ImportError[] = [];
  lines.forEach((lineText, index) => {
    if (!lineText.trim()) return;
    try {
      records.push({ value: JSON.parse(lineText), line: index + 1 });
    } catch (error) {
      errors.push({ fileName, line: index + 1, message: describeSyntaxError(lineText, error as SyntaxError).message });
    }
  });
  return { records, errors };
}

function isJson(text: string | undefined): boolean {
  if (text === undefined) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Turns a JSON.parse error into a line and column a person can jump to. V8 names the position for most
 * errors but not for an unexpected token or the end of the input; jsonc-parser's scanner finds those.
 */
function describeSyntaxError(text: string, error: SyntaxError): { message: string; line: number; column: number } {
  const reason = `malformed JSON: ${error.message
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/^JSON\.parse: /, '')}`;
  const position = /position (\d+)/.exec(error.message);
  const offset = position ? Number(position[1]) : findErrorOffset(text);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { message: `${reason} (column ${column})`, line, column };
}

function findErrorOffset(text: string): number {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return errors[0]?.offset ?? text.trimEnd().length;
}
