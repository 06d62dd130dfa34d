/** HTTP status of each dashboard error code: one table, so routes and pages answer alike. */
export const APP_ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable_entity: 422,
  rate_limited: 429,
  internal_server_error: 500,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

/** An expected failure with a code the UI and API can act on; anything else is a bug (500). */
export class AppError extends Error {
  readonly code: AppErrorCode;

  constructor({ code, message }: { code: AppErrorCode; message: string }) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }

  get status(): number {
    return APP_ERROR_STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
