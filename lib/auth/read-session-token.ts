import type { Session } from './create-session';
import { isSameSecret } from './is-same-secret';
import { signText } from './sign-text';

/** Clock skew tolerated on a session's issue time. */
const MAX_CLOCK_SKEW_MS = 60_000;

/** The session a token carries, or null when it is malformed, signed with another key, or expired. */
export function readSessionToken(token: string | null | undefined, key: string, nowMs: number): Session | null {
  if (!token) return null;
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  if (!isSameSecret(signature, signText(payload, key))) return null;
  let session: unknown;
  try {
    session = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!isSession(session) || session.expiresAtMs <= nowMs || session.issuedAtMs > nowMs + MAX_CLOCK_SKEW_MS) return null;
  return session;
}

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  const operator = s.operator as Record<string, unknown> | null;
  return (
    typeof s.issuedAtMs === 'number' &&
    typeof s.expiresAtMs === 'number' &&
    typeof s.nonce === 'string' &&
    typeof operator === 'object' &&
    operator !== null &&
    typeof operator.id === 'string' &&
    typeof operator.name === 'string' &&
    typeof operator.provider === 'string'
  );
}
