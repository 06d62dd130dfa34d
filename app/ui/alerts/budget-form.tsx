'use client';

import { useActionState } from 'react';
import { FormField } from './form-field';
import { INITIAL_FORM_STATE, type AlertFormAction } from './form-state';

/** Sets (or, left empty, removes) a monthly budget for an account or a state machine. */
export function BudgetForm({ action, canSave }: { action: AlertFormAction; canSave: boolean }) {
  const [state, submit, pending] = useActionState(action, INITIAL_FORM_STATE);
  const value = (name: string, fallback = '') => state.values?.[name] ?? fallback;
  return (
    <form action={submit} className="row" style={{ flexWrap: 'wrap', gap: 12, alignItems: 'flex-start' }} aria-label="Set a budget">
      <FormField id="budget-scope" label="For" error={state.fieldErrors.scope}>
        <select id="budget-scope" name="scope" className="select" defaultValue={value('scope', 'account')} disabled={!canSave}>
          <option value="account">An account</option>
          <option value="state-machine">A state machine</option>
        </select>
      </FormField>
      <FormField id="budget-subject" label="Account id or state machine ARN" error={state.fieldErrors.subject}>
        <input id="budget-subject" name="subject" className="input" style={{ width: 320 }} defaultValue={value('subject')} disabled={!canSave} />
      </FormField>
      <FormField id="budget-amount" label="US$ a month (empty removes)" error={state.fieldErrors.usdPerMonth}>
        <input id="budget-amount" name="usdPerMonth" className="input" style={{ width: 120 }} inputMode="decimal" defaultValue={value('usdPerMonth')} disabled={!canSave} />
      </FormField>
      <div className="field">
        <span aria-hidden>&nbsp;</span>
        <button type="submit" className="button" disabled={!canSave || pending}>
          {pending ? 'Saving…' : 'Set budget'}
        </button>
      </div>
      {state.message && (
        <span className={state.ok ? 'result-ok' : 'result-failed'} role="status" data-testid="budget-result">
          {state.message}
        </span>
      )}
    </form>
  );
}
