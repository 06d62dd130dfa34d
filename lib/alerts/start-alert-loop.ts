import type { Db } from '@/lib/db';
import { runAlerts, type RunAlertsResult } from './run-alerts';

export type AlertLoop = { stop(): Promise<void> };

/** Evaluates and delivers every `intervalMs` in the background; one run at a time, errors reported and survived. */
export function startAlertLoop(
  db: Db,
  options: { intervalMs: number; publicUrl: string; onRun?: (result: RunAlertsResult) => void; onError?: (error: unknown) => void },
): AlertLoop {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = runAlerts(db, { publicUrl: options.publicUrl })
      .then((result) => options.onRun?.(result))
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
