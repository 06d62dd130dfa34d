/** Wrong guesses a client may make before it has to wait. */
export const FREE_SIGN_IN_FAILURES = 3;
/** The first wait; each further wrong guess doubles it, up to the cap. */
export const SIGN_IN_BACKOFF_BASE_MS = 1_000;
export const SIGN_IN_BACKOFF_MAX_MS = 5 * 60_000;
/** A client's failures are forgotten after this long without one. */
export const SIGN_IN_FAILURE_MEMORY_MS = 60 * 60_000;
/** Clients remembered at once; the longest-quiet are forgotten first, so a flood of addresses cannot grow it. */
export const MAX_THROTTLED_CLIENTS = 10_000;

export type SignInVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

export type SignInThrottle = {
  /** Whether `client` may try now. */
  check(client: string, nowMs: number): SignInVerdict;
  recordFailure(client: string, nowMs: number): void;
  recordSuccess(client: string): void;
};

/**
 * Per-client exponential back-off for sign-in: a few free guesses, then 1 s, 2 s, 4 s… up to 5 min between
 * tries. Keyed by the client's resolved address, so one client guessing never locks another out (there is
 * no global lock-out), and waiting is the only thing that lets a client try again.
 */
export function createSignInThrottle(): SignInThrottle {
  const clients = new Map<string, { failures: number; lastFailureMs: number }>();
  const waitFor = (failures: number) =>
    failures < FREE_SIGN_IN_FAILURES ? 0 : Math.min(SIGN_IN_BACKOFF_MAX_MS, SIGN_IN_BACKOFF_BASE_MS * 2 ** (failures - FREE_SIGN_IN_FAILURES));
  const current = (client: string, nowMs: number) => {
    const entry = clients.get(client);
    if (entry && nowMs - entry.lastFailureMs > SIGN_IN_FAILURE_MEMORY_MS) {
      clients.delete(client);
      return undefined;
    }
    return entry;
  };
  return {
    check(client, nowMs) {
      const entry = current(client, nowMs);
      if (!entry) return { allowed: true };
      const readyAtMs = entry.lastFailureMs + waitFor(entry.failures);
      return nowMs >= readyAtMs ? { allowed: true } : { allowed: false, retryAfterMs: readyAtMs - nowMs };
    },
    recordFailure(client, nowMs) {
      const failures = (current(client, nowMs)?.failures ?? 0) + 1;
      // Re-inserting keeps the Map in order of last failure, so the first key is the longest quiet.
      clients.delete(client);
      clients.set(client, { failures, lastFailureMs: nowMs });
      while (clients.size > MAX_THROTTLED_CLIENTS) clients.delete(clients.keys().next().value as string);
    },
    recordSuccess(client) {
      clients.delete(client);
    },
  };
}
