import { StatesError } from '@/lib/asl';

/**
 * An SFN API error (ExecutionDoesNotExist, InvalidDefinition, TaskDoesNotExist…): `name` is the
 * model's error shape name so the HTTP layer can answer with the right `__type`.
 */
export class SfnApiError extends Error {
  constructor(
    name: string,
    message: string,
  ) {
    super(message);
    this.name = name;
  }
}

/** Errors Retry may not retry and `States.ALL` may not catch. */
const TERMINAL = new Set(['States.Runtime', 'States.DataLimitExceeded']);

export function isTerminalError(error: string): boolean {
  return TERMINAL.has(error);
}

/** A Lambda function's own failure: reaches Step Functions as `errorType` with a JSON cause. */
export class LambdaFunctionError extends Error {
  constructor(
    readonly errorType: string,
    readonly errorMessage: string,
    readonly stackTrace: string[] = [],
  ) {
    super(errorMessage);
    this.name = errorType;
  }
}

/** The execution was stopped or timed out from outside; unwinds running states without events. */
export class ExecutionInterrupted extends Error {
  constructor(readonly reason: 'aborted' | 'timed-out' | 'sibling-failed' | 'history-limit') {
    super(reason);
    this.name = 'ExecutionInterrupted';
  }
}

/** Normalises anything thrown inside a state into the ASL error it stands for. */
export function toStatesError(err: unknown): StatesError {
  if (err instanceof StatesError) return err;
  if (err instanceof LambdaFunctionError) return new StatesError(err.errorType, err.errorMessage);
  if (err instanceof Error) return new StatesError(err.name || 'Error', err.message);
  return new StatesError('States.Runtime', String(err));
}
