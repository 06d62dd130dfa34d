import { parseReferencePath } from './json-path';
import { JsonPathSyntaxError, parseJsonPath } from './parse-json-path';
import { isRecord } from './types';

/** One path AWS would refuse at CreateStateMachine: `at` is the JSON pointer of the field. */
export type PathProblem = { message: string; at: string };

const VARIABLE = /^\$[A-Za-z_][A-Za-z0-9_]*/;

/** Fields that take a Reference Path, state type by state type (https://states-language.net/spec.html). */
const REFERENCE_FIELDS: Record<string, string[]> = {
  Task: ['TimeoutSecondsPath', 'HeartbeatSecondsPath'],
  Wait: ['SecondsPath', 'TimestampPath'],
  Map: ['ItemsPath', 'MaxConcurrencyPath', 'ToleratedFailureCountPath', 'ToleratedFailurePercentagePath'],
  Fail: ['ErrorPath', 'CausePath'],
};
const TEMPLATE_FIELDS = ['Parameters', 'ResultSelector', 'ItemSelector', 'Assign'];

/**
 * The paths of one JSONPath-language state that CreateStateMachine refuses. AWS's rules
 * (https://docs.aws.amazon.com/step-functions/latest/dg/amazon-states-language-paths.html): InputPath and
 * OutputPath are JSONPaths (Jayway's grammar); ResultPath, ItemsPath, the Choice `Variable` and `…Path`
 * operands and the other `…Path` settings are Reference Paths, which "can identify only a single node"
 * (names and single indexes; no `@ , : ? *`, `..`, filters or functions); a `key.$` in a payload template is
 * a JSONPath or an intrinsic function. Context (`$$…`) and variable (`$name…`) paths are accepted where
 * AWS reads them, ResultPath excepted. The messages are AWS's SCHEMA_VALIDATION_FAILED texts.
 */
export function getPathProblems(state: Record<string, unknown>, at: string): PathProblem[] {
  const out: PathProblem[] = [];
  for (const field of ['InputPath', 'OutputPath']) {
    const v = state[field];
    if (v === undefined || v === null) continue;
    const problem = typeof v === 'string' ? getJsonPathProblem(v) : 'it is not a string';
    if (problem) out.push({ message: `The value for the field '${field}' must be a valid JSONPath: ${problem}`, at: `${at}/${field}` });
  }
  checkResultPath(state.ResultPath, `${at}/ResultPath`, out);
  for (const field of REFERENCE_FIELDS[String(state.Type)] ?? []) {
    const v = state[field];
    if (v === undefined) continue;
    if ((field === 'ErrorPath' || field === 'CausePath') && typeof v === 'string' && v.startsWith('States.')) continue;
    const problem = typeof v === 'string' ? getReferencePathProblem(v, true) : 'it is not a string';
    if (problem) out.push({ message: `Value is not a Reference Path: ${problem}`, at: `${at}/${field}` });
  }
  for (const field of TEMPLATE_FIELDS) checkTemplate(state[field], `${at}/${field}`, out);
  if (Array.isArray(state.Catch)) {
    state.Catch.forEach((c, i) => {
      if (!isRecord(c)) return;
      checkResultPath(c.ResultPath, `${at}/Catch/${i}/ResultPath`, out);
      checkTemplate(c.Assign, `${at}/Catch/${i}/Assign`, out);
    });
  }
  if (state.Type === 'Choice' && Array.isArray(state.Choices)) {
    state.Choices.forEach((rule, i) => checkChoiceRule(rule, `${at}/Choices/${i}`, out));
  }
  return out;
}

function checkResultPath(v: unknown, at: string, out: PathProblem[]): void {
  if (v === undefined || v === null) return;
  const problem = typeof v === 'string' ? getReferencePathProblem(v, false) : 'it is not a string';
  if (problem) out.push({ message: `Value is not a Reference Path: ${problem}`, at });
}

/** Walks with its own stack: a template nested a hundred thousand levels must not overflow the call stack. */
function checkTemplate(template: unknown, templateAt: string, out: PathProblem[]): void {
  const stack: { node: unknown; at: string }[] = [{ node: template, at: templateAt }];
  while (stack.length > 0) {
    const { node, at } = stack.pop()!;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push({ node: node[i], at: `${at}/${i}` });
      continue;
    }
    if (!isRecord(node)) continue;
    const entries = Object.entries(node);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, value] = entries[i];
      if (!key.endsWith('.$')) {
        stack.push({ node: value, at: `${at}/${key}` });
        continue;
      }
      if (typeof value === 'string' && value.startsWith('States.')) continue;
      const problem = typeof value === 'string' ? getJsonPathProblem(value) : 'it is not a string';
      if (problem) out.push({ message: `The value for the field '${key}' must be a valid JSONPath or a valid intrinsic function call: ${problem}`, at: `${at}/${key}` });
    }
  }
}

function checkChoiceRule(rule: unknown, at: string, out: PathProblem[]): void {
  if (!isRecord(rule)) return;
  for (const [key, value] of Object.entries(rule)) {
    if (key === 'And' || key === 'Or') {
      if (Array.isArray(value)) value.forEach((r, i) => checkChoiceRule(r, `${at}/${key}/${i}`, out));
    } else if (key === 'Not') checkChoiceRule(value, `${at}/Not`, out);
    else if ((key === 'Variable' || key.endsWith('Path')) && typeof value === 'string') {
      const problem = getReferencePathProblem(value, true);
      if (problem) out.push({ message: `Value is not a Reference Path: ${problem}`, at: `${at}/${key}` });
    }
  }
}

/** The JSONPath below a `$$` (context object) or `$name` (variable) root; the path itself otherwise. */
function stripRoot(path: string, allowOtherRoots: boolean): string | null {
  if (path.startsWith('$$')) return allowOtherRoots ? path.slice(1) : null;
  const m = VARIABLE.exec(path);
  if (m) return allowOtherRoots ? '$' + path.slice(m[0].length) : null;
  return path;
}

/** Why `path` is not a JSONPath Jayway compiles (input, context or variable root), or null. */
export function getJsonPathProblem(path: string): string | null {
  if (!path.startsWith('$')) return "Path must start with '$'";
  const rest = stripRoot(path, true)!;
  try {
    parseJsonPath(rest);
    return null;
  } catch (err) {
    if (err instanceof JsonPathSyntaxError) return err.message;
    throw err;
  }
}

/** Why `path` is not a Reference Path, or null. `allowOtherRoots` accepts `$$…` and `$name…`. */
export function getReferencePathProblem(path: string, allowOtherRoots: boolean): string | null {
  if (!path.startsWith('$')) return "Reference path didn't start with '$'";
  const rest = stripRoot(path, allowOtherRoots);
  if (rest === null) return 'the context object and variables cannot be written to';
  const syntax = getJsonPathProblem(rest);
  if (syntax) return syntax;
  return parseReferencePath(rest) ? null : 'a Reference Path may only use names and single indexes (no @ , : ? *, .., filters or functions)';
}
