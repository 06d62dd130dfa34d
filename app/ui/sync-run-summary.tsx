import type { SyncRunSummary } from '@/lib/model';
import { formatDuration } from './format-duration';
import styles from './source-sync.module.css';
import { TimeAgo } from './time-ago';

const STATUS_CLASS: Record<string, string> = { SUCCEEDED: 'status-SUCCEEDED', PARTIAL: 'status-TIMED_OUT', FAILED: 'status-FAILED', INTERRUPTED: 'status-ABORTED', RUNNING: 'status-RUNNING' };

/** A finished sync in a few lines: outcome, when, how long, what it stored, and what went wrong. */
export function SyncRunSummaryView({ run, now }: { run: SyncRunSummary; now: Date }) {
  const duration = run.finishedAt ? run.finishedAt.getTime() - run.startedAt.getTime() : null;
  return (
    <div data-testid="last-sync" data-status={run.status}>
      <span className={`badge ${STATUS_CLASS[run.status] ?? ''}`}>{run.status}</span> <TimeAgo date={run.startedAt} now={now} />
      <div className={styles.counts}>
        {formatDuration(duration)} · {run.stateMachinesSeen} machines · {run.executionsSeen.toLocaleString('en-US')} seen, {run.executionsWritten.toLocaleString('en-US')} written ·{' '}
        {run.eventsWritten.toLocaleString('en-US')} events · {run.requestsMade.toLocaleString('en-US')} requests{run.throttledRequests ? ` (${run.throttledRequests} throttled)` : ''}
      </div>
      {run.error && (
        <p className={styles.runError} data-testid="sync-error">
          {run.error}
        </p>
      )}
      {run.notes.length > 0 && (
        <ul className={styles.notes}>
          {run.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
