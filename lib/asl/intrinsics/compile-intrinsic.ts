import type { PathResolver } from '../path-resolver';
import { StatesError } from '../states-error';
import { INTRINSIC_FUNCTIONS, type IntrinsicRuntime } from './intrinsic-functions';
import { formatWithParts, splitFormatTemplate } from './split-format-template';
import { parseIntrinsic, type IntrinsicNode } from './parse-intrinsic';

export type CompileIntrinsicOptions = IntrinsicRuntime & {
  /** The payload field being built, e.g. `FunctionResult.$`; named in the error for a missing path. */
  field?: string;
};

/**
 * Evaluates a compiled intrinsic. `runtime` overrides the compile-time options, so one
 * compiled definition can serve many executions with per-execution (or seeded test) sources.
 */
export type CompiledIntrinsic = (resolve: PathResolver, runtime?: IntrinsicRuntime) => unknown;

type Evaluator = (resolve: PathResolver, runtime: IntrinsicRuntime) => unknown;

/**
 * Parses a `States.Xxx(...)` expression once and returns a closure that applies it.
 *
 * Throws `StatesError('InvalidDefinition', …)` now for bad syntax, unknown functions and wrong
 * argument counts (AWS refuses such definitions). The closure throws `StatesError('States.Runtime', …)`
 * when a path argument matches nothing and `StatesError('States.IntrinsicFailure', …)` when a function
 * refuses its arguments. Causes are the part after AWS's "An error occurred while executing the state
 * 'X' (entered at the event id #N). " prefix, which the engine adds.
 *
 * States.MathRandom (without a seed) and States.UUID need `random`/`uuid` from the options or the
 * runtime argument; lib/asl never reaches for Math.random or crypto.randomUUID itself.
 */
export function compileIntrinsic(expression: string, options: CompileIntrinsicOptions = {}): CompiledIntrinsic {
  const root = parseIntrinsic(expression);
  const evaluate = compileNode(root, expression, options.field);
  const defaults: IntrinsicRuntime = { random: options.random, uuid: options.uuid, describeInput: options.describeInput };
  return (resolve, runtime) =>
    evaluate(
      resolve,
      runtime
        ? {
            random: runtime.random ?? defaults.random,
            uuid: runtime.uuid ?? defaults.uuid,
            describeInput: runtime.describeInput ?? defaults.describeInput,
          }
        : defaults,
    );
}

function compileNode(node: IntrinsicNode, expression: string, field: string | undefined): Evaluator {
  if (node.kind === 'literal') {
    const { value } = node;
    return () => value;
  }
  if (node.kind === 'path') return compilePath(node.path, field);

  const fn = INTRINSIC_FUNCTIONS[node.name];
  if (!fn) {
    throw new StatesError('InvalidDefinition', `The intrinsic function '${node.name}' does not exist (in '${expression}').`);
  }
  if (node.args.length < fn.minArgs || node.args.length > fn.maxArgs) {
    const expected = fn.minArgs === fn.maxArgs ? `${fn.minArgs}` : fn.maxArgs === Infinity ? `at least ${fn.minArgs}` : `${fn.minArgs} to ${fn.maxArgs}`;
    throw new StatesError(
      'InvalidDefinition',
      `${node.name} takes ${expected} argument(s), but ${node.args.length} were given (in '${expression}').`,
    );
  }

  const [templateNode] = node.args;
  if (node.name === 'States.Format' && templateNode.kind === 'literal' && typeof templateNode.raw === 'string') {
    // A literal template is split once; its escapes are still visible in `raw`.
    const parts = splitFormatTemplate(templateNode.raw);
    if (parts.length !== node.args.length) {
      throw new StatesError(
        'InvalidDefinition',
        `States.Format has ${parts.length - 1} '{}' placeholder(s) but ${node.args.length - 1} argument(s) to put in them (in '${expression}').`,
      );
    }
    const values = node.args.slice(1).map((arg) => compileNode(arg, expression, field));
    return (resolve, runtime) => formatWithParts(parts, values.map((value) => value(resolve, runtime)));
  }

  const args = node.args.map((arg) => compileNode(arg, expression, field));
  return (resolve, runtime) =>
    fn.apply(
      args.map((arg) => arg(resolve, runtime)),
      runtime,
    );
}

function compilePath(path: string, field: string | undefined): Evaluator {
  return (resolve, runtime) => {
    const value = resolve(path);
    if (value !== undefined) return value;
    // Same wording as a missing Parameters path, which quotes the state input even for `$$` paths
    // (recorded: errors/scenarios_base_scenarios.invalid_jsonpath.INVALID_JSONPATH_IN_STRING_EXPR_*).
    const input = runtime.describeInput ? runtime.describeInput() : JSON.stringify(resolve('$'));
    const where = input === undefined ? '' : ` in the input '${input}'`;
    throw new StatesError(
      'States.Runtime',
      `The JSONPath '${path}' specified for the field '${field ?? 'intrinsic function argument'}' could not be found${where}`,
    );
  };
}
