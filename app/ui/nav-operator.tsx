import type { ActionAccess } from '@/lib/auth';
import styles from './nav-operator.module.css';
import { SignInLink } from './sign-in-link';

export type NavAccess = ActionAccess & { viaBearer: boolean };

/**
 * Who is acting, at the right of the top nav: the operator with "Sign out", "Sign in" when actions are
 * enabled but nobody is signed in, "Read-only" when actions are switched off. Nothing when no operator
 * is configured (the pages with actions explain that), or when access could not be read.
 */
export async function NavOperator({ access, signOut }: { access: Promise<NavAccess | null>; signOut: () => Promise<void> }) {
  const current = await access;
  if (!current || current.state === 'not-configured') return null;
  return (
    <div className={styles.operator} data-testid="nav-operator" data-access={current.state}>
      {current.state === 'read-only' ? (
        <span className={styles.readOnly} title={current.message}>
          Read-only
        </span>
      ) : null}
      {current.state === 'signed-out' ? <SignInLink className={styles.control} /> : null}
      {current.operator ? (
        <>
          <span className={styles.name} data-testid="nav-operator-name" title={`Signed in through ${current.operator.provider}`}>
            {current.operator.name}
          </span>
          {current.viaBearer ? null : (
            <form action={signOut}>
              <button type="submit" className={styles.control}>
                Sign out
              </button>
            </form>
          )}
        </>
      ) : null}
    </div>
  );
}
