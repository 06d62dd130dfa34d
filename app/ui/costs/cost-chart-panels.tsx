import { toUsdNumber, type MonthlyCostReview } from '@/lib/cost';
import { CostByMachineChart, CostByMonthChart, type CostByMachinePoint, type CostByMonthPoint } from './cost-charts';

/** Cost by month (stacked by state machine) and the reviewed month by state machine, both ways. */
export async function CostChartPanels({ history: months }: { history: Promise<MonthlyCostReview[]> }) {
  const history = await months;
  const review = history[history.length - 1];
  const machines = [...new Set(history.flatMap((month) => month.machines.map((row) => row.usage.machine.name)))].sort();
  const byMonth: CostByMonthPoint[] = history.map((month) => ({
    month: month.month,
    ...Object.fromEntries(month.machines.filter((row) => row.cost.known).map((row) => [row.usage.machine.name, row.cost.known ? toUsdNumber(row.cost.picoUsd) : 0])),
  }));
  const byMachine: CostByMachinePoint[] = review.machines.map((row) => ({
    name: row.usage.machine.name,
    cost: row.cost.known ? toUsdNumber(row.cost.picoUsd) : 0,
    otherCost: row.otherCost.known ? toUsdNumber(row.otherCost.picoUsd) : null,
    otherType: row.otherType,
  }));
  return (
    <div className="grid-2">
      <section className="panel" aria-label="Cost by month">
        <div className="panel-header">
          <h2>Cost by month</h2>
          <span className="subtle">share of each month’s bill, USD</span>
        </div>
        <CostByMonthChart points={byMonth} machines={machines} />
      </section>
      <section className="panel" aria-label="Cost by state machine">
        <div className="panel-header">
          <h2>{review.month} by state machine</h2>
          <span className="subtle">as it runs and as the other type</span>
        </div>
        <CostByMachineChart points={byMachine} />
      </section>
    </div>
  );
}
