export type UploadLimits = {
  /** Largest request body read from a signed-in operator (STATESCOPE_MAX_UPLOAD_MB). */
  maxUploadBytes: number;
  /** Bodies over anonymousBodyBytes read at once, all clients together (STATESCOPE_MAX_CONCURRENT_UPLOADS). */
  maxConcurrentUploads: number;
  /** Largest body read from a request with no session or token: enough for the sign-in form. */
  anonymousBodyBytes: number;
};

/** A 25,000-event history with payloads runs to tens of megabytes. */
export const DEFAULT_MAX_UPLOAD_MB = 100;
export const DEFAULT_MAX_CONCURRENT_UPLOADS = 2;
export const ANONYMOUS_BODY_BYTES = 1_048_576;

export function getUploadLimits(env: Record<string, string | undefined>): UploadLimits {
  const megabytes = positive(env.STATESCOPE_MAX_UPLOAD_MB) ?? DEFAULT_MAX_UPLOAD_MB;
  return {
    maxUploadBytes: Math.round(megabytes * 1_048_576),
    maxConcurrentUploads: Math.floor(positive(env.STATESCOPE_MAX_CONCURRENT_UPLOADS) ?? DEFAULT_MAX_CONCURRENT_UPLOADS) || 1,
    anonymousBodyBytes: ANONYMOUS_BODY_BYTES,
  };
}

function positive(value: string | undefined): number | null {
  const number = Number(value);
  return value !== undefined && value.trim() !== '' && Number.isFinite(number) && number > 0 ? number : null;
}
