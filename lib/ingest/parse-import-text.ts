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
      const { message, column } = describeSyntaxError(lineText, error as SyntaxError);
      errors.push({ fileName, line: index + 1, message: column ? `${message} (column ${column})` : message });
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

/** Turns V8's "… at position 123" into a line and column a person can jump to. */
function describeSyntaxError(text: string, error: SyntaxError): { message: string; line?: number; column?: number } {
  const position = /position (\d+)/.exec(error.message);
  const reason = `malformed JSON: ${error.message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '')}`;
  if (!position) return { message: reason };
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = Number(position[1]) - before.lastIndexOf('\n');
  return { message: line > 1 || text.includes('\n') ? `${reason} (column ${column})` : reason, line, column };
}
