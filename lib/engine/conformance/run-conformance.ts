import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isRecord } from '@/lib/asl';
import { createEngine } from '../engine';
import { LambdaFunctionError } from '../errors';
import { createSequentialIdGenerator } from '../id-generator';
import type { TaskHandler } from '../types';
import { createVirtualClock } from '../virtual-clock';
import {
  applyCommonReplacements,
  applySnapshotTransforms,
  parallelBranchSort,
  pyJson,
  toRecordedForm,
  type RunNames,
  type SnapshotTransform,
} from './normalise-recording';

export type ConformanceCase = {
  name: string;
  area: string;
  definition: unknown;
  input: string;
  needs: string[];
  handlers: Record<string, unknown>[];
  dynamicValues?: { placeholder: string; value: string }[];
  expected: {
    status: string;
    output?: unknown;
    error?: string;
    cause?: string;
    events?: Record<string, unknown>[] | null;
    describeExecution?: Record<string, unknown>;
    snapshotTransforms?: SnapshotTransform[];
    historyIncomplete?: boolean;
  };
};

export type CaseResult = { name: string; area: string; file: string; outcome: 'passed' | 'failed' | 'skipped'; detail?: string };

const REGION = 'us-east-1';
const ACCOUNT = '111111111111';
const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/conformance-role`;

/** Reads every `*.json` case below `folder` (one level of area folders, or the folder itself). */
export async function loadCases(folder: string): Promise<{ file: string; data: ConformanceCase }[]> {
  const out: { file: string; data: ConformanceCase }[] = [];
  const walk = async (dir: string) => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.name.endsWith('.json')) {
        const data = JSON.parse(await readFile(full, 'utf8')) as ConformanceCase;
        if (isRecord(data) && 'definition' in data && 'expected' in data) out.push({ file: full, data });
      }
    }
  };
  await walk(folder);
  return out;
}

/** Python `str()` of a JSON value: single quotes, True/False/None. */
function pythonStr(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (Array.isArray(v)) return '[' + v.map(pythonStr).join(', ') + ']';
  if (isRecord(v)) return '{' + Object.entries(v).map(([k, x]) => `${pythonStr(k)}: ${pythonStr(x)}`).join(', ') + '}';
  return String(v);
}

/** The Lambda behaviours the corpus describes, as local handlers. */
export function handlerFor(spec: Record<string, unknown>): TaskHandler | undefined {
  switch (spec.behaviour) {
    case 'identity':
      return (event) => event;
    case 'constant':
      return () => spec.returns;
    case 'raw-payload':
      return () => JSON.parse(String(spec.payload)) as unknown;
    case 'python-str-of-event':
      return (event) => `${String(spec.prefix ?? '')}${pythonStr(event)}`;
    case 'raise':
      return () => {
        throw new LambdaFunctionError(
          String(spec.errorType ?? 'Exception'),
          String(spec.errorMessage ?? ''),
          Array.isArray(spec.stackTrace) ? spec.stackTrace.map(String) : [],
        );
      };
    case 'large-output':
      return () => 'a'.repeat(Number(spec.sizeBytes ?? 263_168));
    case 'sleep-then-identity':
      return async (event, ctx) => {
        await ctx.clock.sleep(Number(spec.sleepSeconds ?? 1) * 1000, ctx.signal);
        return event;
      };
    default:
      return undefined;
  }
}

function strftime(format: string, t: number): string {
  const d = new Date(t);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return format
    .replace('%Y', String(d.getUTCFullYear()))
    .replace('%m', p(d.getUTCMonth() + 1))
    .replace('%d', p(d.getUTCDate()))
    .replace('%H', p(d.getUTCHours()))
    .replace('%M', p(d.getUTCMinutes()))
    .replace('%S', p(d.getUTCSeconds()));
}

function dynamicValue(spec: string, now: number): string {
  return spec.replace(/\$\{now(?:\+(\d+)d)? UTC as ([^}]*)\}/g, (_, days: string | undefined, fmt: string) =>
    strftime(fmt, now + (days ? Number(days) * 86_400_000 : 0)),
  );
}

/** Runs one case and compares it as the README describes; returns the first difference. */
export async function runCase(file: string, c: ConformanceCase): Promise<CaseResult> {
  const base = { name: c.name, area: c.area, file };
  const clock = createVirtualClock({ autoAdvance: true, start: Date.UTC(2024, 5, 1, 12, 0, 0) });
  const engine = createEngine({ clock, ids: createSequentialIdGenerator(), region: REGION, account: ACCOUNT });
  for (const h of c.handlers ?? []) {
    const handler = handlerFor(h);
    if (!handler) return { ...base, outcome: 'skipped', detail: `unknown handler behaviour ${String(h.behaviour)}` };
    if (typeof h.functionName === 'string') engine.registerHandler(h.functionName, handler);
    if (typeof h.functionArn === 'string') engine.registerHandler(h.functionArn, handler);
  }
  const names: RunNames = {
    roleArn: ROLE_ARN,
    stateMachineName: 'ConformanceStateMachine0000',
    executionName: 'ConformanceExecution0000',
    dynamic: [],
  };
  let input = c.input;
  for (const d of c.dynamicValues ?? []) {
    const value = dynamicValue(d.value, clock.now());
    names.dynamic.push({ placeholder: d.placeholder, value });
    input = input.split(d.placeholder).join(value);
  }
  let sm: { stateMachineArn: string };
  try {
    sm = engine.createStateMachine({ name: names.stateMachineName, definition: JSON.stringify(c.definition), roleArn: ROLE_ARN });
  } catch (err) {
    return { ...base, outcome: 'failed', detail: `createStateMachine: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}` };
  }
  const { executionArn } = engine.startExecution({ stateMachineArn: sm.stateMachineArn, name: names.executionName, input });
  const expectedEvents = c.expected.events;
  if (c.expected.historyIncomplete && Array.isArray(expectedEvents)) {
    for (let i = 0; i < 200 && engine.readHistory(executionArn).length < expectedEvents.length; i++) {
      await new Promise<void>((r) => setImmediate(r));
    }
  } else {
    const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5_000).unref());
    const done = await Promise.race([engine.waitForExecution(executionArn), timeout]);
    if (done === 'timeout') {
      engine.stopExecution({ executionArn });
      return { ...base, outcome: 'failed', detail: 'execution did not finish (5 s wall clock)' };
    }
  }
  const describe = engine.describeExecution({ executionArn });
  const events = engine.readHistory(executionArn).map((e) => ({ ...e, timestamp: 'timestamp' }));
  const transforms = c.expected.snapshotTransforms ?? [];
  const normalise = (v: unknown) => applyCommonReplacements(applySnapshotTransforms(toRecordedForm(v), transforms, names), REGION);

  const describeRaw: Record<string, unknown> = { ...describe, startDate: 'datetime', ...(describe.stopDate ? { stopDate: 'datetime' } : {}) };
  const bundle = normalise({ describe: describeRaw, output: describe.output, events }) as {
    describe: Record<string, unknown>;
    output: unknown;
    events: Record<string, unknown>[];
  };

  const diffs: string[] = [];
  const expect = (label: string, expected: unknown, actual: unknown) => {
    const d = firstDifference(expected, actual, label);
    if (d) diffs.push(d);
  };
  expect('status', c.expected.status, bundle.describe.status);
  // The output is read from the (transformed) ExecutionSucceeded event when there is a history.
  const succeeded = bundle.events.find((e) => e.type === 'ExecutionSucceeded');
  const outputDetails = succeeded && isRecord(succeeded.executionSucceededEventDetails) ? succeeded.executionSucceededEventDetails : undefined;
  let actualOutput = Array.isArray(expectedEvents) && outputDetails ? outputDetails.output : bundle.output;
  // custom-code cases parsed the output themselves: compare it parsed.
  if (transforms.some((t) => t.kind === 'custom-code') && typeof actualOutput === 'string' && typeof c.expected.output !== 'string') {
    try {
      actualOutput = JSON.parse(actualOutput) as unknown;
    } catch {
      // leave as text
    }
  }
  if ('output' in c.expected) expect('output', c.expected.output, actualOutput);
  if (c.expected.error !== undefined || c.expected.status === 'FAILED') expect('error', c.expected.error, bundle.describe.error);
  if (c.expected.cause !== undefined || c.expected.status === 'FAILED') expect('cause', c.expected.cause, bundle.describe.cause);
  if (Array.isArray(expectedEvents)) {
    let actualEvents = bundle.events;
    if (c.expected.historyIncomplete) actualEvents = actualEvents.slice(0, expectedEvents.length);
    if (transforms.some((t) => t.kind === 'parallel-branch-sort')) actualEvents = parallelBranchSort(actualEvents);
    expect('events', sortGroups(expectedEvents), sortGroups(actualEvents));
  }
  if (c.expected.describeExecution && !Array.isArray(expectedEvents)) {
    expect('describeExecution', c.expected.describeExecution, pick(bundle.describe, Object.keys(c.expected.describeExecution)));
  }
  return diffs.length === 0 ? { ...base, outcome: 'passed' } : { ...base, outcome: 'failed', detail: diffs[0] };
}

function pick(o: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o)) if (keys.includes(k) || o[k] !== undefined) out[k] = o[k];
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out;
}

/** Events of a Parallel group (id `[0]`) compare as a multiset: sort each run canonically. */
function sortGroups(events: Record<string, unknown>[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  let run: Record<string, unknown>[] = [];
  const flush = () => {
    run.sort((a, b) => (pyJson(a) < pyJson(b) ? -1 : pyJson(a) > pyJson(b) ? 1 : 0));
    out.push(...run);
    run = [];
  };
  for (const e of events) {
    if (Array.isArray(e.id)) run.push(e);
    else {
      flush();
      out.push(e);
    }
  }
  flush();
  return out;
}

const PLACEHOLDER = /<(uuid|json-input|LogResult):\d+>/g;

/** Deep comparison; placeholders `<uuid:N>` etc. match consistently numbered values on the other side. */
export function firstDifference(expected: unknown, actual: unknown, at: string, map = new Map<string, string>()): string | undefined {
  if (at.endsWith('SdkResponseMetadata.RequestId') || at.includes('Content-Length')) return undefined;
  if (typeof expected === 'string' && typeof actual === 'string') {
    if (expected === actual) return undefined;
    if (PLACEHOLDER.test(expected)) {
      PLACEHOLDER.lastIndex = 0;
      const parts = expected.split(PLACEHOLDER);
      const names = [...expected.matchAll(PLACEHOLDER)].map((m) => m[0]);
      const re = new RegExp('^' + expected.split(/<(?:uuid|json-input|LogResult):\d+>/).map(escapeRe).join('(<(?:uuid|json-input|LogResult):\\d+>|.+?)') + '$', 's');
      void parts;
      const m = re.exec(actual);
      if (m) {
        let ok = true;
        names.forEach((n, i) => {
          const got = m[i + 1];
          const prev = map.get(n);
          if (prev !== undefined && prev !== got) ok = false;
          map.set(n, got);
        });
        if (ok) return undefined;
      }
    }
    return `${at}: expected ${short(expected)}, got ${short(actual)}`;
  }
  // Lambda invoke metadata is compared loosely (README): ["x"] and "x" are the same header value.
  if (at.includes('SdkHttpMetadata')) {
    if (Array.isArray(actual) && actual.length === 1 && !Array.isArray(expected)) return firstDifference(expected, actual[0], at, map);
    if (Array.isArray(expected) && expected.length === 1 && !Array.isArray(actual)) return firstDifference(expected[0], actual, at, map);
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${at}: expected an array, got ${short(actual)}`;
    const n = Math.max(expected.length, actual.length);
    for (let i = 0; i < n; i++) {
      if (i >= actual.length) return `${at}[${i}]: missing ${short(expected[i])}`;
      if (i >= expected.length) return `${at}[${i}]: unexpected ${short(actual[i])}`;
      const d = firstDifference(expected[i], actual[i], `${at}[${i}]`, map);
      if (d) return d;
    }
    return undefined;
  }
  if (isRecord(expected)) {
    if (!isRecord(actual)) return `${at}: expected an object, got ${short(actual)}`;
    for (const k of Object.keys(expected)) {
      if (!(k in actual)) return `${at}.${k}: missing (expected ${short(expected[k])})`;
      const d = firstDifference(expected[k], actual[k], `${at}.${k}`, map);
      if (d) return d;
    }
    for (const k of Object.keys(actual)) if (!(k in expected)) return `${at}.${k}: unexpected ${short(actual[k])}`;
    return undefined;
  }
  if (expected === actual) return undefined;
  if (expected === undefined && actual === null) return undefined;
  return `${at}: expected ${short(expected)}, got ${short(actual)}`;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function short(v: unknown): string {
  const t = v === undefined ? 'undefined' : JSON.stringify(v);
  return t.length > 160 ? t.slice(0, 157) + '...' : t;
}

export type ConformanceSummary = { results: CaseResult[]; passed: number; failed: number; skipped: number };

export async function runConformance(folder: string, onResult?: (r: CaseResult) => void): Promise<ConformanceSummary> {
  const cases = await loadCases(folder);
  const results: CaseResult[] = [];
  for (const { file, data } of cases) {
    let r: CaseResult;
    try {
      r = await runCase(file, data);
    } catch (err) {
      r = { name: data.name, area: data.area, file, outcome: 'failed', detail: `threw ${err instanceof Error ? err.stack ?? err.message : String(err)}` };
    }
    results.push(r);
    onResult?.(r);
  }
  return {
    results,
    passed: results.filter((r) => r.outcome === 'passed').length,
    failed: results.filter((r) => r.outcome === 'failed').length,
    skipped: results.filter((r) => r.outcome === 'skipped').length,
  };
}
