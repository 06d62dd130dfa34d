'use client';

import { useActionState } from 'react';
import { FormField } from './form-field';
import { INITIAL_FORM_STATE, type AlertFormAction } from './form-state';

export type MuteView = { state: 'acknowledged' | 'muted'; until: string | null; owner: string; note: string; active: boolean };

/**
 * Acknowledge (name an owner; alerts still go out) or mute until a day (nothing is sent) a failure group,
 * stuck finding or quota risk; or clear either. Closed until asked for, so lists stay short.
 */
export function SubjectMuteForm({
  subjectKind,
  subjectKey,
  label,
  current,
  action,
  canSave,
}: {
  subjectKind: 'failure-group' | 'stuck' | 'quota';
  subjectKey: string;
  label: string;
  current: MuteView | null;
  action: AlertFormAction;
  canSave: boolean;
}) {
  const [state, submit, pending] = useActionState(action, INITIAL_FORM_STATE);
  const value = (name: string, fallback = '') => state.values?.[name] ?? fallback;
  const id = (name: string) => `mute-${name}-${subjectKind}-${hash(subjectKey)}`;
  return (
    <details className="mute" data-testid="mute-form">
      <summary className="button button-small">{current?.active ? (current.state === 'muted' ? 'Muted…' : 'Acknowledged…') : 'Acknowledge or mute…'}</summary>
      <form action={submit} className="panel panel-body" aria-label={`Acknowledge or mute ${label}`} style={{ marginTop: 6 }}>
        <input type="hidden" name="subjectKind" value={subjectKind} />
        <input type="hidden" name="subjectKey" value={subjectKey} />
        <fieldset className="row" style={{ border: 0, padding: 0, gap: 12 }} disabled={!canSave}>
          <legend className="faint">What to do</legend>
          <label>
            <input type="radio" name="state" value="acknowledged" defaultChecked={value('state', current?.state ?? 'acknowledged') === 'acknowledged'} /> Acknowledge (alerts still sent)
          </label>
          <label>
            <input type="radio" name="state" value="muted" defaultChecked={value('state', current?.state ?? '') === 'muted'} /> Mute (send nothing)
          </label>
          {current && (
            <label>
              <input type="radio" name="state" value="clear" /> Clear
            </label>
          )}
        </fieldset>
        <div className="row" style={{ flexWrap: 'wrap', gap: 12, alignItems: 'flex-start' }}>
          <FormField id={id('owner')} label="Owner" error={state.fieldErrors.owner}>
            <input id={id('owner')} name="owner" className="input" defaultValue={value('owner', current?.owner ?? '')} disabled={!canSave} />
          </FormField>
          <FormField id={id('until')} label="Mute through (UTC day)" error={state.fieldErrors.until}>
            <input id={id('until')} name="until" type="date" className="input" defaultValue={value('until', current?.until ?? '')} disabled={!canSave} />
          </FormField>
          <FormField id={id('note')} label="Note" error={state.fieldErrors.note}>
            <input id={id('note')} name="note" className="input" style={{ width: 280 }} defaultValue={value('note', current?.note ?? '')} disabled={!canSave} />
          </FormField>
        </div>
        <div className="row">
          <button type="submit" className="button button-primary button-small" disabled={!canSave || pending}>
            {pending ? 'Saving…' : 'Save'}
          </button>
          {state.message && (
            <span className={state.ok ? 'result-ok' : 'result-failed'} role="status" data-testid="mute-result">
              {state.message}
            </span>
          )}
        </div>
      </form>
    </details>
  );
}

/** A short, stable suffix for element ids: subject keys hold ARNs and colons. */
function hash(text: string): string {
  let value = 0;
  for (let index = 0; index < text.length; index++) value = (Math.imul(value, 31) + text.charCodeAt(index)) | 0;
  return (value >>> 0).toString(36);
}
