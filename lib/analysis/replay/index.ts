// Replay of one execution from its history: the model (lanes, visits, attempts) and pure views of it for the page.
export * from './replay-types';
export * from './get-replay-definition';
export * from './replay-execution';
export * from './get-replay-frame';
export * from './get-replay-position';
export * from './get-replay-timeline-rows';
export * from './get-choice-rule-label';
export * from './get-replay-graph';
export * from './get-replay-data-event-ids';
export * from './get-replay-state-data';
export * from './to-replay-text';
