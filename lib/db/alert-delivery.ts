import type { Db } from './client';
import { toStorableText } from './record-audit-entry';

export type AlertDeliveryStatus = 'PENDING' | 'SENDING' | 'DELIVERED' | 'FAILED';

/** One message for the outbox: built once, sent byte for byte on every attempt. */
export type AlertMessageInput = {
  ruleId: number;
  subjectKey: string;
  subjectName: string;
  title: string;
  body: string;
  link: string;
};

export type AlertDelivery = {
  id: number;
  ruleId: number;
  ruleName: string;
  subjectKey: string;
  subjectName: string;
  title: string;
  link: string;
  status: AlertDeliveryStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
};

/** A claimed row, with what sending needs: the channel comes from its rule at send time. */
export type ClaimedAlertDelivery = {
  id: number;
  attempts: number;
  body: string;
  rule: { id: number; name: string; channelKind: string; channelUrl: string; channelSecret: string | null };
};

/**
 * Queues a message unless its rule already queued one about the same subject within `quietMs` (null: ever).
 * The quiet period's clock is claimed with a guarded insert or update, so two dashboards evaluating the same
 * rules at once queue it once; the clock and the outbox row are written in one transaction, so a crash
 * between them loses nothing. Returns the new row's id, or null when it is quiet.
 */
export async function queueAlertDelivery(db: Db, message: AlertMessageInput, options: { now: Date; quietMs: number | null }): Promise<number | null> {
  const subjectKey = toStorableText(message.subjectKey);
  return db.$transaction(async (tx) => {
    // Write first: a SQLite transaction that reads and then writes cannot wait for another writer (it gets
    // "database is locked" at once), one that starts with a write waits its busy timeout like any other.
    const { count } =
      options.quietMs === null
        ? { count: 0 }
        : await tx.alertSubject.updateMany({
            where: { ruleId: message.ruleId, subjectKey, lastQueuedAt: { lte: new Date(options.now.getTime() - options.quietMs) } },
            data: { lastQueuedAt: options.now },
          });
    // Not due again, or never queued: a concurrent or earlier insert of the subject fails on the primary key,
    // which rolls this transaction back (quiet).
    if (count !== 1) await tx.alertSubject.create({ data: { ruleId: message.ruleId, subjectKey, lastQueuedAt: options.now } });
    const row = await tx.alertDelivery.create({
      data: {
        ruleId: message.ruleId,
        subjectKey,
        subjectName: toStorableText(message.subjectName),
        title: toStorableText(message.title),
        body: toStorableText(message.body),
        link: toStorableText(message.link),
        status: 'PENDING',
        nextAttemptAt: options.now,
        createdAt: options.now,
      },
      select: { id: true },
    });
    return row.id;
  }).catch((error: unknown) => {
    if ((error as { code?: string }).code === 'P2002') return null;
    throw error;
  });
}

/**
 * Claims up to `limit` rows that are due (PENDING past nextAttemptAt, or SENDING under a lease that lapsed:
 * its worker died) for `owner`. Each claim is an UPDATE guarded by the state it read, so of two workers on
 * one database only one gets a row; attempts counts the claim.
 */
export async function claimAlertDeliveries(db: Db, options: { owner: string; now: Date; leaseMs: number; limit: number }): Promise<ClaimedAlertDelivery[]> {
  const due = { OR: [{ status: 'PENDING', nextAttemptAt: { lte: options.now } }, { status: 'SENDING', leaseExpiresAt: { lt: options.now } }] };
  const candidates = await db.alertDelivery.findMany({ where: due, orderBy: [{ nextAttemptAt: 'asc' }, { id: 'asc' }], take: options.limit, select: { id: true } });
  const claimed: ClaimedAlertDelivery[] = [];
  for (const { id } of candidates) {
    const { count } = await db.alertDelivery.updateMany({
      where: { id, ...due },
      data: { status: 'SENDING', leaseOwner: options.owner, leaseExpiresAt: new Date(options.now.getTime() + options.leaseMs), attempts: { increment: 1 } },
    });
    if (count !== 1) continue;
    const row = await db.alertDelivery.findUnique({
      where: { id },
      select: { id: true, attempts: true, body: true, rule: { select: { id: true, name: true, channelKind: true, channelUrl: true, channelSecret: true } } },
    });
    if (row) claimed.push(row);
  }
  return claimed;
}

/** Records an attempt's outcome, if `owner` still holds the row: delivered, due again at `retryAt`, or given up. */
export async function finishAlertDelivery(
  db: Db,
  id: number,
  owner: string,
  outcome: { status: 'DELIVERED' | 'PENDING' | 'FAILED'; now: Date; retryAt?: Date; statusCode: number | null; error: string | null },
): Promise<boolean> {
  const { count } = await db.alertDelivery.updateMany({
    where: { id, status: 'SENDING', leaseOwner: owner },
    data: {
      status: outcome.status,
      leaseOwner: null,
      leaseExpiresAt: null,
      lastStatusCode: outcome.statusCode,
      lastError: outcome.error === null ? null : toStorableText(outcome.error.slice(0, 1_000)),
      ...(outcome.status === 'DELIVERED' ? { deliveredAt: outcome.now } : {}),
      ...(outcome.status === 'PENDING' ? { nextAttemptAt: outcome.retryAt ?? outcome.now } : {}),
    },
  });
  return count === 1;
}

/** The newest outbox rows, for the Alerts page (bodies left out). */
export async function listAlertDeliveries(db: Db, options: { limit: number; ruleId?: number }): Promise<AlertDelivery[]> {
  const rows = await db.alertDelivery.findMany({
    where: options.ruleId === undefined ? {} : { ruleId: options.ruleId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: options.limit,
    omit: { body: true },
    include: { rule: { select: { name: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    ruleId: row.ruleId,
    ruleName: row.rule.name,
    subjectKey: row.subjectKey,
    subjectName: row.subjectName,
    title: row.title,
    link: row.link,
    status: row.status as AlertDeliveryStatus,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    createdAt: row.createdAt,
    deliveredAt: row.deliveredAt,
  }));
}
