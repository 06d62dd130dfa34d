import type { Metadata } from 'next';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { detectFindings } from '@/lib/analysis';
import { countExecutionsByStatus, getDb, listDailyStatusCounts } from '@/lib/db';
import { loadCostSignals } from './costs/load-cost-signals';
import { loadFindingInputs } from './stuck/load-finding-inputs';
import { CostWarnings } from './ui/costs/cost-warnings';
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
  // The month's review with its run-rate forecast, cost anomalies (linked to the stuck loop behind one) and budgets.
  const signals = loadCostSignals(db, now, async () => (await findings).stuck);
  const costs = signals.then((loaded) => loaded.review);
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
      <Suspense fallback={null}>
        <OverviewCostWarnings signals={signals} />
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

/** Only what needs attention: a run-rate jump, anomalies, and budgets the forecast passes. */
async function OverviewCostWarnings({ signals }: { signals: ReturnType<typeof loadCostSignals> }) {
  const { review, anomalies, budgets } = await signals;
  return <CostWarnings forecast={review.forecast} anomalies={anomalies} budgets={budgets.filter((budget) => budget.usedPercent !== null && budget.usedPercent >= 100)} />;
}
