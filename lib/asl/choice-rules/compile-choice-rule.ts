import type { PathResolver } from '../path-resolver';
import { StatesError } from '../states-error';
import { CHOICE_OPERATORS } from './choice-operators';
import { compileStringMatcher } from './compile-string-matcher';
import { getChoiceRuleProblems } from './get-choice-rule-problems';

export type CompiledChoiceRule = (resolve: PathResolver) => boolean;

/**
 * Compiles a JSONPath Choice rule (a `Choices` entry or a rule nested in And/Or/Not) once.
 *
 * Throws `StatesError('InvalidDefinition', …)` now when `getChoiceRuleProblems` finds problems. The
 * closure returns whether the rule matches: a value of the wrong type is a non-match, not an error.
 * It throws `StatesError('States.Runtime', "Invalid path '$.x': The choice state's condition path
 * references an invalid value.")` when `Variable` (for any operator but IsPresent) or a `*Path`
 * operand matches nothing; the engine adds AWS's "An error occurred while executing the state…" prefix.
 */
export function compileChoiceRule(rule: Record<string, unknown>): CompiledChoiceRule {
  const problems = getChoiceRuleProblems(rule);
  if (problems.length > 0) throw new StatesError('InvalidDefinition', problems.join(' '));
  return compileValidRule(rule);
}

function invalidPath(path: string): never {
  throw new StatesError('States.Runtime', `Invalid path '${path}': The choice state's condition path references an invalid value.`);
}

function compileValidRule(rule: Record<string, unknown>): CompiledChoiceRule {
  if (Array.isArray(rule.And)) {
    const rules = rule.And.map((nested) => compileValidRule(nested as Record<string, unknown>));
    return (resolve) => rules.every((nested) => nested(resolve));
  }
  if (Array.isArray(rule.Or)) {
    const rules = rule.Or.map((nested) => compileValidRule(nested as Record<string, unknown>));
    return (resolve) => rules.some((nested) => nested(resolve));
  }
  if (rule.Not !== undefined) {
    const nested = compileValidRule(rule.Not as Record<string, unknown>);
    return (resolve) => !nested(resolve);
  }

  const variable = String(rule.Variable);
  const name = Object.keys(rule).find((key) => key in CHOICE_OPERATORS) as string;
  const operator = CHOICE_OPERATORS[name];
  const operand = rule[name];

  if (name === 'IsPresent') return (resolve) => (resolve(variable) !== undefined) === operand;

  const readVariable = (resolve: PathResolver) => {
    const value = resolve(variable);
    return value === undefined ? invalidPath(variable) : value;
  };

  if (name === 'StringMatches') {
    const matches = compileStringMatcher(String(operand));
    return (resolve) => {
      const value = readVariable(resolve);
      return typeof value === 'string' && matches(value);
    };
  }
  if (operator.isPath) {
    const operandPath = String(operand);
    return (resolve) => {
      const value = readVariable(resolve);
      const other = resolve(operandPath);
      return operator.test(value, other === undefined ? invalidPath(operandPath) : other);
    };
  }
  return (resolve) => operator.test(readVariable(resolve), operand);
}
