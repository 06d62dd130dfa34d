import type { Session } from './create-session';
import { signText } from './sign-text';

/** `<payload>.<signature>`, both base64url; the payload is readable but cannot be changed without the key. */
export function toSessionToken(session: Session, key: string): string {
  const payload = Buffer.from(JSON.stringify(session), 'utf8').toString('base64url');
  return `${payload}.${signText(payload, key)}`;
}
