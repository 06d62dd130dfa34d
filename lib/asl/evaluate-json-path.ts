import { excerpt, type FilterExpression, type FilterValue, type JsonPathToken, type ParsedJsonPath, type RelationalOperator } from './parse-json-path';
import { invokeJsonPathFunction } from './invoke-json-path-function';
import { StatesError } from './states-error';

const UNDEFINED = Symbol('undefined');
type Operand = unknown;

/**
 * Evaluates a parsed path the way Jayway JsonPath does (internal/path/*PathToken.java): a definite path
 * (only single names, single indexes and functions) returns its value, or `undefined` when a step finds
 * nothing; an indefinite one returns the list of everything it matched, skipping items where a step
 * finds nothing. `root` is what `$` means inside filters and function arguments. A step Jayway refuses
 * at run time (a filter over a number, an aggregate of an empty array) throws States.Runtime naming `text`.
 */
export function evaluateJsonPath(parsed: ParsedJsonPath, current: unknown, root: unknown, text: string): unknown {
  const ctx: Context = { root, text, out: [], definite: parsed.definite };
  const tokens = invertScanFunction(parsed.tokens);
  const outermost = active++ === 0;
  if (outermost) remaining = MAX_STEPS;
  try {
    walk(tokens, 0, current, ctx, true);
  } finally {
    active--;
  }
  if (parsed.definite) return ctx.out.length === 0 ? undefined : ctx.out[0];
  return ctx.out;
}

/**
 * Steps one evaluation may take, filters and nested paths included. Each `..` visits the whole input
 * below it, so `$..*..*..*` over a 256 KiB input grows as its size to the third power; past this
 * (about a second) the path fails with States.Runtime instead of stalling every execution on the engine.
 */
const MAX_STEPS = 10_000_000;
let remaining = MAX_STEPS;
let active = 0;

type Context = { root: unknown; text: string; out: unknown[]; definite: boolean };

type Token = JsonPathToken | { kind: 'scan-function'; prefix: JsonPathToken[]; fn: Extract<JsonPathToken, { kind: 'function' }> };

/**
 * Jayway's CompiledPath.invertScannerFunctionRelationship: `$..a.sum()` runs the function once over the
 * list the scan found, not once per match.
 */
function invertScanFunction(tokens: JsonPathToken[]): Token[] {
  if (tokens[0]?.kind !== 'scan' || tokens[tokens.length - 1].kind !== 'function') return tokens;
  const f = tokens.findIndex((t) => t.kind === 'function');
  if (f < 1) return tokens;
  const fn = tokens[f] as Extract<JsonPathToken, { kind: 'function' }>;
  return [{ kind: 'scan-function', prefix: tokens.slice(0, f), fn }, ...tokens.slice(f + 1)];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function fail(ctx: Context, message: string): never {
  throw new StatesError('States.Runtime', `Invalid path '${excerpt(ctx.text)}' : ${message}`);
}

function emit(tokens: Token[], i: number, value: unknown, ctx: Context, upstreamDefinite: boolean): void {
  if (i + 1 >= tokens.length) ctx.out.push(value);
  else walk(tokens, i + 1, value, ctx, upstreamDefinite && isTokenDefinite(tokens, i));
}

function isTokenDefinite(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind === 'property') return t.names.length === 1 || i === tokens.length - 1;
  if (t.kind === 'index') return t.indexes.length === 1;
  return t.kind === 'function' || t.kind === 'scan-function';
}

function walk(tokens: Token[], i: number, model: unknown, ctx: Context, upstreamDefinite: boolean): void {
  if (--remaining < 0) fail(ctx, `evaluating it takes more than ${MAX_STEPS.toLocaleString('en')} steps over this input`);
  if (i >= tokens.length) {
    ctx.out.push(model);
    return;
  }
  const t = tokens[i];
  switch (t.kind) {
    case 'property': {
      if (!isObject(model)) return;
      if (t.names.length === 1 || i === tokens.length - 1) {
        if (t.names.length === 1) {
          const name = t.names[0];
          if (Object.prototype.hasOwnProperty.call(model, name)) emit(tokens, i, model[name], ctx, upstreamDefinite);
          return;
        }
        // Several names as the last step: one object holding those that exist (PathToken.handleObjectProperty).
        const merged: Record<string, unknown> = {};
        for (const name of t.names) {
          if (Object.prototype.hasOwnProperty.call(model, name)) {
            Object.defineProperty(merged, name, { value: model[name], enumerable: true, writable: true, configurable: true });
          }
        }
        ctx.out.push(merged);
        return;
      }
      for (const name of t.names) {
        if (Object.prototype.hasOwnProperty.call(model, name)) emit(tokens, i, model[name], ctx, false);
      }
      return;
    }
    case 'index': {
      if (!Array.isArray(model)) return;
      for (const index of t.indexes) {
        const at = index < 0 ? model.length + index : index;
        if (at >= 0 && at < model.length) emit(tokens, i, model[at], ctx, upstreamDefinite);
      }
      return;
    }
    case 'slice': {
      if (!Array.isArray(model) || model.length === 0) return;
      const n = model.length;
      let from: number;
      let to: number;
      if (t.to === null) {
        from = Math.max(0, t.from! < 0 ? n + t.from! : t.from!);
        to = n;
      } else if (t.from === null) {
        from = 0;
        to = Math.min(n, t.to < 0 ? n + t.to : t.to);
      } else {
        // ArraySliceToken.sliceBetween neither clamps nor wraps `from`; negative indexes then count from the end.
        from = t.from;
        to = Math.min(n, t.to);
      }
      for (let k = from; k < to; k++) {
        const at = k < 0 ? n + k : k;
        if (at >= 0 && at < n) emit(tokens, i, model[at], ctx, false);
      }
      return;
    }
    case 'wildcard': {
      if (Array.isArray(model)) for (const v of model) emit(tokens, i, v, ctx, false);
      else if (isObject(model)) for (const k of Object.keys(model)) emit(tokens, i, model[k], ctx, false);
      return;
    }
    case 'scan': {
      if (i + 1 >= tokens.length) return;
      scan(tokens, i + 1, model, ctx);
      return;
    }
    case 'filter': {
      if (Array.isArray(model)) {
        for (const v of model) if (test(t.predicate, v, ctx)) emit(tokens, i, v, ctx, false);
      } else if (isObject(model)) {
        if (test(t.predicate, model, ctx)) emit(tokens, i, model, ctx, false);
      } else if (upstreamDefinite) {
        fail(ctx, `Filter: [?] can not be applied to primitives. Current context is: ${excerpt(JSON.stringify(model))}`);
      }
      return;
    }
    case 'function': {
      const params = t.params.map((p) => (p.kind === 'json' ? p.value : evaluateParam(p.path, model, ctx)));
      const result = invokeJsonPathFunction(t.name, model, params, (message) => fail(ctx, message));
      emit(tokens, i, result, ctx, upstreamDefinite);
      return;
    }
    case 'scan-function': {
      const found = evaluateJsonPath({ root: '$', tokens: t.prefix, definite: false }, model, ctx.root, ctx.text) as unknown[];
      const params = [found, ...t.fn.params.map((p) => (p.kind === 'json' ? p.value : evaluateParam(p.path, model, ctx)))];
      const result = invokeJsonPathFunction(t.fn.name, model, params, (message) => fail(ctx, message));
      emit(tokens, i, result, ctx, upstreamDefinite);
      return;
    }
  }
}

/** ScanPathToken.walk: every object and array below (and including) `model`, in document order. */
function scan(tokens: Token[], next: number, model: unknown, ctx: Context): void {
  if (--remaining < 0) fail(ctx, `evaluating it takes more than ${MAX_STEPS.toLocaleString('en')} steps over this input`);
  const target = tokens[next];
  if (Array.isArray(model)) {
    if (scanMatches(target, model, ctx)) {
      // Jayway evaluates the step after the target on each element here (ScanPathToken.walkArray).
      if (next + 1 >= tokens.length) walk(tokens, next, model, ctx, false);
      else for (const v of model) walk(tokens, next + 1, v, ctx, false);
    }
    for (const v of model) scan(tokens, next, v, ctx);
  } else if (isObject(model)) {
    if (scanMatches(target, model, ctx)) walk(tokens, next, model, ctx, false);
    for (const k of Object.keys(model)) scan(tokens, next, model[k], ctx);
  }
}

function scanMatches(target: Token, model: unknown, ctx: Context): boolean {
  switch (target.kind) {
    case 'property':
      return isObject(model) && (target.names.length > 1 || Object.prototype.hasOwnProperty.call(model, target.names[0]));
    case 'index':
    case 'slice':
      return Array.isArray(model);
    case 'wildcard':
      return true;
    case 'filter':
      return test(target.predicate, model, ctx);
    default:
      return false;
  }
}

function evaluateParam(path: ParsedJsonPath, model: unknown, ctx: Context): unknown {
  const value = evaluateJsonPath(path, path.root === '$' ? ctx.root : model, ctx.root, ctx.text);
  if (value === undefined) fail(ctx, `No results for path: ${toJaywayPath(path)}`);
  return value;
}

/** Jayway's wording of a path in messages: `$['a']['b'][0]`. */
export function toJaywayPath(path: ParsedJsonPath): string {
  let out: string = path.root;
  for (const t of path.tokens) {
    if (t.kind === 'property') out += `[${t.names.map((n) => `'${n}'`).join(', ')}]`;
    else if (t.kind === 'index') out += `[${t.indexes.join(',')}]`;
    else if (t.kind === 'slice') out += `[${t.from ?? ''}:${t.to ?? ''}]`;
    else if (t.kind === 'wildcard') out += '[*]';
    else if (t.kind === 'scan') out += '..';
    else if (t.kind === 'filter') out += '[?]';
    else out += `.${t.name}()`;
  }
  return out;
}

// ------------------------------------------------------------------------------------------- filters

function test(expr: FilterExpression, item: unknown, ctx: Context): boolean {
  switch (expr.kind) {
    case 'or':
      return expr.operands.some((e) => test(e, item, ctx));
    case 'and':
      return expr.operands.every((e) => test(e, item, ctx));
    case 'not':
      return !test(expr.operand, item, ctx);
    case 'exists':
      return exists(expr.path, item, ctx);
    case 'relation': {
      if (expr.op === 'exists') {
        const right = operand(expr.right, item, ctx);
        return expr.left.kind === 'path' && typeof right === 'boolean' && exists(expr.left.path, item, ctx) === right;
      }
      return compare(operand(expr.left, item, ctx), expr.op, operand(expr.right, item, ctx));
    }
  }
}

function exists(path: ParsedJsonPath, item: unknown, ctx: Context): boolean {
  const v = evaluateJsonPath(path, path.root === '$' ? ctx.root : item, ctx.root, ctx.text);
  return path.definite ? v !== undefined : (v as unknown[]).length > 0;
}

function operand(v: FilterValue, item: unknown, ctx: Context): Operand {
  if (v.kind === 'literal') return v.value;
  if (v.kind === 'regex') return v.regex;
  const value = evaluateJsonPath(v.path, v.path.root === '$' ? ctx.root : item, ctx.root, ctx.text);
  return value === undefined ? UNDEFINED : value;
}

type Kind = 'undefined' | 'regex' | 'number' | 'string' | 'boolean' | 'null' | 'json';

function kindOf(v: Operand): Kind {
  if (v === UNDEFINED) return 'undefined';
  if (v instanceof RegExp) return 'regex';
  if (v === null) return 'null';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'boolean';
  return 'json';
}

/**
 * Jayway's ValueNode equality, which is asymmetric: a number on the left compares a string on the right
 * as a number (`1 == '1'`), a string on the left compares a number on the right as its text.
 */
function equals(l: Operand, r: Operand): boolean {
  const kl = kindOf(l);
  const kr = kindOf(r);
  switch (kl) {
    case 'number':
      if (kr === 'number') return l === r;
      if (kr === 'string') return (r as string).trim() !== '' && Number(r) === l;
      return false;
    case 'string':
      if (kr === 'string') return l === r;
      if (kr === 'number') return l === String(r);
      return false;
    case 'boolean':
      return kr === 'boolean' && l === r;
    case 'null':
      return kr === 'null';
    case 'regex':
      return kr === 'regex' && String(l) === String(r);
    case 'json':
      return kr === 'json' && deepEqual(l, r);
    default:
      return false;
  }
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

function compare(l: Operand, op: RelationalOperator, r: Operand): boolean {
  const kl = kindOf(l);
  const kr = kindOf(r);
  switch (op) {
    case '==':
      return equals(l, r);
    case '!=':
      return !equals(l, r);
    case '===':
      return kl === kr && equals(l, r);
    case '!==':
      return !(kl === kr && equals(l, r));
    case '<':
    case '<=':
    case '>':
    case '>=': {
      if (!((kl === 'number' && kr === 'number') || (kl === 'string' && kr === 'string'))) return false;
      const a = l as number | string;
      const b = r as number | string;
      return op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;
    }
    case '=~': {
      const [pattern, target] = kl === 'regex' ? [l as RegExp, r] : [r as RegExp, l];
      if (!(pattern instanceof RegExp) || target instanceof RegExp) return false;
      const input = typeof target === 'string' || typeof target === 'number' || typeof target === 'boolean' ? String(target) : '';
      return pattern.test(input);
    }
    case 'in':
      return Array.isArray(r) && r.some((e) => equals(l, e));
    case 'nin':
      return !(Array.isArray(r) && r.some((e) => equals(l, e)));
    case 'contains':
      if (kl === 'string' && kr === 'string') return (l as string).includes(r as string);
      return Array.isArray(l) && l.some((e) => equals(r, e));
    case 'all':
      return Array.isArray(l) && Array.isArray(r) && r.every((e) => l.some((x) => equals(e, x)));
    case 'subsetof':
      return Array.isArray(l) && Array.isArray(r) && l.every((e) => r.some((x) => equals(e, x)));
    case 'anyof':
      return Array.isArray(l) && Array.isArray(r) && l.some((e) => r.some((x) => equals(e, x)));
    case 'noneof':
      return Array.isArray(l) && Array.isArray(r) && !l.some((e) => r.some((x) => equals(e, x)));
    case 'size':
      if (typeof r !== 'number') return false;
      if (typeof l === 'string' || Array.isArray(l)) return l.length === Math.trunc(r);
      return false;
    case 'empty':
      if (typeof r !== 'boolean') return false;
      if (typeof l === 'string' || Array.isArray(l)) return (l.length === 0) === r;
      if (isObject(l)) return (Object.keys(l).length === 0) === r;
      return false;
    default:
      return false;
  }
}
