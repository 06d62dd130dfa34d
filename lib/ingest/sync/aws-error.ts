/**
 * Error codes the SDKs treat as throttling (ThrottlingException is Step Functions' own, unmodelled, HTTP 400:
 * quotas.md §4 and §6; KmsThrottlingException when KMS throttles a call made for us).
 */
const THROTTLING_CODES = new Set([
  'ThrottlingException',
  'Throttling',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'LimitExceededException',
  'KmsThrottlingException',
  'SlowDown',
]);
/** Failures that say nothing about the request itself: worth another try after a pause. */
const TRANSIENT_CODES = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException', 'ServiceUnavailable', 'InternalServerError', 'InternalFailure']);
const TRANSIENT_NETWORK_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'UND_ERR_SOCKET']);

type ErrorShape = { name?: unknown; code?: unknown; message?: unknown; $metadata?: { httpStatusCode?: number }; cause?: unknown };

export function getAwsErrorName(error: unknown): string {
  const shape = (error ?? {}) as ErrorShape;
  if (typeof shape.name === 'string' && shape.name !== 'Error') return shape.name;
  if (typeof shape.code === 'string') return shape.code;
  return 'Error';
}

export function isThrottlingError(error: unknown): boolean {
  return THROTTLING_CODES.has(getAwsErrorName(error)) || (error as ErrorShape | null)?.$metadata?.httpStatusCode === 429;
}

/** Throttling, 5xx answers, timeouts and dropped connections; never AccessDenied, validation or not-found. */
export function isRetryableError(error: unknown): boolean {
  if (isThrottlingError(error)) return true;
  if (TRANSIENT_CODES.has(getAwsErrorName(error))) return true;
  const status = (error as ErrorShape | null)?.$metadata?.httpStatusCode;
  if (typeof status === 'number' && status >= 500) return true;
  return TRANSIENT_NETWORK_CODES.has(getNetworkCode(error) ?? '');
}

/** "AccessDeniedException: User … is not authorized to perform states:ListStateMachines", for the user. */
export function describeAwsError(error: unknown): string {
  const name = getAwsErrorName(error);
  if (name === 'ZodError') return `The source sent an answer Statescope does not understand: ${firstZodIssue(error)}`;
  const networkCode = getNetworkCode(error);
  if (networkCode === 'ECONNREFUSED') return `Could not connect (${networkCode}): nothing answers at that endpoint.`;
  if (networkCode === 'ENOTFOUND') return `Could not connect (${networkCode}): the endpoint's host name does not resolve.`;
  const message = error instanceof Error || typeof (error as ErrorShape | null)?.message === 'string' ? String((error as ErrorShape).message) : String(error);
  if (!message || message === name || message === 'UnknownError') return name;
  return name === 'Error' ? message : `${name}: ${message}`;
}

function getNetworkCode(error: unknown): string | undefined {
  for (let current = error as ErrorShape | undefined, depth = 0; current && depth < 4; current = current.cause as ErrorShape | undefined, depth++) {
    if (typeof current.code === 'string' && /^E[A-Z]+$|^UND_ERR/.test(current.code)) return current.code;
    const errors = (current as { errors?: unknown }).errors;
    if (Array.isArray(errors)) {
      const code = errors.map((inner) => (inner as ErrorShape).code).find((c) => typeof c === 'string');
      if (typeof code === 'string') return code;
    }
  }
  return undefined;
}

function firstZodIssue(error: unknown): string {
  const issue = (error as { issues?: { path?: PropertyKey[]; message?: string }[] }).issues?.[0];
  if (!issue) return 'malformed response';
  const path = (issue.path ?? []).map(String).join('.');
  return path ? `${path}: ${issue.message}` : (issue.message ?? 'malformed response');
}
