import { isSameSecret } from './is-same-secret';
import { signText } from './sign-text';

/**
 * The token a page hands to its scripts for route-handler calls, sent back in `x-csrf-token`. `subject`
 * ties it to one session (its nonce) or one proxy-identified operator, so another user's token is useless.
 */
export function getCsrfToken(subject: string, key: string): string {
  return signText(`csrf|${subject}`, key);
}

export function isCsrfTokenValid(token: string | null | undefined, subject: string, key: string): boolean {
  return typeof token === 'string' && token.length > 0 && isSameSecret(token, getCsrfToken(subject, key));
}
