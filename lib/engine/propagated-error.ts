import { StatesError } from '@/lib/asl';
import { Payload } from './payload';

/**
 * An error already worded as AWS reports it (a task's failure, a Fail state, a failed branch): it is
 * passed on unchanged, without the "An error occurred while executing the state…" prefix.
 */
export class PropagatedError extends StatesError {
  readonly fromTask: boolean;

  constructor(error: string, cause: string, fromTask = false) {
    // Its stack is the engine's, never shown (a handler's own error keeps its stack): capturing it cost
    // a retried Task attempt a tenth of its time.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super(error, cause);
    } finally {
      Error.stackTraceLimit = limit;
    }
    this.fromTask = fromTask;
  }
}

/**
 * A task error whose cause is costly to word: a local handler's stack trace, formatted through source
 * maps, costs more than the rest of a retried attempt. The cause is built on first read; a history keeps
 * it as `causeText` (a payload composed on read), so an attempt that is retried and never looked at
 * never formats its trace.
 */
export class DeferredCauseError extends PropagatedError {
  readonly causeText: Payload;

  constructor(error: string, compose: () => string) {
    super(error, '', true);
    const causeText = new Payload(undefined, undefined, compose);
    this.causeText = causeText;
    const read = { get: () => causeText.text, enumerable: true, configurable: true };
    Object.defineProperty(this, 'cause', read);
    Object.defineProperty(this, 'message', { ...read, enumerable: false });
  }
}
