/**
 * A runtime error as ASL names it (`States.Runtime`, `States.IntrinsicFailure`, a Lambda's own error type…).
 * `name` is the ASL error so Retry/Catch `ErrorEquals` can match it; `cause` is the text AWS reports.
 */
export class StatesError extends Error {
  constructor(
    readonly error: string,
    readonly cause: string,
  ) {
    super(cause);
    this.name = error;
  }
}
