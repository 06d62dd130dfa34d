import Link from 'next/link';
import type { StateMachineSummary } from '@/lib/model';
import { toExecutionsHref, toStateMachineHref } from './execution-search';
import { StatusMiniCounts } from './status-mini-counts';
import { TimeAgo } from './time-ago';

export async function StateMachineTable({ machines, now }: { machines: Promise<StateMachineSummary[]>; now: Date }) {
  const list = await machines;
  if (list.length === 0) {
    return (
      <div className="panel empty">
        No state machines yet. <Link href="/import">Import execution histories</Link> to get started.
      </div>
    );
  }
  return (
    <div className="panel">
      <table className="table" data-testid="state-machines-table">
        <thead>
          <tr>
            <th>Name</th>
            <th>Type</th>
            <th>Source</th>
            <th>Executions by status</th>
            <th className="num">Total</th>
            <th>Last run</th>
          </tr>
        </thead>
        <tbody>
          {list.map((machine) => (
            <tr key={machine.id}>
              <td>
                <Link href={toStateMachineHref(machine.arn)}>
                  <strong>{machine.name}</strong>
                </Link>
                <div className="faint mono break" style={{ fontSize: 'var(--text-xs)' }}>
                  {machine.arn}
                </div>
              </td>
              <td>
                <span className="tag">{machine.type}</span>
              </td>
              <td className="subtle">{machine.sourceName}</td>
              <td>
                <StatusMiniCounts counts={machine.countsByStatus} stateMachineArn={machine.arn} />
              </td>
              <td className="num">
                <Link href={toExecutionsHref({ machines: [machine.arn] })}>{machine.executionCount.toLocaleString('en-US')}</Link>
              </td>
              <td>
                <TimeAgo date={machine.lastStartDate} now={now} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
