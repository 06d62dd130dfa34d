import { randomBytes } from 'node:crypto';
import type { Operator } from './operator';

/** A signed-in operator's session, carried in an HttpOnly cookie and verified by its HMAC on every request. */
export type Session = {
  operator: Operator;
  issuedAtMs: number;
  expiresAtMs: number;
  /** Random per session: the CSRF token is derived from it. */
  nonce: string;
};

export function createSession(operator: Operator, { nowMs, ttlMs }: { nowMs: number; ttlMs: number }): Session {
  return { operator, issuedAtMs: nowMs, expiresAtMs: nowMs + ttlMs, nonce: randomBytes(16).toString('base64url') };
}
