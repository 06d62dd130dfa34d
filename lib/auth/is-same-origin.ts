import type { AuthRequest } from './identity-provider';

/**
 * CSRF check for state-changing requests: the browser's Origin (or, lacking it, the Referer) must name this
 * very host. A request with neither is refused: every browser sends Origin on a cross-site POST.
 */
export function isSameOrigin(request: AuthRequest): boolean {
  const host = request.header('x-forwarded-host')?.split(',')[0]?.trim() || request.header('host');
  if (!host) return false;
  const claimed = request.header('origin') ?? request.header('referer');
  if (!claimed || claimed === 'null') return false;
  try {
    return new URL(claimed).host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}
