import type { ExecutionStatus } from '@/lib/model';

const LABELS: Record<ExecutionStatus, string> = {
  RUNNING: 'Running',
  SUCCEEDED: 'Succeeded',
  FAILED: 'Failed',
  TIMED_OUT: 'Timed out',
  ABORTED: 'Aborted',
  PENDING_REDRIVE: 'Pending redrive',
};

export function getStatusLabel(status: ExecutionStatus): string {
  return LABELS[status];
}

export function StatusBadge({ status }: { status: ExecutionStatus }) {
  return (
    <span className={`badge status-${status}`} data-status={status}>
      {LABELS[status]}
    </span>
  );
}
