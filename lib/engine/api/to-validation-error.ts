import type { z } from 'zod';
import { SfnApiError } from '@/lib/engine';
import type { SfnErrorParams } from './wire-schemas';

/**
 * AWS's framework messages for a request that breaks the model's constraints:
 * "1 validation error detected: Value '1001' at 'maxResults' failed to satisfy constraint: …".
 * A member of the wrong JSON type is a SerializationException, as on AWS. An operation's own rules
 * (InvalidName…) are refinements carrying the error to answer, checked once the model's constraints hold.
 */
export function toValidationError(error: z.ZodError, body: unknown): SfnApiError {
  const wrongType = error.issues.find((i) => i.code === 'invalid_type' && valueAt(body, i.path) != null);
  if (wrongType && wrongType.code === 'invalid_type') {
    return new SfnApiError('SerializationException', `Value at '${pathOf(wrongType.path)}' must be of type ${wrongType.expected}`);
  }
  const framework = error.issues.filter((i) => !sfnErrorOf(i));
  const own = error.issues.find((i) => sfnErrorOf(i));
  const params = own && sfnErrorOf(own);
  if (framework.length === 0 && own && params) return new SfnApiError(params.sfnError, `${params.prefix}: ${show(valueAt(body, own.path))}`);
  const parts = framework.map((issue) => `Value ${show(valueAt(body, issue.path))} at '${pathOf(issue.path)}' failed to satisfy constraint: ${constraint(issue)}`);
  const n = parts.length;
  return new SfnApiError('ValidationException', `${n} validation error${n === 1 ? '' : 's'} detected: ${parts.join('; ')}`);
}

function constraint(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return 'Member must not be null';
    case 'too_big':
      return issue.origin === 'number' || issue.origin === 'int' ? `Member must have value less than or equal to ${issue.maximum}` : `Member must have length less than or equal to ${issue.maximum}`;
    case 'too_small':
      return issue.origin === 'number' || issue.origin === 'int' ? `Member must have value greater than or equal to ${issue.minimum}` : `Member must have length greater than or equal to ${issue.minimum}`;
    case 'invalid_value':
      return `Member must satisfy enum value set: [${issue.values.map(String).join(', ')}]`;
    case 'invalid_format':
      return issue.format === 'regex' && 'pattern' in issue ? `Member must satisfy regular expression pattern: ${String(issue.pattern)}` : issue.message;
    default:
      return issue.message;
  }
}

function sfnErrorOf(issue: z.core.$ZodIssue): SfnErrorParams | undefined {
  if (issue.code !== 'custom') return undefined;
  const params = issue.params as Partial<SfnErrorParams> | undefined;
  return typeof params?.sfnError === 'string' && typeof params.prefix === 'string' ? (params as SfnErrorParams) : undefined;
}

function valueAt(body: unknown, path: readonly PropertyKey[]): unknown {
  let v = body;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

function show(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `'${text.length > 100 ? `${text.slice(0, 100)}…` : text}'`;
}
