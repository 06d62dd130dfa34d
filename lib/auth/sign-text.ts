import { createHmac } from 'node:crypto';

/** HMAC-SHA256 of `text` under `key`, base64url. */
export function signText(text: string, key: string): string {
  return createHmac('sha256', key).update(text).digest('base64url');
}
