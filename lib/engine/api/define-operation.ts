import type { z } from 'zod';
import { toValidationError } from './to-validation-error';

/** One SFN operation: takes the decoded JSON body, answers the result before wire conversion. */
export type SfnOperation = (body: unknown) => Promise<unknown>;

/** Validates the body against the operation's request shape (zod at the boundary), then runs it. */
export function defineOperation<S extends z.ZodType>(schema: S, run: (input: z.output<S>) => unknown): SfnOperation {
  return async (body) => {
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw toValidationError(parsed.error, body);
    return run(parsed.data);
  };
}
