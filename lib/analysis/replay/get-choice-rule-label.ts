/** Longest label drawn on a Choice edge. */
const MAX_LABEL_CHARS = 40;

const SYMBOLS: Record<string, string> = {
  StringEquals: '==',
  NumericEquals: '==',
  BooleanEquals: '==',
  TimestampEquals: '==',
  StringLessThan: '<',
  NumericLessThan: '<',
  TimestampLessThan: '<',
  StringGreaterThan: '>',
  NumericGreaterThan: '>',
  TimestampGreaterThan: '>',
  StringLessThanEquals: '<=',
  NumericLessThanEquals: '<=',
  TimestampLessThanEquals: '<=',
  StringGreaterThanEquals: '>=',
  NumericGreaterThanEquals: '>=',
  TimestampGreaterThanEquals: '>=',
  StringMatches: 'matches',
};

const TYPE_TESTS: Record<string, string> = {
  IsNull: 'null',
  IsString: 'a string',
  IsNumeric: 'a number',
  IsBoolean: 'a boolean',
  IsTimestamp: 'a timestamp',
};

/** A Choice rule as short text for its edge: `$.qty > 5`, `not($.ok == true)`, a JSONata condition. */
export function getChoiceRuleLabel(rule: unknown): string {
  const text = describe(rule);
  return text.length > MAX_LABEL_CHARS ? `${text.slice(0, MAX_LABEL_CHARS - 1)}…` : text;
}

function describe(rule: unknown): string {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) return '?';
  const r = rule as Record<string, unknown>;
  if (typeof r.Condition === 'string') return r.Condition.replace(/^\s*\{%\s*/, '').replace(/\s*%\}\s*$/, '');
  if (typeof r.Condition === 'boolean') return String(r.Condition);
  if (Array.isArray(r.And)) return r.And.map((nested) => `(${describe(nested)})`).join(' and ');
  if (Array.isArray(r.Or)) return r.Or.map((nested) => `(${describe(nested)})`).join(' or ');
  if (r.Not !== undefined) return `not(${describe(r.Not)})`;
  const variable = typeof r.Variable === 'string' ? r.Variable : '?';
  for (const [key, value] of Object.entries(r)) {
    if (key === 'Variable' || key === 'Next' || key === 'Comment' || key === 'Assign' || key === 'Output') continue;
    if (key === 'IsPresent') return `${variable} ${value === false ? 'absent' : 'present'}`;
    if (TYPE_TESTS[key]) return `${variable} is ${value === false ? 'not ' : ''}${TYPE_TESTS[key]}`;
    const isPath = key.endsWith('Path');
    const symbol = SYMBOLS[isPath ? key.slice(0, -4) : key];
    if (symbol) return `${variable} ${symbol} ${isPath ? String(value) : JSON.stringify(value)}`;
  }
  return variable;
}
