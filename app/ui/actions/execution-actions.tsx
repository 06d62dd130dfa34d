import Link from 'next/link';
import type { WaitingTask } from '../../failures/running/load-running-executions';
import type { RowActions } from '../failures/failure-members-table';
import { ActionDialog } from './action-dialog';
import type { ActionKind } from './action-kind-text';

/** The actions offered for one execution; the dialog's plan still decides eligibility. */
export type ExecutionActionOffer = { kinds: ActionKind[]; waiting: WaitingTask[] };

const LABELS: Record<ActionKind, string> = {
  redrive: 'Redrive…',
  stop: 'Stop…',
  'send-task-success': 'Send success…',
  'send-task-failure': 'Send failure…',
};

/**
 * One execution's actions on its page, each through the confirming dialog (which shows whether it is
 * eligible, and why not). Signed out, a link to sign in stands in for them.
 */
export async function ExecutionActions({
  arn,
  name,
  offer,
  actions,
  signInHref,
}: {
  arn: string;
  name: string;
  offer: Promise<ExecutionActionOffer>;
  actions: RowActions;
  signInHref: string | null;
}) {
  const { kinds, waiting } = await offer;
  if (kinds.length === 0) return null;
  if (!actions) {
    return signInHref ? (
      <Link href={signInHref} className="button" data-testid="execution-actions-sign-in">
        Sign in to act
      </Link>
    ) : null;
  }
  return (
    <div className="row" data-testid="execution-actions" style={{ justifyContent: 'flex-end' }}>
      {waiting.length > 0 ? (
        <span className="subtle" data-testid="execution-waiting">
          Waiting on {waiting.map((task) => `${task.stateName ?? '?'} (${task.note})`).join(', ')}
        </span>
      ) : null}
      {kinds.map((kind) => (
        <ActionDialog key={kind} kind={kind} request={{ kind, arns: [arn] }} plan={actions.plan} csrfToken={actions.csrfToken} label={LABELS[kind]} subject={name} />
      ))}
    </div>
  );
}
