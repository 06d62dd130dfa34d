import { createHmac } from 'node:crypto';

/** The header receivers verify: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` (as Stripe signs). */
export const ALERT_SIGNATURE_HEADER = 'Statescope-Signature';

/** Signs the raw body with the rule's secret at `now`; the timestamp lets a receiver refuse replays. */
export function signAlertBody(body: string, secret: string, now: Date): string {
  const timestamp = Math.floor(now.getTime() / 1_000);
  const signature = createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
  return `t=${timestamp},v1=${signature}`;
}
