'use client';

import { useActionState, useState } from 'react';
import type { SourceSettings } from '@/lib/model';
import type { SourceField, SourceFormState } from './source-form-fields';
import styles from './source-sync.module.css';

type SourceFormAction = (previous: SourceFormState, formData: FormData) => Promise<SourceFormState>;

const EMPTY: SourceFormState = { ok: true, message: '', fieldErrors: {} };

/** Add or edit a source. The server validates; each field shows its own error. "Test connection" saves nothing. */
export function SourceForm({ action, source, canEdit }: { action: SourceFormAction; source?: SourceSettings; canEdit: boolean }) {
  const [state, submit, pending] = useActionState(action, EMPTY);
  const initial = (field: SourceField, fallback: string | number | null | undefined) => state.values?.[field] ?? (fallback === null || fallback === undefined ? '' : String(fallback));
  const [kind, setKind] = useState(initial('kind', source?.kind ?? 'AWS'));
  // A fresh form after each add, so the next source starts empty.
  const formKey = source ? 'edit' : `add-${state.savedId ?? 0}`;
  const field = (name: SourceField, label: string, props: { placeholder?: string; hint?: string; type?: string; fallback?: string | number | null; wide?: boolean } = {}) => {
    const errors = state.fieldErrors[name];
    const id = `source-${name}`;
    return (
      <div className={`field ${props.wide ? styles.wide : ''}`}>
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          name={name}
          type={props.type ?? 'text'}
          className="input"
          placeholder={props.placeholder}
          defaultValue={initial(name, props.fallback)}
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? `${id}-error` : undefined}
          disabled={!canEdit}
        />
        {props.hint && <span className={styles.hint}>{props.hint}</span>}
        {errors && (
          <span id={`${id}-error`} className={styles.fieldError} role="alert">
            {errors.join(' ')}
          </span>
        )}
      </div>
    );
  };

  return (
    <div className="panel panel-body">
      {/* Outside the form: React resets a form after each action, and the choice must survive that. */}
      <fieldset className={`field ${styles.kindPicker}`} disabled={!canEdit}>
        <legend className="field-label">Kind</legend>
        <div className={styles.kinds}>
          <label>
            <input type="radio" name="source-kind-choice" checked={kind === 'AWS'} onChange={() => setKind('AWS')} /> AWS account and region
          </label>
          <label>
            <input type="radio" name="source-kind-choice" checked={kind === 'LOCAL'} onChange={() => setKind('LOCAL')} /> Local endpoint (Statescope engine, Step Functions Local)
          </label>
        </div>
        {state.fieldErrors.kind && <span className={styles.fieldError}>{state.fieldErrors.kind.join(' ')}</span>}
      </fieldset>
      <form key={formKey} action={submit} aria-label={source ? `Edit ${source.name}` : 'Add a source'}>
        {source && <input type="hidden" name="id" value={source.id} />}
        <div className={styles.form}>
          <input type="hidden" name="kind" value={kind} />
          {field('name', 'Name', { placeholder: kind === 'AWS' ? 'prod (eu-west-1)' : 'Local engine', fallback: source?.name })}
          {kind === 'AWS' ? (
            <>
              {field('region', 'Region', { placeholder: 'eu-west-1', fallback: source?.region })}
              {field('profile', 'Profile (optional)', { placeholder: 'default chain', hint: 'A profile of ~/.aws on this server; empty = the SDK default chain.', fallback: source?.profile })}
              {field('roleArn', 'Role to assume (optional)', { placeholder: 'arn:aws:iam::123456789012:role/statescope-reader', fallback: source?.roleArn, wide: true })}
            </>
          ) : (
            <>
              {field('endpoint', 'Endpoint URL', { placeholder: 'http://localhost:8083', fallback: source?.endpoint })}
              {field('region', 'Region (optional)', { placeholder: 'us-east-1', hint: 'The region the engine mints ARNs for.', fallback: source?.region })}
            </>
          )}
          {field('syncIntervalSec', 'Sync every (seconds)', { type: 'number', placeholder: 'manual only', hint: 'Empty: sync only on demand.', fallback: source?.syncIntervalSec })}
          {field('maxRequestsPerSec', 'Max requests per second', {
            type: 'number',
            placeholder: kind === 'AWS' ? '16 (default)' : 'no limit',
            hint: kind === 'AWS' ? 'Default stays below the Step Functions API token buckets.' : undefined,
            fallback: source?.maxRequestsPerSec,
          })}
          <div className="field">
            <span className="field-label">Background sync</span>
            <div className={styles.kinds}>
              <label>
                <input type="checkbox" name="enabled" defaultChecked={state.values ? state.values.enabled === 'on' : (source?.enabled ?? true)} disabled={!canEdit} /> Enabled
              </label>
            </div>
          </div>
        </div>
        <div className={styles.actions} style={{ marginTop: 16 }}>
          <button type="submit" className="button button-primary" disabled={!canEdit || pending}>
            {pending ? 'Working…' : source ? 'Save changes' : 'Add source'}
          </button>
          <button type="submit" name="intent" value="test" className="button" disabled={!canEdit || pending}>
            Test connection
          </button>
          {state.message && (
            <span className={state.ok ? 'result-ok' : 'result-failed'} role="status" data-testid="source-form-result">
              {state.message}
            </span>
          )}
          {state.connection && (
            <span className={state.connection.ok ? 'result-ok' : 'result-failed'} role="status" data-testid="connection-result">
              {state.connection.ok ? '✓ ' : '✗ '}
              {state.connection.message}
            </span>
          )}
        </div>
      </form>
    </div>
  );
}
