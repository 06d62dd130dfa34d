import type { Metadata } from 'next';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { detectFindings } from '@/lib/analysis';
import { COST_PRICES_SETTING_KEY, getMonthlyCostReview, getMonthRange, toMonthKey, toPriceTable } from '@/lib/cost';
import { countExecutionsByStatus, findCostSetting, getDb, listCostUsage, listDailyStatusCounts } from '@/lib/db';
import { loadFindingInputs } from './stuck/load-finding-inputs';
import { CostTile } from './ui/overview/cost-tile';
import { FailureRateTile, RisksTile, StatusCountsTile, StuckTile, Tile } from './ui/overview/overview-tiles';
import styles from './ui/overview/overview.module.css';
import { CountsSkeleton, PanelSkeleton } from './ui/skeletons';

export const metadata: Metadata = { title: 'Overview' };

const DAY_MS = 86_400_000;

/** Home: what needs attention first — stuck runs and quota risks — beside counts, failure rate and costs. */
export default async function OverviewPage() {
  await connection();
  const db = await getDb();
  const now = new Date();
  const counts = countExecutionsByStatus(db);
  const days = listDailyStatusCounts(db, { since: new Date(now.getTime() - 29 * DAY_MS), until: now });
  const findings = (async () => {
    const { thresholds, inputs } = await loadFindingInputs(db, now);
    const result = detectFindings(inputs, thresholds.value, now);
    return { ...result, warnings: [...thresholds.warnings, ...result.warnings] };
  })();
  const month = toMonthKey(now);
  const costs = (async () => {
    const { start, end } = getMonthRange(month);
    const prices = toPriceTable(await findCostSetting(db, COST_PRICES_SETTING_KEY));
    return getMonthlyCostReview(await listCostUsage(db, { from: start, to: end }), { month, now, prices: prices.value });
  })();
  // Both findings tiles read one analysis; a rejected promise still surfaces through error.tsx.
  findings.catch(() => undefined);
  costs.catch(() => undefined);

  return (
    <>
      <div className="page-header">
        <div className="page-title">
          <h1>Overview</h1>
          <span className="subtle">What needs attention across every source. Times are UTC.</span>
        </div>
      </div>
      <Suspense fallback={<CountsSkeleton />}>
        <StatusCountsTile counts={counts} />
      </Suspense>
      <div className={styles.grid}>
        <Tile title="Stuck runs" href="/stuck" linkLabel="All stuck runs" testId="tile-stuck">
          <Suspense fallback={<PanelSkeleton height={160} />}>
            <StuckTile findings={findings} />
          </Suspense>
        </Tile>
        <Tile title="Quota risks" href="/quotas" linkLabel="All quota risks" testId="tile-quotas">
          <Suspense fallback={<PanelSkeleton height={160} />}>
            <RisksTile findings={findings} now={now} />
          </Suspense>
        </Tile>
        <Tile title="Failure rate, last 30 days" href="/executions?status=FAILED" linkLabel="Failed executions" testId="tile-failure-rate">
          <Suspense fallback={<PanelSkeleton height={220} />}>
            <FailureRateTile days={days} />
          </Suspense>
        </Tile>
        <Suspense fallback={<PanelSkeleton height={160} />}>
          <CostTile review={costs} />
        </Suspense>
      </div>
    </>
  );
}
