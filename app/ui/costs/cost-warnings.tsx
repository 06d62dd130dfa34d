import Link from 'next/link';
import { formatUsd, type BudgetForecast, type CostAnomaly, type MonthForecast } from '@/lib/cost';

export type CostAnomalyItem = CostAnomaly & { loop: { executionName: string; href: string } | null };

/**
 * What a cost review must not miss: the last 24 hours running well over the month's average, machines
 * whose transitions jumped (with the stuck loop behind one), and budgets the forecast passes.
 */
export function CostWarnings({ forecast, anomalies, budgets }: { forecast: MonthForecast | null; anomalies: CostAnomalyItem[]; budgets: BudgetForecast[] }) {
  const over = budgets.filter((budget) => budget.usedPercent !== null && budget.usedPercent >= 100);
  if (!forecast?.runRateJump && anomalies.length === 0 && over.length === 0 && budgets.length === 0) return null;
  return (
    <section className="panel panel-body" aria-label="Cost warnings" data-testid="cost-warnings" style={{ marginBottom: 12 }}>
      {forecast?.runRateJump && (
        <p className="result-failed" data-testid="run-rate-jump">
          Run rate jumped: at the last 24 hours’ rate the month ends at <strong>{formatUsd(forecast.atRate.last24Hours)}</strong>, against{' '}
          {formatUsd(forecast.atRate.month)} at the month’s average (last 7 days: {formatUsd(forecast.atRate.last7Days)}).
        </p>
      )}
      {anomalies.length > 0 && (
        <ul data-testid="cost-anomalies">
          {anomalies.map((anomaly) => (
            <li key={anomaly.stateMachineArn} data-machine={anomaly.stateMachineName}>
              <strong>{anomaly.stateMachineName}</strong>: {anomaly.reason}{' '}
              {anomaly.loop ? (
                <>
                  Behind it: the loop in <Link href={anomaly.loop.href}>{anomaly.loop.executionName}</Link>.
                </>
              ) : (
                <Link href={`/state-machines/${encodeURIComponent(anomaly.stateMachineArn)}`}>Open the state machine</Link>
              )}
            </li>
          ))}
        </ul>
      )}
      {budgets.length > 0 && (
        <table className="table" data-testid="budget-forecasts">
          <thead>
            <tr>
              <th>Budget</th>
              <th className="num">Month to date</th>
              <th className="num">Forecast</th>
              <th className="num">Budget</th>
              <th className="num">Of budget</th>
            </tr>
          </thead>
          <tbody>
            {budgets.map((budget) => (
              <tr key={`${budget.scope}:${budget.subject}`} data-over={budget.usedPercent !== null && budget.usedPercent >= 100 ? 'true' : 'false'}>
                <td title={budget.method}>{budget.subjectName}</td>
                <td className="num">{formatUsd(budget.monthToDatePicoUsd)}</td>
                <td className="num">{budget.forecastPicoUsd === null ? '—' : formatUsd(budget.forecastPicoUsd)}</td>
                <td className="num">{formatUsd(budget.budgetPicoUsd)}</td>
                <td className={`num ${budget.usedPercent !== null && budget.usedPercent >= 100 ? 'result-failed' : ''}`}>{budget.usedPercent === null ? '—' : `${budget.usedPercent}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
