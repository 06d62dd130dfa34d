export * from './history-event';
export * from './execution';
export * from './execution-summary';
export * from './execution-query';
export * from './state-machine-summary';
export * from './known-history-event-types';
