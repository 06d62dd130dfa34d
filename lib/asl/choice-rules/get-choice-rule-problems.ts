import { CHOICE_OPERATORS } from './choice-operators';
import { parseTimestamp } from './parse-timestamp';

/** Fields a Choice rule may carry besides its condition (Next, Assign and Output belong to the top rule). */
const RULE_FIELDS = new Set(['Variable', 'Next', 'Comment', 'Assign', 'Output']);
const BOOLEAN_COMBINATORS = ['And', 'Or', 'Not'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPath(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('$');
}

/** Edit distance, to suggest the operator a typo meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

function suggest(name: string): string {
  const best = Object.keys(CHOICE_OPERATORS)
    .map((operator) => [operator, distance(name, operator)] as const)
    .sort((a, b) => a[1] - b[1])[0];
  return best && best[1] <= 3 ? ` (did you mean '${best[0]}'?)` : '';
}

/**
 * What is wrong with a JSONPath Choice rule, one sentence per problem; empty when it is valid.
 * `at` names the rule in the messages, e.g. `Choices[0].And[1]`.
 */
export function getChoiceRuleProblems(rule: unknown, at = 'Choice rule'): string[] {
  if (!isRecord(rule)) return [`${at} must be an object.`];
  if ('Condition' in rule) {
    return [`${at} uses 'Condition', which belongs to JSONata Choice states; a JSONPath rule needs 'Variable' and an operator, or And/Or/Not.`];
  }
  const keys = Object.keys(rule).filter((key) => !RULE_FIELDS.has(key));
  const combinators = keys.filter((key) => BOOLEAN_COMBINATORS.includes(key));
  const operators = keys.filter((key) => key in CHOICE_OPERATORS);
  const unknown = keys.filter((key) => !combinators.includes(key) && !operators.includes(key));
  const problems = unknown.map((key) => `${at} has an unknown field '${key}'${suggest(key)}.`);

  if (combinators.length + operators.length === 0) {
    if (unknown.length === 0) problems.push(`${at} needs a comparison operator (e.g. 'StringEquals') or And/Or/Not.`);
    return problems;
  }
  if (combinators.length + operators.length > 1) {
    problems.push(`${at} must have exactly one of And, Or, Not or a comparison operator, but has ${[...combinators, ...operators].join(', ')}.`);
    return problems;
  }

  if (combinators.length === 1) {
    const [name] = combinators;
    const operand = rule[name];
    if ('Variable' in rule) problems.push(`${at} has 'Variable' next to '${name}'; put it in the nested rules.`);
    if (name === 'Not') return [...problems, ...getChoiceRuleProblems(operand, `${at}.Not`)];
    if (!Array.isArray(operand) || operand.length === 0) return [...problems, `${at}.${name} must be a non-empty array of rules.`];
    return [...problems, ...operand.flatMap((nested, index) => getChoiceRuleProblems(nested, `${at}.${name}[${index}]`))];
  }

  const [name] = operators;
  const operator = CHOICE_OPERATORS[name];
  const operand = rule[name];
  if (!('Variable' in rule)) problems.push(`${at} uses '${name}' but has no 'Variable' to compare.`);
  else if (!isPath(rule.Variable)) problems.push(`${at}.Variable must be a path starting with '$', but is ${JSON.stringify(rule.Variable)}.`);

  if (operator.isPath) {
    if (!isPath(operand)) problems.push(`${at}.${name} must be a path starting with '$', but is ${JSON.stringify(operand)}.`);
  } else if ((operator.kind === 'string' || operator.kind === 'pattern') && typeof operand !== 'string') {
    problems.push(`${at}.${name} must be a string, but is ${JSON.stringify(operand)}.`);
  } else if (operator.kind === 'number' && typeof operand !== 'number') {
    problems.push(`${at}.${name} must be a number, but is ${JSON.stringify(operand)}.`);
  } else if ((operator.kind === 'boolean' || operator.kind === 'type-test') && typeof operand !== 'boolean') {
    problems.push(`${at}.${name} must be true or false, but is ${JSON.stringify(operand)}.`);
  } else if (operator.kind === 'timestamp' && (typeof operand !== 'string' || parseTimestamp(operand) === null)) {
    problems.push(`${at}.${name} must be an ISO-8601 timestamp with an offset (e.g. 2016-03-14T01:59:00Z), but is ${JSON.stringify(operand)}.`);
  }
  return problems;
}
