import type { SyncRunSummary } from '@/lib/model';
import { formatDuration } from './format-duration';
import styles from './source-sync.module.css';
import { TimeAgo } from './time-ago';

/** A source's sync runs, newest first, with counts, errors and notes. */
export function SyncRunTable({ runs, now }: { runs: SyncRunSummary[]; now: Date }) {
  if (runs.length === 0) return <div className="panel empty">No syncs yet.</div>;
  return (
    <div className="panel">
      <table className="table" data-testid="sync-runs-table">
        <thead>
          <tr>
            <th>Started</th>
            <th>Status</th>
            <th className="num">Duration</th>
            <th className="num">Machines</th>
            <th className="num">Executions seen / written</th>
            <th className="num">Events</th>
            <th className="num">Requests</th>
            <th>Errors and notes</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id} data-run-status={run.status}>
              <td>
                <TimeAgo date={run.startedAt} now={now} />
              </td>
              <td>
                <span className="tag">{run.status}</span>
              </td>
              <td className="num">{run.finishedAt ? formatDuration(run.finishedAt.getTime() - run.startedAt.getTime()) : `${Math.round(run.progress * 100)}%`}</td>
              <td className="num">{run.stateMachinesSeen}</td>
              <td className="num">
                {run.executionsSeen.toLocaleString('en-US')} / {run.executionsWritten.toLocaleString('en-US')}
              </td>
              <td className="num">{run.eventsWritten.toLocaleString('en-US')}</td>
              <td className="num">
                {run.requestsMade.toLocaleString('en-US')}
                {run.throttledRequests ? <div className="faint">{run.throttledRequests} throttled</div> : null}
              </td>
              <td>
                {run.error && <p className={styles.runError}>{run.error}</p>}
                {run.notes.length > 0 && (
                  <ul className={styles.notes}>
                    {run.notes.map((note) => (
                      <li key={note}>{note}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
