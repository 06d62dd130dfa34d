import type { Metadata } from 'next';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { CostChartPanels } from '../ui/costs/cost-chart-panels';
import { CostDriversPanel } from '../ui/costs/cost-drivers-panel';
import { CostNotes } from '../ui/costs/cost-notes';
import { CostReviewTable } from '../ui/costs/cost-review-table';
import { CostSummary } from '../ui/costs/cost-summary';
import type { CostReviewData } from '../ui/costs/cost-review-data';
import { CostWarnings } from '../ui/costs/cost-warnings';
import { PrintButton } from '../ui/costs/print-button';
import { WhatIfSection } from '../ui/costs/what-if-section';
import { SelectField } from '../ui/select-field';
import { CountsSkeleton, PanelSkeleton, TableSkeleton } from '../ui/skeletons';
import { loadCostDrivers, loadCostHistory, loadCostReview, toReviewMonth } from './load-cost-review';
import './print.css';

export const metadata: Metadata = { title: 'Costs' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The monthly cost review: what each workflow cost, what drives it, and whether the other type would be cheaper. */
export default async function CostsPage({ searchParams }: Props) {
  await connection();
  const now = new Date();
  const month = toReviewMonth((await searchParams).month, now);
  const data = loadCostReview(month, now);
  const drivers = loadCostDrivers(data);
  const history = loadCostHistory(data, now);
  const months = data.then((loaded) => loaded.months);
  return (
    <div className="cost-report" style={{ display: 'contents' }}>
      <div className="page-header">
        <div className="page-title">
          <h1>Costs · {month}</h1>
          <span className="subtle">Step Functions cost by state machine and month, Standard against Express. Months are UTC.</span>
          <span className="print-only subtle">Printed {now.toISOString().slice(0, 16).replace('T', ' ')} UTC</span>
        </div>
        <div className="no-print">
          <Suspense fallback={null}>
            <MonthPicker month={month} months={months} />
          </Suspense>
        </div>
      </div>
      <Suspense fallback={<CountsSkeleton cards={4} />}>
        <CostSummary data={data} />
      </Suspense>
      <Suspense fallback={null}>
        <CostWarningsSection data={data} />
      </Suspense>
      <Suspense fallback={<PanelSkeleton height={260} />}>
        <CostChartPanels history={history} />
      </Suspense>
      <Suspense fallback={<TableSkeleton rows={6} columns={9} />}>
        <CostReviewTable data={data} />
      </Suspense>
      <Suspense fallback={<TableSkeleton rows={6} columns={4} />}>
        <CostDriversPanel data={drivers} />
      </Suspense>
      <Suspense fallback={<PanelSkeleton height={180} />}>
        <WhatIfSection data={data} />
      </Suspense>
      <Suspense fallback={null}>
        <CostNotes data={data} />
      </Suspense>
    </div>
  );
}

async function MonthPicker({ month, months }: { month: string; months: Promise<string[]> }) {
  const options = await months;
  return (
    <form method="get" className="row" aria-label="Month">
      <SelectField id="month" name="month" label="Month" defaultValue={month} options={options.map((option) => ({ value: option, label: option }))} />
      <button type="submit" className="button">
        Show
      </button>
      <a className="button" href={`/costs/export?month=${month}`} download data-testid="cost-export-csv">
        Export CSV
      </a>
      <PrintButton />
    </form>
  );
}

async function CostWarningsSection({ data }: { data: Promise<CostReviewData> }) {
  const { review, anomalies, budgets } = await data;
  return <CostWarnings forecast={review.forecast} anomalies={anomalies} budgets={budgets} />;
}
