import { ALERT_SIGNATURE_HEADER, signAlertBody } from './sign-alert-body';

export type SendOutcome = { ok: true; statusCode: number } | { ok: false; retryable: boolean; statusCode: number | null; error: string };

/** A receiver gets this long to answer. */
const SEND_TIMEOUT_MS = 10_000;

/**
 * POSTs one message. 2xx is delivered; 408, 429 and 5xx and network errors are retried; any other answer
 * (a 4xx: the receiver refuses this message) is not. Redirects are not followed, so an operator-set URL
 * cannot bounce the request elsewhere. Errors never quote the URL (a Slack webhook URL is its secret).
 */
export async function sendAlert(target: { url: string; secret: string | null; deliveryId: number }, body: string, now: Date): Promise<SendOutcome> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'User-Agent': 'Statescope-Alerts', 'Statescope-Delivery': String(target.deliveryId) };
  if (target.secret) headers[ALERT_SIGNATURE_HEADER] = signAlertBody(body, target.secret, now);
  let response: Response;
  try {
    response = await fetch(target.url, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(SEND_TIMEOUT_MS) });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${SEND_TIMEOUT_MS / 1_000} s` : (cause?.code ?? cause?.message ?? (error as Error).message);
    return { ok: false, retryable: true, statusCode: null, error: `Could not reach the receiver: ${reason}` };
  }
  // Only the first few hundred bytes of an error page are kept; the rest is never read.
  const excerpt = response.ok ? '' : await readExcerpt(response);
  if (response.ok) await response.body?.cancel().catch(() => undefined);
  if (response.status >= 200 && response.status < 300) return { ok: true, statusCode: response.status };
  const retryable = response.status === 408 || response.status === 429 || response.status >= 500;
  const what = response.status >= 300 && response.status < 400 ? 'redirected (not followed)' : `answered HTTP ${response.status}`;
  return { ok: false, retryable, statusCode: response.status, error: `The receiver ${what}${excerpt ? `: ${excerpt}` : ''}` };
}

async function readExcerpt(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  try {
    const { value } = await reader.read();
    return new TextDecoder().decode(value?.slice(0, 300) ?? new Uint8Array()).replace(/\s+/g, ' ').trim();
  } catch {
    return '';
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
