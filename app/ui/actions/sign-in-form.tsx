'use client';

import { useActionState } from 'react';

type SignInState = { ok: boolean; message: string };
type SignInAction = (previous: SignInState, formData: FormData) => Promise<SignInState>;

export function SignInForm({ action, label, next }: { action: SignInAction; label: string; next: string }) {
  const [state, formAction, pending] = useActionState(action, { ok: true, message: '' });
  return (
    <form action={formAction} className="panel panel-body" style={{ display: 'flex', flexDirection: 'column', gap: 12, maxWidth: 420 }}>
      <input type="hidden" name="next" value={next} />
      <div className="field">
        <label htmlFor="sign-in-secret">{label}</label>
        <input id="sign-in-secret" name="secret" type="password" className="input" autoComplete="current-password" required autoFocus />
      </div>
      {state.message ? (
        <p className="result-failed" role="alert" style={{ margin: 0 }} data-testid="sign-in-error">
          {state.message}
        </p>
      ) : null}
      <div className="row">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
      </div>
    </form>
  );
}
