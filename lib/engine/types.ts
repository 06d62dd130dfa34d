import type { Clock } from './clock';

export { Payload } from './payload';

export type MaybePromise<T> = T | Promise<T>;

/** What a local task handler receives besides its input. */
export type TaskContext = {
  resource: string;
  stateName: string;
  executionArn: string;
  taskToken: string | undefined;
  /** 0 for the first attempt, then 1, 2… across retries. */
  attempt: number;
  signal: AbortSignal;
  clock: Clock;
};

/**
 * A local implementation of a task: a Lambda function (registered by name or ARN), or any resource
 * ARN. Return the result (or a promise of it); throw `LambdaFunctionError` for a Lambda-style failure
 * or `StatesError` for a named error with a cause.
 */
export type TaskHandler = (input: unknown, context: TaskContext) => unknown;

/** AWS Step Functions Local mock config (MockConfigFile.json). */
export type MockConfig = {
  StateMachines?: Record<string, { TestCases?: Record<string, Record<string, string>> }>;
  MockedResponses?: Record<string, Record<string, MockedResponse>>;
};

export type MockedResponse = { Return?: unknown; Throw?: { Error?: string; Cause?: string } };
