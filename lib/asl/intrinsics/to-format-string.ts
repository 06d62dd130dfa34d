/**
 * Renders a value the way States.Format interpolates it. AWS runs on the JVM and prints objects and
 * arrays with Java's `toString`: `{Arg1=1, Arg2=[]}`, `[a, b]`, strings unquoted (see the recorded
 * intrinsics case generic.format_2.exec_hist_resp_7).
 */
export function toFormatString(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map(toFormatString).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return `{${entries.map(([key, item]) => `${key}=${toFormatString(item)}`).join(', ')}}`;
  }
  return String(value);
}
