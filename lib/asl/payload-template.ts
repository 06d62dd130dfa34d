import { compileIntrinsic, isIntrinsicExpression } from '@/lib/asl/intrinsics';
import { compileReference, createPathResolver, resolvePath, type PathScope } from './create-path-resolver';
import { StatesError } from './states-error';

/**
 * Evaluates a compiled JSONPath payload template (Parameters, ResultSelector, ItemSelector, Assign).
 * `inputForErrors` is the value AWS quotes when a path matches nothing (defaults to `scope.input`);
 * it is a value, not a callback, so the hot path allocates no closure.
 */
export type PayloadTemplate = (scope: PathScope, inputForErrors?: unknown) => unknown;

/**
 * Compiles a JSONPath-language payload template once per definition: `key.$` values become path
 * reads or intrinsic calls, everything else is copied as is. Constant sub-trees are returned
 * without copying (values are never mutated after they are produced).
 */
export function compilePayloadTemplate(template: unknown): PayloadTemplate {
  if (!hasDynamic(template)) return () => template;
  return compileNode(template);
}

function hasDynamic(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasDynamic);
  if (node === null || typeof node !== 'object') return false;
  for (const [k, v] of Object.entries(node)) {
    if (k.endsWith('.$') || hasDynamic(v)) return true;
  }
  return false;
}

function compileNode(node: unknown): PayloadTemplate {
  if (Array.isArray(node)) {
    const items = node.map((item) => (hasDynamic(item) ? compileNode(item) : null));
    return (scope, describe) => node.map((item, i) => (items[i] ? items[i](scope, describe) : item));
  }
  if (node === null || typeof node !== 'object') return () => node;
  const entries: { key: string; fn: PayloadTemplate }[] = [];
  for (const [k, v] of Object.entries(node)) {
    if (k.endsWith('.$') && typeof v === 'string') {
      entries.push({ key: k.slice(0, -2), fn: compileDynamicValue(k, v) });
    } else if (hasDynamic(v)) {
      entries.push({ key: k, fn: compileNode(v) });
    } else {
      entries.push({ key: k, fn: () => v });
    }
  }
  return (scope, describe) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < entries.length; i++) out[entries[i].key] = entries[i].fn(scope, describe);
    return out;
  };
}

function compileDynamicValue(field: string, expression: string): PayloadTemplate {
  if (isIntrinsicExpression(expression)) {
    const intrinsic = compileIntrinsic(expression, { field });
    return (scope) => intrinsic(createPathResolver(scope), scope.runtime);
  }
  const ref = compileReference(expression);
  const read = ref
    ? ref.root === 'input'
      ? (scope: PathScope) => ref.path.evaluate(scope.input)
      : (scope: PathScope) => resolvePath(scope, expression)
    : () => undefined;
  return (scope, describe) => {
    const value = read(scope);
    if (value === undefined) {
      throw new StatesError(
        'States.Runtime',
        `The JSONPath '${expression}' specified for the field '${field}' could not be found in the input '${JSON.stringify(describe === undefined ? scope.input : describe)}'`,
      );
    }
    return value;
  };
}
