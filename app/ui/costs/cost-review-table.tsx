import Link from 'next/link';
import type { MachineMonthCost } from '@/lib/cost';
import { toStateMachineHref } from '../execution-search';
import type { CostReviewData } from './cost-review-data';
import { CostText } from './cost-text';
import styles from './costs.module.css';

const typeLabel = (type: string) => (type === 'EXPRESS' ? 'Express' : 'Standard');

/** The Standard-versus-Express table: each machine's share of the bill, its cost as the other type, the saving. */
export async function CostReviewTable({ data }: { data: Promise<CostReviewData> }) {
  const { review } = await data;
  if (review.machines.length === 0) {
    return (
      <div className="panel empty" data-testid="cost-review-empty">
        No executions started in {review.month}.
      </div>
    );
  }
  return (
    <section className="panel" aria-label="Standard versus Express">
      <div className="panel-header">
        <h2>Standard versus Express</h2>
        <span className="subtle">Cost is each machine’s share of the month’s bill; “as the other type” is what its runs would add to that type’s bill.</span>
      </div>
      <table className="table" data-testid="cost-review-table">
        <thead>
          <tr>
            <th>State machine</th>
            <th>Type</th>
            <th className="num">Executions</th>
            <th className="num">Transitions</th>
            <th className="num">Cost</th>
            <th className="num">As the other type</th>
            <th className="num">Saving / month</th>
            <th>Switch</th>
            <th>Break-even</th>
          </tr>
        </thead>
        <tbody>
          {review.machines.map((row) => (
            <ReviewRow key={row.usage.machine.id} row={row} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ReviewRow({ row }: { row: MachineMonthCost }) {
  const { usage, eligibility } = row;
  const savingPositive = row.saving.known && row.saving.picoUsd > 0n;
  return (
    <tr data-cost-machine={usage.machine.name}>
      <td>
        <Link href={toStateMachineHref(usage.machine.arn)}>
          <strong>{usage.machine.name}</strong>
        </Link>
        {usage.notes.length > 0 && (
          <ul className={styles.reasons}>
            {usage.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <span className="tag">{usage.type}</span>
      </td>
      <td className="num">
        {usage.executions.toLocaleString('en-US')}
        {usage.metricExecutions !== null && <div className="faint">CloudWatch</div>}
      </td>
      <td className="num" data-testid="cost-transitions">
        {usage.billableTransitions === null ? <span className="tag tag-unknown">unknown</span> : usage.billableTransitions.toLocaleString('en-US')}
        {usage.childStarts > 0 && <div className="faint">incl. {usage.childStarts.toLocaleString('en-US')} Map Run children</div>}
      </td>
      <td className="num" data-testid="cost-own">
        <CostText cost={row.cost} />
      </td>
      <td className="num" data-testid="cost-other">
        <CostText cost={row.otherCost} /> <span className="faint">{typeLabel(row.otherType)}</span>
      </td>
      <td className={`num ${savingPositive ? styles.saving : ''}`} data-testid="cost-saving">
        <CostText cost={row.saving} />
      </td>
      <td data-testid="cost-eligibility">
        <details>
          <summary className={eligibility.eligible === true ? styles.eligible : eligibility.eligible === false ? styles.blocked : styles.undecided}>
            {typeLabel(eligibility.to)}: {eligibility.eligible === true ? 'possible' : eligibility.eligible === false ? 'not possible' : 'unknown'}
          </summary>
          <ul className={styles.reasons}>
            {[...eligibility.blockers, ...eligibility.caveats].map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </details>
      </td>
      <td className="subtle">
        {row.breakEven.kind === 'volume'
          ? `Express cheaper above ${row.breakEven.executionsPerMonth.toLocaleString('en-US')} runs/month`
          : row.breakEven.kind === 'none'
            ? row.breakEven.reason
            : <span title={row.breakEven.reason}>unknown</span>}
      </td>
    </tr>
  );
}
