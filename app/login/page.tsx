import type { Metadata } from 'next';
import { connection } from 'next/server';
import { SignInForm } from '../ui/actions/sign-in-form';
import { signIn, signOut } from './actions';
import { getOperatorAccess } from './get-operator-access';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const access = await getOperatorAccess();
  const rawNext = (await searchParams).next;
  const next = typeof rawNext === 'string' ? rawNext : '/failures';
  return (
    <>
      <div className="page-header">
        <div className="page-title">
          <h1>Operator sign-in</h1>
          <span className="subtle">Reading needs no sign-in. Redrive, stop and send-task actions need an operator.</span>
        </div>
      </div>
      {access.problems.map((problem) => (
        <div key={problem} className="callout callout-warning" role="alert">
          {problem}
        </div>
      ))}
      {access.state === 'not-configured' ? (
        <div className="callout callout-warning" data-testid="auth-not-configured">
          <div className="callout-title">Sign-in is not configured</div>
          {access.message}
        </div>
      ) : access.operator ? (
        <section className="panel panel-body" data-testid="signed-in">
          <p style={{ marginTop: 0 }}>
            Signed in as <strong>{access.operator.name}</strong> ({access.operator.provider}).
          </p>
          {access.state === 'read-only' ? <p className="subtle">{access.message}</p> : null}
          {access.viaBearer ? null : (
            <form action={signOut}>
              <button type="submit" className="button">
                Sign out
              </button>
            </form>
          )}
        </section>
      ) : (
        <>
          {access.state === 'read-only' ? <div className="callout callout-warning">{access.message}</div> : null}
          <SignInForm action={signIn} label={access.signInLabel ?? 'Admin password'} next={next} />
        </>
      )}
    </>
  );
}
