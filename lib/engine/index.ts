// The local Step Functions engine: an ASL interpreter writing AWS-format histories, on injected clock, ids and storage.
export { createEngine, type Engine, type EngineOptions, type DescribeExecutionOutput } from './engine';
export { realClock, type Clock } from './clock';
export { createVirtualClock, type VirtualClock } from './virtual-clock';
export { defaultIdGenerator, createSequentialIdGenerator, type IdGenerator } from './id-generator';
export {
  createMemoryStorage,
  type EngineStorage,
  type HistoryLog,
  type StoredExecution,
  type StoredStateMachine,
  type StoredActivity,
  type StoredRevision,
  type StoredTaskToken,
  type TaskTokenOutcome,
} from './storage';
export { toHistoryEvent, toWireHistoryEvent, type StoredEvent } from './history';
export { SfnApiError, LambdaFunctionError } from './errors';
export { PropagatedError } from './propagated-error';
export * from './limits';
export type { TaskHandler, TaskContext, MockConfig, MockedResponse } from './types';
export {
  createDurableStorage,
  type DurableStorage,
  type DurableStorageOptions,
  type EngineStore,
  type EngineStoreBatch,
  type EngineStoreSnapshot,
  type EngineEventRow,
  type EngineTaskTokenRow,
} from './create-durable-storage';
