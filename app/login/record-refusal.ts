import { getDb, recordAuditEntry, updateAuditEntry } from '@/lib/db';

/** Refused attempts are tallied per window: one audit entry per action, reason and client in each. */
const WINDOW_MS = 10 * 60_000;
/** Distinct clients tallied apart per action and reason in a window; the rest share one "many clients" entry. */
const MAX_CLIENTS_PER_REASON = 50;
/** A growing tally is rewritten at most this often. */
const REWRITE_EVERY_MS = 5_000;

export type Refusal = {
  /** The mutation refused (its name in app/mutations.ts, or sign-in). */
  action: string;
  /** unauthorized | forbidden | read-only | cross-site | csrf | wrong-secret | throttled … */
  reason: string;
  message: string;
  client: string;
  /** Who was signed in, when somebody was (a read-only refusal, a cross-site request with a cookie). */
  actor: string | null;
};

type Tally = { entryId: Promise<number | null>; refusal: Refusal; count: number; firstAt: Date; lastAt: Date; rewrite: ReturnType<typeof setTimeout> | null };
type Window = { startMs: number; tallies: Map<string, Tally>; clientsPerReason: Map<string, number> };

const state = globalThis as unknown as { statescopeRefusals?: Window };

/**
 * Writes a refused attempt to the audit log without letting a flood fill it: the first refusal of a kind
 * (action, reason, client) in a ten-minute window writes an entry, and later ones only raise its count,
 * rewritten at most every 5 s. Never throws and never delays the answer to the refused request.
 */
export function recordRefusal(refusal: Refusal, now: Date = new Date()): void {
  let window = state.statescopeRefusals;
  if (!window || now.getTime() - window.startMs >= WINDOW_MS) {
    if (window) for (const tally of window.tallies.values()) flush(tally);
    window = state.statescopeRefusals = { startMs: now.getTime(), tallies: new Map(), clientsPerReason: new Map() };
  }
  const reasonKey = `${refusal.action}\u0000${refusal.reason}`;
  let key = `${reasonKey}\u0000${refusal.client}`;
  if (!window.tallies.has(key)) {
    const clients = window.clientsPerReason.get(reasonKey) ?? 0;
    if (clients >= MAX_CLIENTS_PER_REASON) {
      refusal = { ...refusal, client: 'many clients', actor: null };
      key = `${reasonKey}\u0000*`;
    } else window.clientsPerReason.set(reasonKey, clients + 1);
  }
  const tally = window.tallies.get(key);
  if (!tally) {
    const first: Tally = { entryId: Promise.resolve(null), refusal, count: 1, firstAt: now, lastAt: now, rewrite: null };
    first.entryId = write(first);
    window.tallies.set(key, first);
    return;
  }
  tally.count++;
  tally.lastAt = now;
  tally.rewrite ??= setTimeout(() => flush(tally), REWRITE_EVERY_MS);
  tally.rewrite.unref?.();
}

function toEntry(tally: Tally) {
  const { action, reason, message, client } = tally.refusal;
  return {
    params: { action, reason, client, count: tally.count, firstAt: tally.firstAt.toISOString(), lastAt: tally.lastAt.toISOString() },
    results: [{ target: client, ok: false, message: tally.count === 1 ? message : `${tally.count}× ${message}` }],
  };
}

async function write(tally: Tally): Promise<number | null> {
  try {
    const entry = toEntry(tally);
    return await recordAuditEntry(await getDb(), { actor: tally.refusal.actor ?? 'anonymous', action: 'refused', targets: [tally.refusal.action], outcome: 'FAILED', ...entry });
  } catch (error) {
    console.error('could not audit a refused attempt', error);
    return null;
  }
}

function flush(tally: Tally): void {
  if (tally.rewrite) clearTimeout(tally.rewrite);
  tally.rewrite = null;
  const entry = toEntry(tally);
  void tally.entryId
    .then(async (id) => {
      if (id !== null) await updateAuditEntry(await getDb(), id, entry);
    })
    .catch((error: unknown) => console.error('could not update a refused-attempt tally', error));
}
