import Link from 'next/link';
import type { ActionAccess } from '@/lib/auth';

/** Who may act on this page, and why not when nobody may: one line above the page's actions. */
export function OperatorBar({ access, signOut, next }: { access: ActionAccess & { viaBearer?: boolean }; signOut: () => Promise<void>; next: string }) {
  if (access.state === 'allowed') {
    return (
      <div className="row subtle" data-testid="operator-bar" data-access="allowed" style={{ gap: 8, alignItems: 'center', marginBottom: 12 }}>
        <span>
          Acting as <strong>{access.operator.name}</strong>
        </span>
        {access.viaBearer ? null : (
          <form action={signOut}>
            <button type="submit" className="button button-small">
              Sign out
            </button>
          </form>
        )}
      </div>
    );
  }
  return (
    <div className={`callout ${access.state === 'signed-out' ? '' : 'callout-warning'}`} data-testid="operator-bar" data-access={access.state} style={{ marginBottom: 12 }}>
      {access.message}{' '}
      {access.state === 'signed-out' ? <Link href={`/login?next=${encodeURIComponent(next)}`}>Sign in</Link> : null}
    </div>
  );
}
