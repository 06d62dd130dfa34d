import Link from 'next/link';
import type { SourceOverview } from '@/lib/model';
import type { SourceActionResult } from './source-form-fields';
import { getSourceWhere } from './source-form-fields';
import { SourceTestButton } from './source-test-button';
import styles from './source-sync.module.css';
import { SyncNowButton } from './sync-now-button';
import { SyncProgress } from './sync-progress';
import { SyncRunSummaryView } from './sync-run-summary';

export type SourceRowActions = { syncNow: (id: number) => () => Promise<SourceActionResult>; test: (id: number) => () => Promise<SourceActionResult> };

/** Every source with what it holds, its schedule and its last sync (a live progress bar while one runs). */
export function SourceTable({ sources, now, canAct, actions }: { sources: SourceOverview[]; now: Date; canAct: boolean; actions: SourceRowActions }) {
  if (sources.length === 0) {
    return <div className="panel empty">No sources yet. Add an AWS region or a local endpoint below.</div>;
  }
  return (
    <div className="panel">
      <table className="table" data-testid="sources-table">
        <thead>
          <tr>
            <th>Source</th>
            <th>Schedule</th>
            <th className="num">Executions</th>
            <th>Last sync</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {sources.map((source) => {
            const syncable = source.kind !== 'IMPORT';
            return (
              <tr key={source.id} data-source-name={source.name}>
                <td>
                  <Link href={`/sources/${source.id}`}>
                    <strong>{source.name}</strong>
                  </Link>{' '}
                  <span className="tag">{source.kind}</span>
                  <div className="faint mono break" style={{ fontSize: 'var(--text-xs)' }}>
                    {getSourceWhere(source)}
                  </div>
                </td>
                <td className="subtle nowrap">{!syncable ? '—' : !source.enabled ? 'disabled' : source.syncIntervalSec ? `every ${source.syncIntervalSec} s` : 'manual'}</td>
                <td className="num">{source.executionCount.toLocaleString('en-US')}</td>
                <td>
                  {source.lastRun?.status === 'RUNNING' ? (
                    <SyncProgress sourceId={source.id} initial={source.lastRun} />
                  ) : source.lastRun ? (
                    <SyncRunSummaryView run={source.lastRun} now={now} />
                  ) : (
                    <span className="faint">{syncable ? 'never synced' : 'imported'}</span>
                  )}
                </td>
                <td>
                  {syncable && (
                    <div className={styles.actions}>
                      <SyncNowButton action={actions.syncNow(source.id)} disabled={!canAct || source.lastRun?.status === 'RUNNING'} name={source.name} />
                      <SourceTestButton action={actions.test(source.id)} disabled={!canAct} name={source.name} />
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
