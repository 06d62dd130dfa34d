export * from './history-event';
export * from './execution';
