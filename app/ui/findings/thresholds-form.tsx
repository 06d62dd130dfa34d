'use client';

import { useActionState } from 'react';
import { FINDING_THRESHOLD_FIELDS, FINDING_THRESHOLD_KEYS, type FindingThresholds } from '@/lib/analysis';

type State = { ok: boolean; message: string; fieldErrors: Partial<Record<string, string>>; values?: Record<string, string> };

/** Thresholds of stuck and quota detection; the server validates and says what is wrong where. */
export function ThresholdsForm({
  current,
  action,
  canSave,
}: {
  current: FindingThresholds;
  action: (previous: State, formData: FormData) => Promise<State>;
  canSave: boolean;
}) {
  const [state, submit, pending] = useActionState(action, { ok: true, message: '', fieldErrors: {} });
  return (
    <form action={submit} className="panel panel-body" aria-label="Thresholds">
      <dl className="facts">
        {FINDING_THRESHOLD_KEYS.map((key) => {
          const field = FINDING_THRESHOLD_FIELDS[key];
          const error = state.fieldErrors[key];
          return (
            <div key={key}>
              <dt>
                <label htmlFor={key}>{field.label}</label>
              </dt>
              <dd>
                <input
                  id={key}
                  name={key}
                  type="number"
                  step="any"
                  className="input"
                  style={{ width: 120 }}
                  defaultValue={state.values?.[key] ?? current[key]}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${key}-error` : undefined}
                  disabled={!canSave}
                />{' '}
                <span className="subtle">
                  {field.unit} (default {field.default})
                </span>
                {error && (
                  <div id={`${key}-error`} className="result-failed" role="alert">
                    {error}
                  </div>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      <div className="row">
        <button type="submit" className="button button-primary" disabled={!canSave || pending}>
          {pending ? 'Saving…' : 'Save thresholds'}
        </button>
        {state.message && (
          <span className={state.ok ? 'result-ok' : 'result-failed'} role="status" data-testid="thresholds-result">
            {state.message}
          </span>
        )}
      </div>
    </form>
  );
}
