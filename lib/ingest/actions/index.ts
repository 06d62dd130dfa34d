export * from './execution-action';
export * from './get-action-rate-limits';
export * from './run-execution-actions';
export * from './perform-execution-action';
