import Link from 'next/link';
import type { FailureGroupRow, FailureMember } from '@/lib/db';
import { ActionDialog } from '../actions/action-dialog';
import { MuteBadge } from '../alerts/mute-badge';
import type { MuteView } from '../alerts/subject-mute-form';
import { toStateMachineHref } from '../execution-search';
import { TimeAgo } from '../time-ago';
import { FailureMembersTable, type RowActions } from './failure-members-table';
import { FailureTrendChart, type TrendPoint } from './failure-trend-chart';
import styles from './failures.module.css';

/** One failure group: what fails where, how often and since when, its trend, and its newest executions. */
export function FailureGroupCard({
  group,
  trend,
  members,
  total,
  mute = null,
  now,
  href,
  query,
  actions,
}: {
  group: FailureGroupRow;
  trend: { points: TrendPoint[]; bucketMs: number };
  members: FailureMember[];
  total: number;
  mute?: MuteView | null;
  now: Date;
  href: string;
  /** The page's filters, so a group action covers exactly the executions the page counts. */
  query: string;
  actions: RowActions;
}) {
  const subject = `${group.stateMachineName} › ${group.failedStateName ?? '(execution)'} · ${group.error ?? 'no error name'}`;
  return (
    <section className={styles.group} data-testid="failure-group" data-group-key={group.groupKey} aria-label={subject}>
      <div className={styles.groupHead}>
        <div>
          <h2 className={styles.groupTitle}>
            <span className={styles.count} data-testid="failure-group-count">
              {group.count.toLocaleString('en-US')}
            </span>
            <Link href={toStateMachineHref(group.stateMachineArn)}>{group.stateMachineName}</Link>
            <span className="faint">›</span>
            <span>{group.failedStateName ?? <span className="faint">(no state)</span>}</span>
            <span className="error-name">{group.error ?? <span className="faint">(no error name)</span>}</span>
          </h2>
          <p className={styles.cause} title="The cause with ids, ARNs, numbers and times masked">
            {group.normalisedCause || <span className="faint">(no cause)</span>}
          </p>
          <div className={styles.meta}>
            <span>
              First seen <TimeAgo date={group.firstSeen} now={now} />
            </span>
            <span>
              Last seen <TimeAgo date={group.lastSeen} now={now} />
            </span>
            <MuteBadge mute={mute} />
          </div>
          <div className={styles.actions}>
            <Link href={href} className="button button-small">
              All {total.toLocaleString('en-US')} executions
            </Link>
            {actions ? (
              <ActionDialog
                kind="redrive"
                request={{ kind: 'redrive', groupKey: group.groupKey, query }}
                plan={actions.plan}
                csrfToken={actions.csrfToken}
                label="Redrive eligible…"
                subject={subject}
                buttonClassName="button button-small button-primary"
              />
            ) : null}
          </div>
        </div>
        <FailureTrendChart points={trend.points} bucketMs={trend.bucketMs} />
      </div>
      <div className={styles.members}>
        <FailureMembersTable members={members} now={now} actions={actions} />
      </div>
    </section>
  );
}
