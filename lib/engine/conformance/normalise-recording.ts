import { JSONPath } from 'jsonpath-plus';
import { isRecord } from '@/lib/asl';

/** A per-case transform from `expected.snapshotTransforms` (see ../shared/conformance/README.md). */
export type SnapshotTransform = {
  kind: string;
  replacement?: string;
  pattern?: string;
  path?: string;
  referenceReplacement?: boolean;
  text?: string;
};

export type RunNames = { roleArn: string; stateMachineName: string; executionName: string; dynamic: { placeholder: string; value: string }[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const DATE_TIME = '\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})';
const ISO_ZONED = new RegExp(DATE_TIME, 'g');
const ISO_FULL = new RegExp(`^${DATE_TIME}$`);

/** Step 3: JSON text of an object inside an object field becomes the object. */
export function toRecordedForm(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => (isRecord(v) || Array.isArray(v) ? toRecordedForm(v) : v));
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'string' && v.startsWith('{')) {
      try {
        out[k] = JSON.parse(v) as unknown;
        continue;
      } catch {
        out[k] = v;
        continue;
      }
    }
    out[k] = isRecord(v) || Array.isArray(v) ? toRecordedForm(v) : v;
  }
  return out;
}

/** Applies `fn` to every string (values only), rebuilding the tree. */
export function mapStrings(value: unknown, fn: (s: string, key: string | undefined) => string, key?: string): unknown {
  if (typeof value === 'string') return fn(value, key);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn, undefined));
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = mapStrings(v, fn, k);
  return out;
}

function replaceAll(value: unknown, from: string, to: string): unknown {
  if (!from) return value;
  return mapStrings(value, (s) => (s.includes(from) ? s.split(from).join(to) : s));
}

/** Step 4: the case's own transforms, in order. */
export function applySnapshotTransforms(value: unknown, transforms: SnapshotTransform[], names: RunNames): unknown {
  let v = value;
  for (const t of transforms) {
    switch (t.kind) {
      case 'role-arn':
        v = replaceAll(v, names.roleArn, t.replacement ?? '');
        break;
      case 'state-machine-name':
        v = replaceAll(v, names.stateMachineName, t.replacement ?? '');
        break;
      case 'execution-name':
        v = replaceAll(v, names.executionName, t.replacement ?? '');
        break;
      case 'map-run-arn':
        v = replaceMapRunArns(v);
        break;
      case 'regex':
        if (t.pattern) {
          const re = new RegExp(t.pattern, 'g');
          v = mapStrings(v, (s) => s.replace(re, t.replacement ?? ''));
        }
        break;
      case 'text':
        if (t.text) v = replaceAll(v, t.text, t.replacement ?? '');
        break;
      case 'jsonpath':
        if (t.path) v = replaceJsonPath(v, t.path, t.replacement ?? '', t.referenceReplacement === true);
        break;
      case 'dynamic-value':
        for (const d of names.dynamic) v = replaceAll(v, d.value, d.placeholder);
        break;
      default:
        break;
    }
  }
  return v;
}

function replaceMapRunArns(value: unknown): unknown {
  const arns: string[] = [];
  mapStrings(value, (s, key) => {
    if (key === 'mapRunArn' && !arns.includes(s)) arns.push(s);
    return s;
  });
  let v = value;
  arns.forEach((arn, i) => {
    const tail = arn.slice(arn.lastIndexOf('/') + 1);
    const [p0, p1] = tail.split(':');
    if (p1) v = replaceAll(v, p1, `<MapRunArnPart1_${i}idx>`);
    if (p0 && UUID.test(p0)) v = replaceAll(v, p0, `<MapRunArnPart0_${i}idx>`);
  });
  return v;
}

function replaceJsonPath(value: unknown, path: string, replacement: string, byReference: boolean): unknown {
  if (!isRecord(value) && !Array.isArray(value)) return value;
  const copy = structuredClone(value) as object;
  const hits = JSONPath({ path, json: copy, resultType: 'all' }) as { parent: Record<string, unknown> | unknown[]; parentProperty: string | number; value: unknown }[];
  if (!byReference) {
    for (const h of hits) if (h.parent) (h.parent as Record<string | number, unknown>)[h.parentProperty] = replacement;
    return copy;
  }
  const distinct: unknown[] = [];
  for (const h of hits) if (!distinct.some((d) => JSON.stringify(d) === JSON.stringify(h.value))) distinct.push(h.value);
  let v: unknown = copy;
  distinct.forEach((d, i) => {
    if (typeof d === 'string') v = replaceAll(v, d, `<${replacement}:${i + 1}>`);
  });
  return v;
}

/** Step 4 (continued): the replacements every case gets. */
export function applyCommonReplacements(value: unknown, region: string): unknown {
  let v = mapStrings(value, (s) => s.split(region).join('<region>').split('arn:aws:').join('arn:<partition>:'));
  v = lambdaMetadata(v);
  v = timestamps(v, undefined);
  v = mapStrings(v, (s) => s.replace(ISO_ZONED, 'date'));
  v = jsonInputs(v);
  v = uuids(v);
  return v;
}

function timestamps(value: unknown, key: string | undefined): unknown {
  if (Array.isArray(value)) return value.map((x) => timestamps(x, undefined));
  if (!isRecord(value)) {
    if (key && /timestamp/i.test(key) && !(typeof value === 'string' && ISO_FULL.test(value))) return 'timestamp';
    if (key === 'startDate' || key === 'stopDate') return 'datetime';
    return value;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = timestamps(v, k);
  return out;
}

const SELF_NAMED = ['X-Amzn-Trace-Id', 'x-amz-crc32', 'x-amzn-RequestId', 'x-amzn-requestid'];

function lambdaMetadata(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(lambdaMetadata);
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = lambdaMetadata(v);
  if (isRecord(out.SdkHttpMetadata)) {
    const meta: Record<string, unknown> = { ...out.SdkHttpMetadata };
    for (const hk of ['AllHttpHeaders', 'HttpHeaders']) {
      if (!isRecord(meta[hk])) continue;
      const headers: Record<string, unknown> = { ...meta[hk] };
      if ('Date' in headers) headers.Date = 'date';
      for (const n of SELF_NAMED) if (n in headers) headers[n] = n;
      meta[hk] = headers;
    }
    out.SdkHttpMetadata = meta;
  }
  if (isRecord(out.SdkResponseMetadata) && 'RequestId' in out.SdkResponseMetadata) {
    out.SdkResponseMetadata = { ...out.SdkResponseMetadata, RequestId: 'RequestId' };
  }
  return out;
}

function jsonInputs(value: unknown): unknown {
  const found: string[] = [];
  mapStrings(value, (s, key) => {
    if (key === 'cause' || key === 'Cause') {
      for (const m of s.matchAll(/'(\{.*?\})'/gs)) {
        try {
          JSON.parse(m[1]);
          if (!found.includes(m[1])) found.push(m[1]);
        } catch {
          // not JSON: leave it
        }
      }
    }
    return s;
  });
  let v = value;
  found.forEach((text, i) => (v = replaceAll(v, text, `<json-input:${i + 1}>`)));
  return v;
}

function sortedEntries(o: Record<string, unknown>): [string, unknown][] {
  return Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function uuids(value: unknown): unknown {
  const found: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (isRecord(v)) {
      for (const [k, x] of sortedEntries(v)) {
        if (typeof x === 'string' && /id$/i.test(k) && UUID.test(x) && !found.includes(x)) found.push(x);
        walk(x);
      }
    }
  };
  walk(value);
  let v = value;
  found.forEach((u, i) => (v = replaceAll(v, u, `<uuid:${i + 1}>`)));
  return v;
}

const GROUP_END = new Set(['ParallelStateSucceeded', 'ParallelStateFailed', 'ParallelStateAborted', 'ParallelStateExited']);

/** The `parallel-branch-sort` transform (README, "Parallel states"). */
export function parallelBranchSort(events: Record<string, unknown>[]): Record<string, unknown>[] {
  const list = [...events];
  let group: Record<string, unknown>[] | undefined;
  let open = false;
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    const e = list[i];
    if (e.type === 'ParallelStateStarted') {
      group = [];
      open = true;
      from = i + 1;
      continue;
    }
    if (group && GROUP_END.has(String(e.type))) {
      // The group is not emptied: a second closing event right after replaces one more position.
      const sorted = [...group].sort((a, b) => (pyJson(a) < pyJson(b) ? -1 : pyJson(a) > pyJson(b) ? 1 : 0));
      list.splice(from, i - from, ...sorted);
      i = from + sorted.length;
      open = false;
      continue;
    }
    if (!open) group = undefined;
    if (group) {
      const g = { ...e, id: [0], previousEventId: 0 };
      group.push(g);
      list[i] = g;
    }
  }
  return list;
}

/** `json.dumps(sort_keys=True)`-style text used only as a sort key. */
export function pyJson(v: unknown): string {
  if (Array.isArray(v)) return '[' + v.map(pyJson).join(', ') + ']';
  if (isRecord(v)) return '{' + sortedEntries(v).map(([k, x]) => `${JSON.stringify(k)}: ${pyJson(x)}`).join(', ') + '}';
  return JSON.stringify(v);
}
