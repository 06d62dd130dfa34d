import type { SourceOverview, SourceSettings } from '@/lib/model';
import type { Db } from './client';
import { toSourceSettings, toSyncRunSummary } from './to-source-settings';

/** Every source by name, with what it holds and its newest sync runs. */
export async function listSources(db: Db): Promise<SourceOverview[]> {
  const rows = await db.source.findMany({
    orderBy: [{ name: 'asc' }],
    include: {
      _count: { select: { executions: true, stateMachines: true } },
      syncRuns: { orderBy: [{ startedAt: 'desc' }, { id: 'desc' }], take: 1 },
    },
  });
  return Promise.all(
    rows.map(async (row) => {
      const lastRun = row.syncRuns[0] ? toSyncRunSummary(row.syncRuns[0]) : null;
      const lastFinished =
        lastRun && lastRun.status === 'RUNNING'
          ? await db.syncRun.findFirst({ where: { sourceId: row.id, status: { not: 'RUNNING' } }, orderBy: [{ startedAt: 'desc' }, { id: 'desc' }] })
          : null;
      return {
        ...toSourceSettings(row),
        executionCount: row._count.executions,
        stateMachineCount: row._count.stateMachines,
        lastRun,
        lastFinishedRun: lastFinished ? toSyncRunSummary(lastFinished) : lastRun,
      };
    }),
  );
}

/** Enabled AWS and local sources that sync on their own, for the background loop. */
export async function listSourcesToSync(db: Db): Promise<SourceSettings[]> {
  const rows = await db.source.findMany({ where: { enabled: true, kind: { in: ['AWS', 'LOCAL'] } }, orderBy: { name: 'asc' } });
  return rows.map(toSourceSettings);
}
