'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import type { SyncRunSummary } from '@/lib/model';
import styles from './source-sync.module.css';

/** How often a running sync is polled. */
const POLL_MS = 1_000;

type RunStatus = Pick<SyncRunSummary, 'status' | 'progress' | 'step' | 'executionsWritten' | 'eventsWritten' | 'requestsMade' | 'throttledRequests'>;

/** A running sync's progress bar, polled from /sources/<id>/status until the run ends; then the page refreshes. */
export function SyncProgress({ sourceId, initial }: { sourceId: number; initial: RunStatus }) {
  const router = useRouter();
  const [run, setRun] = useState<RunStatus>(initial);
  useEffect(() => {
    if (run.status !== 'RUNNING') return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/sources/${sourceId}/status`, { cache: 'no-store' });
        const body = (await response.json()) as { run: RunStatus | null };
        if (cancelled || !body.run) return;
        setRun(body.run);
        if (body.run.status !== 'RUNNING') router.refresh();
      } catch {
        // A missed poll is retried on the next tick.
        if (!cancelled) setRun((current) => ({ ...current }));
      }
    }, POLL_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [run, sourceId, router]);

  const percent = Math.round(run.progress * 100);
  return (
    <div className={styles.progress} data-testid="sync-progress" data-status={run.status}>
      <div className={styles.bar} role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label="Sync progress">
        <div className={styles.barFill} style={{ width: `${percent}%` }} />
      </div>
      <span className={styles.counts}>
        {percent}% · {run.step ?? run.status} · {run.executionsWritten.toLocaleString('en-US')} executions, {run.eventsWritten.toLocaleString('en-US')} events, {run.requestsMade} requests
        {run.throttledRequests ? `, ${run.throttledRequests} throttled` : ''}
      </span>
    </div>
  );
}
