import { setMaxListeners } from 'node:events';
import { listSources, type Db } from '@/lib/db';
import type { SourceOverview } from '@/lib/model';
import { syncSource, type SyncSourceResult } from './sync-source';

/** How often the loop looks for a source that is due. */
const TICK_MS = 5_000;

export type BackgroundSync = { stop(): Promise<void> };

export type BackgroundSyncOptions = {
  /** Told about each finished sync. */
  onSynced?: (source: SourceOverview, result: SyncSourceResult) => void;
  onError?: (source: SourceOverview, error: unknown) => void;
  tickMs?: number;
};

/**
 * Syncs every enabled AWS and local source that has an interval, once that long has passed since its last
 * sync started (by anyone: a "Sync now" counts). One source at a time; a source whose lease another process
 * holds is skipped until its next turn. stop() cancels a sync in progress (it ends INTERRUPTED).
 */
export function startBackgroundSync(db: Db, options: BackgroundSyncOptions = {}): BackgroundSync {
  const controller = new AbortController();
  setMaxListeners(100, controller.signal);
  const lastAttempt = new Map<number, number>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();

  const isDue = (source: SourceOverview, now: number) => {
    if (!source.enabled || source.kind === 'IMPORT' || !source.syncIntervalSec) return false;
    if (source.lastRun?.status === 'RUNNING') return false;
    const last = Math.max(source.lastRun?.startedAt.getTime() ?? 0, lastAttempt.get(source.id) ?? 0);
    return now - last >= source.syncIntervalSec * 1000;
  };

  const tick = async () => {
    for (const source of await listSources(db)) {
      if (controller.signal.aborted) return;
      if (!isDue(source, Date.now())) continue;
      lastAttempt.set(source.id, Date.now());
      try {
        const result = await syncSource(db, source.id, { signal: controller.signal });
        options.onSynced?.(source, result);
      } catch (error) {
        if (!controller.signal.aborted) options.onError?.(source, error);
      }
    }
  };

  const schedule = () => {
    if (controller.signal.aborted) return;
    timer = setTimeout(() => {
      running = tick()
        .catch((error: unknown) => console.error('[sync] background sync failed:', error))
        .finally(schedule);
    }, options.tickMs ?? TICK_MS);
    timer.unref?.();
  };
  schedule();

  return {
    async stop() {
      controller.abort(new Error('Statescope is shutting down'));
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
