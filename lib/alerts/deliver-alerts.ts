import { randomUUID } from 'node:crypto';
import { claimAlertDeliveries, finishAlertDelivery, type Db } from '@/lib/db';
import { getRetryDelayMs, MAX_ALERT_ATTEMPTS } from './get-retry-delay';
import { sendAlert } from './send-alert';

export type DeliverResult = { attempted: number; delivered: number; retrying: number; failed: number };

/** A claimed row is ours this long; a worker that dies mid-send leaves it to be claimed again after. */
const LEASE_MS = 60_000;
const BATCH = 50;

/**
 * Sends every due outbox row once: claim (a guarded update, so two dashboards never both send a row), POST,
 * record. A failed attempt is due again after an exponential, jittered delay, until MAX_ALERT_ATTEMPTS;
 * a crash after sending and before recording sends it again (at least once: receivers deduplicate on the id).
 */
export async function deliverAlerts(db: Db, options: { now?: () => Date; owner?: string; random?: () => number } = {}): Promise<DeliverResult> {
  const clock = options.now ?? (() => new Date());
  const owner = options.owner ?? `alerts-${randomUUID()}`;
  const random = options.random ?? Math.random;
  const result: DeliverResult = { attempted: 0, delivered: 0, retrying: 0, failed: 0 };
  for (;;) {
    const claimed = await claimAlertDeliveries(db, { owner, now: clock(), leaseMs: LEASE_MS, limit: BATCH });
    if (claimed.length === 0) return result;
    for (const row of claimed) {
      result.attempted++;
      const now = clock();
      const outcome = await sendAlert({ url: row.rule.channelUrl, secret: row.rule.channelKind === 'webhook' ? row.rule.channelSecret : null, deliveryId: row.id }, row.body, now);
      const finishedAt = clock();
      if (outcome.ok) {
        result.delivered++;
        await finishAlertDelivery(db, row.id, owner, { status: 'DELIVERED', now: finishedAt, statusCode: outcome.statusCode, error: null });
      } else if (outcome.retryable && row.attempts < MAX_ALERT_ATTEMPTS) {
        result.retrying++;
        const retryAt = new Date(finishedAt.getTime() + getRetryDelayMs(row.attempts, random()));
        await finishAlertDelivery(db, row.id, owner, { status: 'PENDING', now: finishedAt, retryAt, statusCode: outcome.statusCode, error: outcome.error });
      } else {
        result.failed++;
        const error = outcome.retryable ? `${outcome.error} (gave up after ${row.attempts} attempts)` : outcome.error;
        await finishAlertDelivery(db, row.id, owner, { status: 'FAILED', now: finishedAt, statusCode: outcome.statusCode, error });
      }
    }
    // Rows retried in this pass are due later, so the loop ends; a batch of BATCH may leave more to claim.
    if (claimed.length < BATCH) return result;
  }
}
