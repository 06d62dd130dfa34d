import { JSONPath } from 'jsonpath-plus';

/** A compiled JSONPath: evaluates against one root value; `undefined` when nothing matches. */
export type CompiledJsonPath = {
  readonly path: string;
  /** Definite paths (`$.a.b[0]`) return one value; indefinite ones (wildcards, slices, filters) an array. */
  readonly definite: boolean;
  readonly evaluate: (root: unknown) => unknown;
};

type Segment = string | number;

const cache = new Map<string, CompiledJsonPath>();

/**
 * Compiles a JSONPath once. Simple reference paths (`$.a.b[0]`, `$['x y']`) become a direct accessor
 * over a segment list: this runs on every state transition and jsonpath-plus parses and walks a
 * generic AST each call, which is ~50× slower. Anything else (wildcards, slices, filters, `..`)
 * goes to jsonpath-plus, which like AWS (Jayway) returns an array for indefinite paths.
 */
export function compileJsonPath(path: string): CompiledJsonPath {
  const hit = cache.get(path);
  if (hit) return hit;
  const segments = parseReferencePath(path);
  let compiled: CompiledJsonPath;
  if (segments) {
    compiled = { path, definite: true, evaluate: makeAccessor(segments) };
  } else {
    compiled = {
      path,
      definite: false,
      evaluate: (root) => {
        if (root === null || typeof root !== 'object') return [];
        return JSONPath({ path, json: root as object, wrap: true, eval: 'safe' }) as unknown[];
      },
    };
  }
  if (cache.size < 10_000) cache.set(path, compiled);
  return compiled;
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

/** Parses `$`, `$.a.b`, `$.a[0]`, `$['a']`; returns null for anything needing the full JSONPath engine. */
export function parseReferencePath(path: string): Segment[] | null {
  if (!path.startsWith('$')) return null;
  const out: Segment[] = [];
  let i = 1;
  const n = path.length;
  while (i < n) {
    const c = path[i];
    if (c === '.') {
      if (path[i + 1] === '.') return null;
      let j = i + 1;
      while (j < n && path[j] !== '.' && path[j] !== '[') j++;
      const name = path.slice(i + 1, j);
      if (name === '' || name === '*' || /[()?@*,:\s]/.test(name)) return null;
      out.push(name);
      i = j;
    } else if (c === '[') {
      const q = path[i + 1];
      if (q === "'" || q === '"') {
        const end = path.indexOf(q + ']', i + 2);
        if (end < 0) return null;
        const name = path.slice(i + 2, end);
        if (name.includes(q)) return null;
        out.push(name);
        i = end + 2;
      } else {
        const end = path.indexOf(']', i);
        if (end < 0) return null;
        const idx = path.slice(i + 1, end).trim();
        if (!/^-?\d+$/.test(idx)) return null;
        out.push(Number(idx));
        i = end + 1;
      }
    } else {
      return null;
    }
  }
  return out;
}
