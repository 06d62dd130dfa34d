import { StatesError } from '@/lib/asl';

/**
 * An error already worded as AWS reports it (a task's failure, a Fail state, a failed branch): it is
 * passed on unchanged, without the "An error occurred while executing the state…" prefix.
 */
export class PropagatedError extends StatesError {
  constructor(
    error: string,
    cause: string,
    readonly fromTask = false,
  ) {
    super(error, cause);
  }
}
