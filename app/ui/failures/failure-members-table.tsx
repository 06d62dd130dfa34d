import Link from 'next/link';
import type { FailureMember } from '@/lib/db';
import type { PlanResponse } from '../../failures/actions';
import type { PlanRequest } from '../../failures/action-request';
import { ActionDialog } from '../actions/action-dialog';
import { toExecutionHref } from '../execution-search';
import { StatusBadge } from '../status-badge';
import { TimeAgo } from '../time-ago';

export type RowActions = { plan: (request: PlanRequest) => Promise<PlanResponse>; csrfToken: string } | null;

/** Executions of a failure group, newest first, each with its own redrive when the operator may act. */
export function FailureMembersTable({ members, now, actions }: { members: FailureMember[]; now: Date; actions: RowActions }) {
  return (
    <table className="table" data-testid="failure-members">
      <thead>
        <tr>
          <th>Execution</th>
          <th>Status</th>
          <th>Failed</th>
          <th>Redrives</th>
          <th>Cause</th>
          {actions ? <th aria-label="Actions" /> : null}
        </tr>
      </thead>
      <tbody>
        {members.map((member) => (
          <tr key={member.arn} data-execution-arn={member.arn} data-status={member.status} data-redrive-count={member.redriveCount}>
            <td>
              <Link href={toExecutionHref(member.arn)} className="mono">
                {member.name}
              </Link>
            </td>
            <td>
              <StatusBadge status={member.status} />
            </td>
            <td>
              <TimeAgo date={member.stopDate ?? member.startDate} now={now} />
            </td>
            <td className="nowrap">
              {member.redriveCount}
              {member.redriveStatus ? (
                <span className="faint" title={member.redriveStatusReason ?? undefined}>
                  {' '}
                  · {member.redriveStatus.toLowerCase().replaceAll('_', ' ')}
                </span>
              ) : null}
            </td>
            <td className="truncate" style={{ maxWidth: 420 }} title={member.cause ?? undefined}>
              {member.cause ?? <span className="faint">—</span>}
            </td>
            {actions ? (
              <td>
                <ActionDialog
                  kind="redrive"
                  request={{ kind: 'redrive', arns: [member.arn] }}
                  plan={actions.plan}
                  csrfToken={actions.csrfToken}
                  label="Redrive…"
                  subject={member.name}
                  buttonClassName="button button-small"
                />
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
