import { compileJsonPath, type CompiledJsonPath } from './json-path';
import type { PathResolver } from './path-resolver';

type CompiledRef = { root: 'input' | 'context' | 'variable'; variable: string; path: CompiledJsonPath };

const refCache = new Map<string, CompiledRef | null>();
const VARIABLE = /^\$([A-Za-z_][A-Za-z0-9_]*)/;

/** Splits `$..`/`$$..`/`$var..` once per distinct path text. */
export function compileReference(path: string): CompiledRef | null {
  const hit = refCache.get(path);
  if (hit !== undefined) return hit;
  let ref: CompiledRef | null = null;
  if (path.startsWith('$$')) {
    ref = { root: 'context', variable: '', path: compileJsonPath(path.slice(1)) };
  } else if (path === '$' || path.startsWith('$.') || path.startsWith('$[')) {
    ref = { root: 'input', variable: '', path: compileJsonPath(path) };
  } else {
    const m = VARIABLE.exec(path);
    if (m) ref = { root: 'variable', variable: m[1], path: compileJsonPath('$' + path.slice(m[0].length)) };
  }
  if (refCache.size < 10_000) refCache.set(path, ref);
  return ref;
}

export type PathScope = {
  input: unknown;
  /** Built on first use: most states never read `$$`. */
  context: () => unknown;
  variables: Readonly<Record<string, unknown>> | undefined;
  /** Randomness and ids for States.MathRandom / States.UUID (lib/asl never makes its own). */
  runtime?: { random?: () => number; uuid?: () => string };
};

/** The JSONPath resolver handed to templates, intrinsics and Choice rules. */
export function createPathResolver(scope: PathScope): PathResolver {
  return (path: string) => resolvePath(scope, path);
}

export function resolvePath(scope: PathScope, path: string): unknown {
  const ref = compileReference(path);
  if (!ref) return undefined;
  if (ref.root === 'input') return ref.path.evaluate(scope.input);
  if (ref.root === 'context') return ref.path.evaluate(scope.context());
  const vars = scope.variables;
  if (!vars || !Object.prototype.hasOwnProperty.call(vars, ref.variable)) return undefined;
  return ref.path.evaluate(vars[ref.variable]);
}
