import { compareTimestamps, parseTimestamp } from './parse-timestamp';

export type OperandKind = 'string' | 'number' | 'boolean' | 'timestamp' | 'pattern' | 'type-test';

export type ChoiceOperator = {
  kind: OperandKind;
  /** The `*Path` form: the operand is a path to the value to compare with. */
  isPath: boolean;
  /** Applies the operator; a value of the wrong type makes the comparison false, never an error. */
  test: (value: unknown, operand: unknown) => boolean;
};

const ORDERINGS: Record<string, (order: number) => boolean> = {
  Equals: (order) => order === 0,
  LessThan: (order) => order < 0,
  GreaterThan: (order) => order > 0,
  LessThanEquals: (order) => order <= 0,
  GreaterThanEquals: (order) => order >= 0,
};

const isNumber = (value: unknown): value is number => typeof value === 'number';
const isString = (value: unknown): value is string => typeof value === 'string';

function compareStrings(a: string, b: string): number {
  // UTF-16 code-unit order, as Java's String.compareTo.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What each `Is*` operator tests; the rule matches when the test equals the operand (true or false). */
const TYPE_TESTS: Record<string, (value: unknown) => boolean> = {
  IsNull: (value) => value === null,
  IsPresent: (value) => value !== undefined,
  IsNumeric: isNumber,
  IsString: isString,
  IsBoolean: (value) => typeof value === 'boolean',
  IsTimestamp: (value) => isString(value) && parseTimestamp(value) !== null,
};

function buildOperators(): Record<string, ChoiceOperator> {
  const operators: Record<string, ChoiceOperator> = {};
  for (const [suffix, accepts] of Object.entries(ORDERINGS)) {
    const families: Array<[string, OperandKind, (value: unknown, operand: unknown) => number | null]> = [
      ['String', 'string', (a, b) => (isString(a) && isString(b) ? compareStrings(a, b) : null)],
      ['Numeric', 'number', (a, b) => (isNumber(a) && isNumber(b) ? a - b : null)],
      [
        'Timestamp',
        'timestamp',
        (a, b) => {
          const left = isString(a) ? parseTimestamp(a) : null;
          const right = isString(b) ? parseTimestamp(b) : null;
          return left && right ? compareTimestamps(left, right) : null;
        },
      ],
    ];
    for (const [family, kind, compare] of families) {
      const test = (value: unknown, operand: unknown) => {
        const order = compare(value, operand);
        return order !== null && accepts(order);
      };
      operators[`${family}${suffix}`] = { kind, isPath: false, test };
      operators[`${family}${suffix}Path`] = { kind, isPath: true, test };
    }
  }
  const booleanEquals = (value: unknown, operand: unknown) => typeof value === 'boolean' && value === operand;
  operators.BooleanEquals = { kind: 'boolean', isPath: false, test: booleanEquals };
  operators.BooleanEqualsPath = { kind: 'boolean', isPath: true, test: booleanEquals };
  // StringMatches is compiled specially (its pattern is prepared once); this test is the fallback.
  operators.StringMatches = { kind: 'pattern', isPath: false, test: () => false };
  for (const [name, typeTest] of Object.entries(TYPE_TESTS)) {
    operators[name] = { kind: 'type-test', isPath: false, test: (value, operand) => typeTest(value) === operand };
  }
  return operators;
}

/** Every JSONPath Choice comparison operator, by its ASL name. */
export const CHOICE_OPERATORS: Readonly<Record<string, ChoiceOperator>> = buildOperators();
