import { jsonText } from '../json-text';

// How AWS words a value in a runtime error message.

/** The JSON type name AWS reports ("Expected 'boolean', but was 'string'"). */
export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return 'number';
  return typeof v === 'object' ? 'object' : typeof v;
}

/** A JSONata field as AWS quotes it: the expression without its `{% %}`. */
export function jsonataText(v: unknown): string {
  if (typeof v !== 'string') return jsonText(v);
  const m = /^\{%([\s\S]*)%\}$/.exec(v);
  return m ? m[1].trim() : v;
}

/** A value as error or cause text: strings as they are, anything else as JSON, nothing as ''. */
export function stringOr(v: unknown): string {
  if (v === undefined || v === null) return '';
  return typeof v === 'string' ? v : jsonText(v);
}
