import jsonata from 'jsonata';
import { StatesError } from './states-error';

/** What a JSONata expression sees: `$states` plus the workflow variables. */
export type JsonataBindings = Record<string, unknown>;

export type JsonataTemplate = {
  /** True when the template holds no `{% %}` expression (evaluation is then free and synchronous). */
  readonly constant: boolean;
  readonly value: unknown;
  evaluate(bindings: JsonataBindings): Promise<unknown>;
};

const EXPRESSION = /^\{%([\s\S]*)%\}$/;

export function isJsonataExpression(value: unknown): value is string {
  return typeof value === 'string' && EXPRESSION.test(value);
}

type Node = (bindings: JsonataBindings) => Promise<unknown>;

/**
 * Compiles a JSONata-language field (Arguments, Output, Assign, Items, Condition…) once: every
 * `{% expr %}` string is parsed by `jsonata` up front; `field` names the location for AWS's error text
 * (`Output/result`).
 */
export function compileJsonataTemplate(template: unknown, field: string): JsonataTemplate {
  if (!hasExpression(template)) {
    return { constant: true, value: template, evaluate: () => Promise.resolve(template) };
  }
  const node = compileNode(template, field);
  return { constant: false, value: template, evaluate: node };
}

function hasExpression(node: unknown): boolean {
  if (typeof node === 'string') return EXPRESSION.test(node);
  if (Array.isArray(node)) return node.some(hasExpression);
  if (node === null || typeof node !== 'object') return false;
  return Object.values(node).some(hasExpression);
}

function compileNode(node: unknown, field: string): Node {
  if (typeof node === 'string') {
    const m = EXPRESSION.exec(node);
    if (!m) return () => Promise.resolve(node);
    return compileExpression(m[1].trim(), field);
  }
  if (Array.isArray(node)) {
    const items = node.map((item, i) => compileNode(item, `${field}[${i}]`));
    return async (b) => {
      const out: unknown[] = [];
      for (const item of items) out.push(await item(b));
      return out;
    };
  }
  if (node === null || typeof node !== 'object') return () => Promise.resolve(node);
  const entries = Object.entries(node).map(([k, v]) => ({ key: k, fn: compileNode(v, field ? `${field}/${k}` : k) }));
  return async (b) => {
    const out: Record<string, unknown> = {};
    for (const e of entries) out[e.key] = await e.fn(b);
    return out;
  };
}

function compileExpression(text: string, field: string): Node {
  let expression: jsonata.Expression;
  try {
    expression = jsonata(text);
  } catch (err) {
    const message = jsonataMessage(err);
    return () => Promise.reject(new StatesError('States.QueryEvaluationError', `The JSONata expression '${text}' specified for the field '${field}' could not be parsed. ${message}`));
  }
  return async (bindings) => {
    const states = bindings.states as { input?: unknown } | undefined;
    let result: unknown;
    try {
      result = await expression.evaluate(states?.input, bindings);
    } catch (err) {
      throw new StatesError(
        'States.QueryEvaluationError',
        `The JSONata expression '${text}' specified for the field '${field}' threw an error during evaluation. ${jsonataMessage(err)}`,
      );
    }
    if (result === undefined) {
      throw new StatesError(
        'States.QueryEvaluationError',
        `The JSONata expression '${text}' specified for the field '${field}' returned nothing (undefined).`,
      );
    }
    if (typeof result === 'function' || isJsonataFunction(result)) {
      throw new StatesError(
        'States.QueryEvaluationError',
        `The JSONata expression '${text}' specified for the field '${field}' returned an unsupported result type.`,
      );
    }
    return normalise(result);
  };
}

function isJsonataFunction(v: unknown): boolean {
  return v !== null && typeof v === 'object' && ('_jsonata_lambda' in v || '_jsonata_function' in v);
}

/** JSONata sequences are arrays with extra flags; copy them into plain JSON values. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) return null;
    return value;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v !== undefined && typeof v !== 'function') out[k] = normalise(v);
  }
  return out;
}

function jsonataMessage(err: unknown): string {
  if (err && typeof err === 'object') {
    const e = err as { code?: unknown; message?: unknown };
    const msg = typeof e.message === 'string' ? e.message : String(err);
    return typeof e.code === 'string' ? `${e.code}: ${msg}` : msg;
  }
  return String(err);
}
