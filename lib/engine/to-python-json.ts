/**
 * JSON text as Python's `json.dumps` writes it (", " and ": " separators, non-ASCII escaped): Lambda's
 * Python runtime serialises results this way, so the invoke response's Content-Length follows it.
 */
export function toPythonJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return escape(value);
  if (typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value)) return '[' + value.map(toPythonJson).join(', ') + ']';
  if (typeof value === 'object') {
    return '{' + Object.entries(value).map(([k, v]) => `${escape(k)}: ${toPythonJson(v)}`).join(', ') + '}';
  }
  return 'null';
}

function escape(s: string): string {
  return JSON.stringify(s).replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}
