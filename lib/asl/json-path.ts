import { evaluateJsonPath } from './evaluate-json-path';
import { excerpt, JsonPathSyntaxError, parseJsonPath, type ParsedJsonPath } from './parse-json-path';
import { StatesError } from './states-error';

/** A compiled JSONPath: evaluates against one root value; `undefined` when a definite path matches nothing. */
export type CompiledJsonPath = {
  readonly path: string;
  /** Definite paths (`$.a.b[0]`, `$.a.length()`) return one value; indefinite ones (wildcards, slices, filters…) a list. */
  readonly definite: boolean;
  readonly evaluate: (root: unknown) => unknown;
};

type Segment = string | number;

const cache = new Map<string, CompiledJsonPath>();

/**
 * Compiles a JSONPath once, with Jayway JsonPath's grammar and results (the library AWS evaluates paths
 * with: https://docs.aws.amazon.com/step-functions/latest/dg/amazon-states-language-paths.html).
 * Hand-written because no JavaScript library behaves as Jayway does: jsonpath-plus returned a list for
 * `$.a.[0]`, failed on filters that read `$`, and gave `[]` for `['a','b']`.
 * Reference paths (`$.a.b[0]`, `$['x y']`) become a direct accessor over a segment list: they run on
 * every state transition, and walking the general evaluator is several times slower.
 * A path Jayway would not compile throws States.Runtime "Invalid path '…' : <reason>" (definitions are
 * checked at CreateStateMachine, so this only reaches paths that were never validated).
 */
export function compileJsonPath(path: string): CompiledJsonPath {
  const hit = cache.get(path);
  if (hit) return hit;
  const segments = parseReferencePath(path);
  let compiled: CompiledJsonPath;
  if (segments) {
    compiled = { path, definite: true, evaluate: makeAccessor(segments) };
  } else {
    const parsed = parseOrThrow(path);
    compiled = { path, definite: parsed.definite, evaluate: (root) => evaluateGuarded(parsed, root, path) };
  }
  if (cache.size < 10_000) cache.set(path, compiled);
  return compiled;
}

/** `..` and filters recurse through the document: one nested thousands of levels deep overflows the stack. */
function evaluateGuarded(parsed: ParsedJsonPath, root: unknown, path: string): unknown {
  try {
    return evaluateJsonPath(parsed, root, root, path);
  } catch (err) {
    if (err instanceof RangeError) throw new StatesError('States.Runtime', `Invalid path '${excerpt(path)}' : the input is nested too deeply to evaluate it (${err.message})`);
    throw err;
  }
}

function parseOrThrow(path: string): ParsedJsonPath {
  try {
    return parseJsonPath(path);
  } catch (err) {
    if (err instanceof JsonPathSyntaxError) throw new StatesError('States.Runtime', `Invalid path '${excerpt(path)}' : ${err.message}`);
    throw err;
  }
}

function makeAccessor(segments: Segment[]): (root: unknown) => unknown {
  if (segments.length === 0) return (root) => root;
  if (segments.length === 1) {
    const s0 = segments[0];
    return (root) => step(root, s0);
  }
  return (root) => {
    let cur: unknown = root;
    for (let i = 0; i < segments.length; i++) {
      cur = step(cur, segments[i]);
      if (cur === undefined) return undefined;
    }
    return cur;
  };
}

function step(cur: unknown, seg: Segment): unknown {
  if (cur === null || typeof cur !== 'object') return undefined;
  if (typeof seg === 'number') {
    if (!Array.isArray(cur)) return undefined;
    return cur[seg < 0 ? cur.length + seg : seg];
  }
  if (Array.isArray(cur)) return undefined;
  return Object.prototype.hasOwnProperty.call(cur, seg) ? (cur as Record<string, unknown>)[seg] : undefined;
}

/**
 * The steps of a reference path (`$`, `$.a.b`, `$.a[0]`, `$.a.[0]`, `$['a b']`): single names and single
 * indexes only. Null for anything else, including paths that do not parse.
 */
export function parseReferencePath(path: string): Segment[] | null {
  const fast = parseSimplePath(path);
  if (fast !== undefined) return fast;
  let parsed: ParsedJsonPath;
  try {
    parsed = parseJsonPath(path);
  } catch {
    return null;
  }
  const out: Segment[] = [];
  for (const t of parsed.tokens) {
    if (t.kind === 'property' && t.names.length === 1) out.push(t.names[0]);
    else if (t.kind === 'index' && t.indexes.length === 1) out.push(t.indexes[0]);
    else return null;
  }
  return out;
}

/** The common shapes without the general parser; `undefined` when the general parser must decide. */
function parseSimplePath(path: string): Segment[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const out: Segment[] = [];
  let i = 1;
  const n = path.length;
  while (i < n) {
    const c = path[i];
    if (c === '.') {
      let j = i + 1;
      while (j < n && path[j] !== '.' && path[j] !== '[') j++;
      const name = path.slice(i + 1, j);
      if (name === '' || name === '*' || /[()?@*,:\s\\'"\]]/.test(name)) return undefined;
      out.push(name);
      i = j;
    } else if (c === '[') {
      const q = path[i + 1];
      if (q === "'" || q === '"') {
        const end = path.indexOf(q + ']', i + 2);
        if (end < 0) return undefined;
        const name = path.slice(i + 2, end);
        if (name.includes(q) || name.includes('\\')) return undefined;
        out.push(name);
        i = end + 2;
      } else {
        const end = path.indexOf(']', i);
        if (end < 0) return undefined;
        const idx = path.slice(i + 1, end);
        if (!/^-?\d{1,9}$/.test(idx)) return undefined;
        out.push(Number(idx));
        i = end + 1;
      }
    } else {
      return undefined;
    }
  }
  return out;
}
