import { signText } from './sign-text';

/**
 * The key sessions are signed with: the server secret bound to the configured credentials, so changing the
 * admin password or token ends every session signed before.
 */
export function getSessionKey(secret: string, credentials: readonly (string | null)[]): string {
  return signText(`statescope/session/v1|${credentials.map((c) => c ?? '').join('\u0000')}`, secret);
}
