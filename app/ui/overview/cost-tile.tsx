import Link from 'next/link';
import { formatUsd, type MonthlyCostReview } from '@/lib/cost';
import { Tile } from './overview-tiles';

const TOP = 5;

/** The month's most costly state machines (lib/cost), each linking to the cost review. */
export function CostTile({ review }: { review: Promise<MonthlyCostReview> }) {
  return (
    <Tile title="Most costly state machines, this month" href="/costs" linkLabel="Costs" testId="tile-costs">
      <CostList review={review} />
    </Tile>
  );
}

async function CostList({ review }: { review: Promise<MonthlyCostReview> }) {
  const resolved = await review;
  const ranked = [...resolved.machines].sort((a, b) => {
    if (a.cost.known && b.cost.known) return a.cost.picoUsd === b.cost.picoUsd ? 0 : a.cost.picoUsd > b.cost.picoUsd ? -1 : 1;
    return a.cost.known ? -1 : b.cost.known ? 1 : 0;
  });
  const top = ranked.filter((entry) => entry.usage.executions > 0).slice(0, TOP);
  if (top.length === 0) return <p className="empty">No executions this month, so nothing to cost yet.</p>;
  return (
    <table className="table" data-testid="costly-machines">
      <thead>
        <tr>
          <th>State machine</th>
          <th className="num">Executions</th>
          <th className="num">Cost</th>
        </tr>
      </thead>
      <tbody>
        {top.map((entry) => (
          <tr key={entry.usage.machine.arn} data-machine={entry.usage.machine.name}>
            <td>
              <Link href={`/costs?month=${resolved.month}`}>{entry.usage.machine.name}</Link> <span className="tag">{entry.usage.type}</span>
            </td>
            <td className="num">{entry.usage.executions.toLocaleString('en-US')}</td>
            <td className="num" title={entry.cost.known ? undefined : entry.cost.reason}>
              {entry.cost.known ? formatUsd(entry.cost.picoUsd) : 'unknown'}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={2} className="subtle">
            Month to date{resolved.total.complete ? '' : ' (some machines could not be costed)'}
          </td>
          <td className="num">{formatUsd(resolved.total.picoUsd)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
