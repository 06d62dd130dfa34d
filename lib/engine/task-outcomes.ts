import { StatesError } from '@/lib/asl';
import { LambdaFunctionError } from './errors';
import type { Execution } from './execution';
import type { Thread } from './execution-types';
import { detailText, type StoredEvent } from './history';
import { DeferredCauseError, PropagatedError } from './propagated-error';
import type { MockedResponse } from './types';

// A task's outcome as events record it and as the interpreter sees it again (replay, mocks).

export function details(e: StatesError): Record<string, unknown> {
  const d: Record<string, unknown> = {};
  if (e.error) d.error = e.error;
  if (e instanceof DeferredCauseError) d.cause = e.causeText;
  else if (e.cause) d.cause = e.cause;
  return d;
}

/** A recorded result (`output` JSON text in the event's details), as the value it stood for. */
export function recordedOutput(event: StoredEvent): unknown {
  const output = (event.details as { output?: unknown } | undefined)?.output;
  return JSON.parse(detailText(output) ?? 'null') as unknown;
}

export function recordedError(event: StoredEvent): PropagatedError {
  const d = (event.details ?? {}) as { error?: unknown; cause?: unknown };
  return new PropagatedError(typeof d.error === 'string' ? d.error : '', detailText(d.cause) ?? '', true);
}

export function toTaskError(err: unknown): PropagatedError {
  if (err instanceof StatesError) return new PropagatedError(err.error, err.cause, true);
  if (err instanceof LambdaFunctionError) return new PropagatedError(err.errorType, err.errorMessage, true);
  const e = err instanceof Error ? err : new Error(String(err));
  return new PropagatedError(e.name || 'Error', e.message, true);
}

export function fromMock(mock: MockedResponse): unknown {
  if (mock.Throw) throw new PropagatedError(mock.Throw.Error ?? '', mock.Throw.Cause ?? '', true);
  return mock.Return;
}

/**
 * Replay: the recorded result of a task already waiting (value), or its recorded failure (thrown);
 * undefined when the record stops here and the wait goes on live. A thread the record shows aborted
 * waits for that abort.
 */
export function replayedOutcome(exec: Execution, thread: Thread, success: string, failures: string[]): { value: unknown } | undefined {
  if (!exec.replaying) return undefined;
  const next = exec.replayNext(thread);
  if (next === 'live') return undefined;
  if (next === 'hang') return { value: exec.hang(thread) };
  if (next.type === success) return { value: recordedOutput(next) };
  if (failures.includes(next.type)) throw recordedError(next);
  return { value: exec.hang(thread) };
}
