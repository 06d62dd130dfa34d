'use client';

import { useActionState } from 'react';

type ReadOnlyState = { ok: boolean; message: string };

/** The read-only switch: hides and refuses every action for everyone, until switched off again. */
export function ReadOnlyForm({ action, on, forcedByEnvironment }: { action: (previous: ReadOnlyState, formData: FormData) => Promise<ReadOnlyState>; on: boolean; forcedByEnvironment: boolean }) {
  const [state, formAction, pending] = useActionState(action, { ok: true, message: '' });
  return (
    <form action={formAction} className="row panel panel-body" style={{ gap: 12, alignItems: 'center', marginBottom: 12 }} data-testid="read-only-form">
      <input type="hidden" name="readOnly" value={on ? 'off' : 'on'} />
      <span>
        Read-only is <strong>{on ? 'on' : 'off'}</strong>
        {forcedByEnvironment ? ' (STATESCOPE_READ_ONLY is set in the environment)' : ''}.
      </span>
      {forcedByEnvironment ? null : (
        <button type="submit" className="button button-small" disabled={pending}>
          {on ? 'Allow actions again' : 'Turn read-only on'}
        </button>
      )}
      {state.message ? <span className={state.ok ? 'result-ok' : 'result-failed'}>{state.message}</span> : null}
    </form>
  );
}
