import { resolvePath, StatesError } from '@/lib/asl';
import { applyInputPath, applyOutputPath, assignPath, evalJsonataField, finishJsonata } from '../data-flow';
import type { Execution } from '../execution';
import type { Thread } from '../execution-types';
import { jsonText } from '../json-text';
import { pause, threadNow } from '../replay-of-record';
import { pathScope } from '../state-context';
import { parseIso, parseTimestamp } from './parse-iso';
import type { StateExecutor } from './state-executor';
import { jsonataText, typeName } from './value-text';

/** Wait: sleeps on the injected clock for Seconds, or until Timestamp (or their *Path / JSONata forms). */
export const waitState: StateExecutor = {
  jsonPath(ex, thread, state, input) {
    const effective = applyInputPath(ex, thread, state, input);
    const def = state.def;
    let until: number;
    if (typeof def.Seconds === 'number') until = threadNow(ex, thread) + def.Seconds * 1000;
    else if (typeof def.Timestamp === 'string') until = parseTimestamp(def.Timestamp, 'Timestamp');
    else if (typeof def.SecondsPath === 'string') {
      const v = resolvePath(pathScope(ex, thread, effective), def.SecondsPath);
      if (v === undefined) throw new StatesError('States.Runtime', `The SecondsPath parameter does not reference an input value: ${def.SecondsPath}`);
      if (typeof v !== 'number' || !Number.isInteger(v)) {
        throw new StatesError('States.Runtime', `The SecondsPath parameter cannot be parsed as a long value: ${def.SecondsPath} == ${jsonText(v)}`);
      }
      if (v < 0) throw new StatesError('States.Runtime', `The SecondsPath parameter references a negative value: ${def.SecondsPath} == ${v}`);
      until = threadNow(ex, thread) + v * 1000;
    } else if (typeof def.TimestampPath === 'string') {
      const v = resolvePath(pathScope(ex, thread, effective), def.TimestampPath);
      const t = typeof v === 'string' ? parseIso(v) : undefined;
      if (t === undefined) {
        throw new StatesError(
          'States.Runtime',
          `The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: ${def.TimestampPath} == ${typeof v === 'string' ? v : jsonText(v)}`,
        );
      }
      until = t;
    } else until = threadNow(ex, thread);
    const output = applyOutputPath(ex, thread, state, effective);
    const assigned = assignPath(ex, thread, state.assignPath, effective);
    return sleepUntil(ex, thread, until).then(() => ({ output, assigned }));
  },
  async jsonata(ex, thread, state, input) {
    const def = state.def;
    let until = threadNow(ex, thread);
    if ('Seconds' in def) {
      const v = await evalJsonataField(ex, thread, state, 'Seconds', input.value);
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
        throw new StatesError(
          'States.QueryEvaluationError',
          `The JSONata expression '${jsonataText(def.Seconds)}' specified for the field 'Seconds' returned an unexpected result type. Expected 'integer', but was '${typeName(v)}' for value: ${jsonText(v)}`,
        );
      }
      until += v * 1000;
    } else if ('Timestamp' in def) {
      const v = await evalJsonataField(ex, thread, state, 'Timestamp', input.value);
      const t = typeof v === 'string' ? parseIso(v) : undefined;
      if (t === undefined) {
        throw new StatesError(
          'States.QueryEvaluationError',
          `The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: ${typeof v === 'string' ? v : jsonText(v)}`,
        );
      }
      until = t;
    }
    const res = await finishJsonata(ex, thread, state, input.value, input.value);
    await sleepUntil(ex, thread, until);
    return res;
  },
};

function sleepUntil(ex: Execution, thread: Thread, until: number): Promise<void> {
  const ms = until - threadNow(ex, thread);
  // AWS keeps the delay in a signed 32-bit count of seconds (observed: 24,856 days fails).
  if (ms / 1000 > 2_147_483_647) {
    return Promise.reject(new StatesError('States.Runtime', 'Wait state delay is too long.'));
  }
  return pause(ex, thread, until);
}
