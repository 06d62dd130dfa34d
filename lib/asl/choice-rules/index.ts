export { compileChoiceRule, type CompiledChoiceRule } from './compile-choice-rule';
export { getChoiceRuleProblems } from './get-choice-rule-problems';
export { CHOICE_OPERATORS, type ChoiceOperator } from './choice-operators';
export { parseTimestamp, compareTimestamps, type Timestamp } from './parse-timestamp';
