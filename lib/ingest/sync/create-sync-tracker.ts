import { updateSyncRun, type Db } from '@/lib/db';
import type { SyncRunCounts, SyncRunStatus } from '@/lib/model';
import type { RequestCounts } from './create-sync-requester';

/** Progress reported while a sync runs (also what the UI polls from the SyncRun). */
export type SyncProgress = SyncRunCounts & { runId: number | null; progress: number; step: string; errors: string[]; notes: string[] };

/** Progress is written to the SyncRun at most this often (and always at the end). */
const FLUSH_INTERVAL_MS = 500;
/** The run shows this many distinct errors; the rest are counted. */
const MAX_ERRORS_SHOWN = 10;

export type SyncTracker = ReturnType<typeof createSyncTracker>;

/**
 * Counts, step, progress, errors and notes of one sync, written to its SyncRun row as it goes (none for
 * `runId` null, e.g. a targeted re-read). Errors with the same operation and name are told once, with a count.
 */
export function createSyncTracker(db: Db, runId: number | null, options: { now: () => number; onProgress?: (progress: SyncProgress) => void }) {
  const counts: SyncRunCounts = { stateMachinesSeen: 0, executionsSeen: 0, executionsWritten: 0, eventsWritten: 0, requestsMade: 0, throttledRequests: 0 };
  const errors = new Map<string, { message: string; count: number }>();
  const notes = new Set<string>();
  let step = 'Starting';
  let progress = 0;
  let flushedAt = 0;
  let pending: Promise<void> = Promise.resolve();

  const errorLines = () => {
    const lines = [...errors.values()].map((error) => (error.count > 1 ? `${error.message} (×${error.count})` : error.message));
    return lines.length > MAX_ERRORS_SHOWN ? [...lines.slice(0, MAX_ERRORS_SHOWN), `…and ${lines.length - MAX_ERRORS_SHOWN} more`] : lines;
  };
  const snapshot = (): SyncProgress => ({ ...counts, runId, progress, step, errors: errorLines(), notes: [...notes] });

  const flush = (force = false): Promise<void> => {
    options.onProgress?.(snapshot());
    const now = options.now();
    if (runId === null || (!force && now - flushedAt < FLUSH_INTERVAL_MS)) return pending;
    flushedAt = now;
    const patch = { ...counts, progress, step, notes: [...notes], error: errors.size ? errorLines().join('\n') : null };
    // Writes are chained so an older snapshot never lands after a newer one.
    pending = pending.then(() => updateSyncRun(db, runId, patch)).catch(() => undefined);
    return pending;
  };

  return {
    counts,
    get errorCount() {
      return [...errors.values()].reduce((sum, error) => sum + error.count, 0);
    },
    snapshot,
    add(delta: Partial<SyncRunCounts>) {
      for (const [key, value] of Object.entries(delta) as [keyof SyncRunCounts, number][]) counts[key] += value;
      void flush();
    },
    onRequest(requests: RequestCounts) {
      counts.requestsMade = requests.requests;
      counts.throttledRequests = requests.throttled;
      void flush();
    },
    setStep(text: string, fraction?: number) {
      step = text;
      if (fraction !== undefined) progress = Math.max(progress, Math.min(1, fraction));
      void flush();
    },
    setProgress(fraction: number) {
      progress = Math.max(progress, Math.min(1, fraction));
      void flush();
    },
    /** `key` groups repeats of one failure, e.g. "GetExecutionHistory AccessDeniedException". */
    error(key: string, message: string) {
      const known = errors.get(key);
      if (known) known.count++;
      else errors.set(key, { message, count: 1 });
      void flush();
    },
    note(text: string) {
      notes.add(text);
    },
    async finish(status: SyncRunStatus, finalError: string | null, finishedAt: Date, checkpoint?: Record<string, unknown>) {
      if (status !== 'RUNNING') progress = status === 'SUCCEEDED' || status === 'PARTIAL' ? 1 : progress;
      await flush(true);
      if (runId === null) return;
      const lines = errorLines();
      const error = [finalError, ...lines].filter(Boolean).join('\n') || null;
      await updateSyncRun(db, runId, { ...counts, status, progress, step: null, error, notes: [...notes], finishedAt, checkpoint });
    },
  };
}
