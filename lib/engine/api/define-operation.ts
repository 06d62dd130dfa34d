import type { z } from 'zod';
import { SfnApiError } from '@/lib/engine';
import { findLoneSurrogate, type LoneSurrogate } from './find-lone-surrogate';
import { toValidationError } from './to-validation-error';

/** One SFN operation: takes the decoded JSON body, answers the result before wire conversion. */
export type SfnOperation = (body: unknown) => Promise<unknown>;

/**
 * Members whose text is refused with their own error when it is not valid Unicode (AWS answers these
 * errors for input, output and definitions it cannot read); any other member is a ValidationException.
 */
const NOT_UNICODE: Record<string, { error: string; prefix: string }> = {
  input: { error: 'InvalidExecutionInput', prefix: 'Invalid State Machine Execution Input' },
  output: { error: 'InvalidOutput', prefix: 'Invalid Output' },
  definition: { error: 'InvalidDefinition', prefix: 'Invalid State Machine Definition' },
};

/** Validates the body against the operation's request shape (zod at the boundary), then runs it. */
export function defineOperation<S extends z.ZodType>(schema: S, run: (input: z.output<S>) => unknown): SfnOperation {
  return async (body) => {
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw toValidationError(parsed.error, body);
    const lone = findLoneSurrogate(parsed.data);
    if (lone) throw toUnicodeError(lone);
    return run(parsed.data);
  };
}

function toUnicodeError({ path, index }: LoneSurrogate): SfnApiError {
  const reason = `a lone UTF-16 surrogate at character ${index} is not valid Unicode`;
  const own = path.length === 1 ? NOT_UNICODE[String(path[0])] : undefined;
  if (own) return new SfnApiError(own.error, `${own.prefix}: '${reason}'`);
  return new SfnApiError('ValidationException', `1 validation error detected: Value at '${path.join('.')}' failed to satisfy constraint: Member must be valid Unicode (${reason})`);
}
