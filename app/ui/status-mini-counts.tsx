import Link from 'next/link';
import { EXECUTION_STATUSES, type ExecutionStatusCounts } from '@/lib/model';
import { toExecutionsHref } from './execution-search';
import { getStatusLabel } from './status-badge';

/** Compact per-status counts of one state machine, each linking to its filtered execution list. */
export function StatusMiniCounts({ counts, stateMachineArn }: { counts: ExecutionStatusCounts; stateMachineArn: string }) {
  return (
    <span className="mini-counts">
      {EXECUTION_STATUSES.filter((status) => status !== 'PENDING_REDRIVE' || counts[status] > 0).map((status) => (
        <Link
          key={status}
          href={toExecutionsHref({ machines: [stateMachineArn], statuses: [status] })}
          className={`mini-count ${counts[status] ? `mini-count-${status}` : 'mini-count-zero'}`}
          title={getStatusLabel(status)}
        >
          {getStatusLabel(status)} {counts[status].toLocaleString('en-US')}
        </Link>
      ))}
    </span>
  );
}
