import { compileJsonPath, isRecord, type StateDefinition } from '@/lib/asl';
import type { Analysis } from './finding-types';
import type { StateVisit } from './get-state-visits';

/**
 * When an open Wait should end: Seconds or Timestamp from the definition, or SecondsPath/TimestampPath
 * read from the input the history recorded for this visit. null (with a warning) when it cannot be told,
 * e.g. a JSONata expression or a variable.
 */
export function getWaitEnd(state: StateDefinition, visit: StateVisit): Analysis<Date | null> {
  const fail = (why: string): Analysis<Date | null> => ({ value: null, warnings: [`Wait "${visit.name}": ${why}`] });
  const fromSeconds = (seconds: unknown) =>
    typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0
      ? { value: new Date(visit.enteredAt.getTime() + seconds * 1000), warnings: [] }
      : fail(`its seconds (${JSON.stringify(seconds)}) are not a number.`);
  const fromTimestamp = (timestamp: unknown) => {
    const ms = typeof timestamp === 'string' ? Date.parse(timestamp) : Number.NaN;
    return Number.isNaN(ms) ? fail(`its timestamp (${JSON.stringify(timestamp)}) is not a date.`) : { value: new Date(ms), warnings: [] };
  };
  const isExpression = (value: unknown) => typeof value === 'string' && value.trim().startsWith('{%');

  if (state.Seconds !== undefined && !isExpression(state.Seconds)) return fromSeconds(state.Seconds);
  if (state.Timestamp !== undefined && !isExpression(state.Timestamp)) return fromTimestamp(state.Timestamp);
  if (isExpression(state.Seconds) || isExpression(state.Timestamp)) return fail('its end is a JSONata expression, not evaluated here.');

  const path = typeof state.SecondsPath === 'string' ? state.SecondsPath : typeof state.TimestampPath === 'string' ? state.TimestampPath : null;
  if (path === null) return fail('it has no Seconds, Timestamp, SecondsPath or TimestampPath.');
  if (!path.startsWith('$') || path.startsWith('$$')) return fail(`its path ${path} reads the context object or a variable.`);
  if (/^\$[A-Za-z_]/.test(path)) return fail(`its path ${path} reads a variable.`);
  if (visit.input === null) return fail('the history does not carry its input.');
  let input: unknown;
  try {
    input = JSON.parse(visit.input);
  } catch {
    return fail('its recorded input is not JSON.');
  }
  try {
    if (typeof state.InputPath === 'string') input = compileJsonPath(state.InputPath).evaluate(input);
    const value = compileJsonPath(path).evaluate(isRecord(input) || Array.isArray(input) ? input : {});
    return typeof state.SecondsPath === 'string' ? fromSeconds(value) : fromTimestamp(value);
  } catch {
    return fail(`its path ${path} cannot be read from the recorded input.`);
  }
}
