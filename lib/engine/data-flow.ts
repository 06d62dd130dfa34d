import { compilePayloadTemplate, parseReferencePath, resolvePath, setAtPath, setAtSegments, StatesError, type JsonataTemplate, type PayloadTemplate } from '@/lib/asl';
import { jsonataField, type CompiledState } from './compile-state-machine';
import type { Execution } from './execution';
import type { StateResult, Thread } from './execution-types';
import { NOT_TRUNCATED } from './history-emission';
import { approxJsonLength, jsonText } from './json-text';
import { MAX_PAYLOAD_BYTES as PAYLOAD_LIMIT } from './limits';
import { Payload } from './payload';
import { PropagatedError } from './propagated-error';
import { jsonataBindings, pathScope } from './state-context';

// The data flow of a state: InputPath → Parameters → ResultSelector → ResultPath → OutputPath and
// Assign (JSONPath), or Arguments → Output and Assign (JSONata), and the size check on what comes out.

/** A local copy: module bindings are getters once transpiled, and this is read on every state. */
const MAX_PAYLOAD_BYTES = PAYLOAD_LIMIT;
/** Text length below which a payload cannot exceed the byte limit (≤ 3 UTF-8 bytes per UTF-16 unit). */
export const SIZE_BUDGET = Math.floor(PAYLOAD_LIMIT / 3);

/** JSON text of Parallel results, built from the branches' output texts as AWS does (a symbol: JSON ignores it). */
const COMPOSED_TEXT = Symbol('composedText');

/** Jayway's wording of a path: `$['a']['b'][0]`. */
export function normalisedPath(path: string): string {
  const segs = parseReferencePath(path);
  if (!segs) return path;
  return '$' + segs.map((s) => (typeof s === 'number' ? `[${s}]` : `['${s}']`)).join('');
}

function noResults(p: string): StatesError {
  return new StatesError('States.Runtime', `Invalid path '${p}' : No results for path: ${normalisedPath(p)}`);
}

export function applyInputPath(ex: Execution, thread: Thread, state: CompiledState, input: Payload): unknown {
  const p = state.inputPath;
  if (p === undefined || p === '$') return input.value;
  if (p === null) return {};
  const v = resolvePath(pathScope(ex, thread, input.value), p);
  if (v === undefined) throw noResults(p);
  return v;
}

export function applyResultPath(state: CompiledState, raw: unknown, result: unknown): unknown {
  const p = state.resultPath;
  if (p === undefined || p === '$') return result;
  if (p === null) return raw;
  return state.resultPathSegments ? setAtSegments(raw, state.resultPathSegments, result, p) : setAtPath(raw, p, result);
}

export function applyOutputPath(ex: Execution, thread: Thread, state: CompiledState, value: unknown): unknown {
  const p = state.outputPath;
  if (p === undefined || p === '$') return value;
  if (p === null) return {};
  const v = resolvePath(pathScope(ex, thread, value), p);
  if (v === undefined) throw noResults(p);
  return v;
}

export function evalTemplate(ex: Execution, thread: Thread, template: PayloadTemplate, input: unknown, describe?: unknown): unknown {
  return template(pathScope(ex, thread, input), describe);
}

/** Assign (JSONPath): the template evaluated over `value`, or undefined when the state has none. */
export function assignPath(ex: Execution, thread: Thread, template: PayloadTemplate | undefined, value: unknown): Record<string, unknown> | undefined {
  return template ? (evalTemplate(ex, thread, template, value) as Record<string, unknown>) : undefined;
}

/**
 * The output as a payload without building it, when the ResultPath allows: null keeps the input's
 * payload; `$.<key>` on an object input becomes "input plus key", copied only when read.
 */
export function deferredOutput(state: CompiledState, raw: Payload, result: unknown): Payload | undefined {
  if (state.resultPath === null) return state.outputWhole ? raw : undefined;
  const key = state.deferredResultKey;
  if (key === undefined || !raw.isObject) return undefined;
  return Payload.withKey(raw, key, result, boundOf(state, raw, result));
}

/** Output size bound from the data flow: input bound + result size (ResultPath merges one into the other). */
export function boundOf(state: CompiledState, input: Payload, result: unknown): number {
  const rp = state.resultPath;
  if (rp === null) return boundOfPayload(input);
  const resultLength = approxJsonLength(result, SIZE_BUDGET);
  if (rp === undefined || rp === '$') return resultLength;
  return boundOfPayload(input) + resultLength + rp.length + 8;
}

/** A payload's length bound, measured once when the data flow did not give one. */
function boundOfPayload(payload: Payload): number {
  return (payload.bound ??= approxJsonLength(payload.value, SIZE_BUDGET));
}

/** The JSONPath tail after a result: ResultPath, Assign and OutputPath (shared by Pass and the ResultSelector tail). */
export function placeResult(ex: Execution, thread: Thread, state: CompiledState, raw: Payload, result: unknown): StateResult {
  const assigned = state.assignPath ? (evalTemplate(ex, thread, state.assignPath, result) as Record<string, unknown>) : undefined;
  const payload = deferredOutput(state, raw, result);
  if (payload !== undefined) return { output: undefined, assigned, payload };
  const combined = applyResultPath(state, raw.value, result);
  return { output: applyOutputPath(ex, thread, state, combined), assigned, bound: boundOf(state, raw, result) };
}

/** The JSONPath tail shared by Task, Parallel and Map: ResultSelector, ResultPath, Assign, OutputPath. */
export function finishJsonPath(ex: Execution, thread: Thread, state: CompiledState, raw: Payload, result: unknown): StateResult {
  const selected = state.resultSelector ? evalTemplate(ex, thread, state.resultSelector, result) : result;
  return placeResult(ex, thread, state, raw, selected);
}

/** The JSONata tail: Output (default: the result) and Assign, both seeing the variables before assignment. */
export async function finishJsonata(ex: Execution, thread: Thread, state: CompiledState, input: unknown, result: unknown, next?: string): Promise<StateResult> {
  if (!state.output && !state.assignJsonata) return { output: result, next };
  const b = jsonataBindings(ex, thread, { input, result });
  const output = state.output ? await state.output.evaluate(b) : result;
  const assigned = state.assignJsonata ? ((await state.assignJsonata.evaluate(b)) as Record<string, unknown>) : undefined;
  return { output, assigned, next };
}

/** A JSONata-valued field of the state (Seconds, Items, TimeoutSeconds…) evaluated over `input`. */
export async function evalJsonataField(ex: Execution, thread: Thread, state: CompiledState, field: string, input: unknown): Promise<unknown> {
  const t: JsonataTemplate = jsonataField(state, field);
  if (t.constant) return t.value;
  return t.evaluate(jsonataBindings(ex, thread, { input }));
}

/** A `*Path` field holding an intrinsic (`States.Format(...)`), compiled once per state. */
export function fieldTemplate(state: CompiledState, field: string, expr: string): PayloadTemplate {
  let t = state.fieldTemplates.get(field);
  if (!t) {
    // Reuses the payload template compiler: `{"v.$": "States.Format(...)"}`.
    t = compilePayloadTemplate({ 'v.$': expr });
    state.fieldTemplates.set(field, t);
  }
  return t;
}

/** What the state passes on, as a payload, checked against the 256 KiB payload limit (quotas.md). */
export function toStateOutput(state: CompiledState, res: StateResult, input: Payload | undefined): Payload {
  let out: Payload;
  if (res.payload !== undefined) out = res.payload;
  else {
    const value = res.output === undefined ? null : res.output;
    // An unchanged value keeps its payload and text (AWS passes the JSON text through).
    if (input && value === input.value) out = input;
    else {
      const composed = Array.isArray(value) ? composedTextOf(value) : undefined;
      out = composed ? new Payload(value, undefined, composed) : new Payload(value);
      out.bound = res.bound ?? approxJsonLength(value, SIZE_BUDGET);
    }
  }
  if (out !== input && (out.bound ?? 0) > SIZE_BUDGET) {
    // Bounds add up along a chain (a key rewritten in a loop counts each time): measure before the exact check.
    out.bound = approxJsonLength(out.value, SIZE_BUDGET);
    if (out.bound > SIZE_BUDGET && Buffer.byteLength(out.text) > MAX_PAYLOAD_BYTES) {
      throw new PropagatedError(
        'States.DataLimitExceeded',
        `The state/task '${state.name}' returned a result with a size exceeding the maximum number of bytes service limit.`,
      );
    }
  }
  return out;
}

/** Assigned variables as the exit event records them (JSON text each), or undefined when none were. */
export function toAssignedDetails(assigned: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!assigned || Object.keys(assigned).length === 0) return undefined;
  const texts: Record<string, string> = {};
  for (const [k, v] of Object.entries(assigned)) texts[k] = jsonText(v);
  return { assignedVariables: texts, assignedVariablesDetails: NOT_TRUNCATED };
}

/** The Parallel result array, with its JSON text composed from the branches' output texts. */
export function branchResults(outs: Payload[]): unknown[] {
  const results = outs.map((o) => o.value);
  Object.defineProperty(results, COMPOSED_TEXT, { value: () => '[' + outs.map((o) => o.text).join(',') + ']' });
  return results;
}

function composedTextOf(value: unknown[]): (() => string) | undefined {
  return (value as unknown as Record<symbol, (() => string) | undefined>)[COMPOSED_TEXT];
}
