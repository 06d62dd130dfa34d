import type { AuthRequest } from './identity-provider';

/** What a write that fails the check is told, wherever it is refused. */
export const CROSS_SITE_MESSAGE = 'Refused: the request did not come from a Statescope page (Origin check).';

/**
 * CSRF check for state-changing requests: the browser's Origin (or, lacking it, the Referer) must name
 * `host`, the host the client asked for as resolved from the socket and trusted proxies (never a forwarded
 * header a client could set itself). A request with neither is refused: every browser sends Origin on a
 * cross-site POST.
 */
export function isSameOrigin(request: AuthRequest, host: string | null): boolean {
  if (!host) return false;
  const claimed = request.header('origin') ?? request.header('referer');
  if (!claimed || claimed === 'null') return false;
  try {
    return new URL(claimed).host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}
