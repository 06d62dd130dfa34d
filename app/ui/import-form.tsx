'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import type { ImportActionState } from '../import/actions';
import { toExecutionHref } from './execution-search';

type ImportAction = (previous: ImportActionState, formData: FormData) => Promise<ImportActionState>;

const INITIAL: ImportActionState = { ok: true, message: '', fieldErrors: {}, results: [] };

/** The upload form; `allowed` is false unless a signed-in operator may import (the server checks again). */
export function ImportForm({ action, allowed, maxUploadBytes }: { action: ImportAction; allowed: boolean; maxUploadBytes: number }) {
  const [state, formAction, pending] = useActionState(action, INITIAL);
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  return (
    <div className="grid-2" style={{ alignItems: 'start' }}>
      <form
        action={formAction}
        className="panel panel-body"
        style={{ display: 'flex', flexDirection: 'column', gap: 16 }}
        onSubmit={(event) => {
          // The server refuses a body over the limit before reading it; saying so here spares the upload.
          const input = event.currentTarget.elements.namedItem('files') as HTMLInputElement | null;
          const bytes = [...(input?.files ?? [])].reduce((sum, file) => sum + file.size, 0);
          const message = bytes > maxUploadBytes ? `These files add up to ${toMiB(bytes)} MiB; one import takes at most ${toMiB(maxUploadBytes)} MiB. Import them in smaller batches.` : null;
          setTooLarge(message);
          if (message) event.preventDefault();
        }}
      >
        <div className="dropzone">
          <label htmlFor="import-files" className="field-label">
            History files
          </label>
          <input id="import-files" name="files" type="file" multiple accept=".json,.jsonl,.ndjson,application/json" />
          <span className="faint">
            Output of <code>aws stepfunctions describe-execution</code> merged with <code>get-execution-history</code>, a bare
            history (<code>{'{"events": [...]}'}</code>), <code>describe-state-machine</code> output, an array of these, or JSON
            Lines with one per line.
          </span>
          <FieldErrors errors={tooLarge ? [tooLarge] : state.fieldErrors.files} />
        </div>
        <div className="field">
          <label htmlFor="import-arn">Execution ARN (for a bare history)</label>
          <input
            id="import-arn"
            name="executionArn"
            className="input mono"
            placeholder="arn:aws:states:eu-west-1:123456789012:execution:machine:name"
          />
          <FieldErrors errors={state.fieldErrors.executionArn} />
        </div>
        <div className="row">
          <button type="submit" className="button button-primary" disabled={pending || !allowed}>
            {pending ? 'Importing…' : 'Import'}
          </button>
        </div>
      </form>
      <section className="panel" aria-live="polite" aria-label="Import results">
        <div className="panel-header">
          <h2>Results</h2>
        </div>
        <div className="panel-body">
          {state.message ? (
            <p className={state.ok ? 'result-ok' : 'result-failed'} style={{ marginTop: 0 }} data-testid="import-message">
              {state.message}
            </p>
          ) : (
            <p className="faint" style={{ margin: 0 }}>
              Nothing imported yet.
            </p>
          )}
          {state.results.map((result) => (
            <div key={result.fileName} style={{ marginBottom: 12 }} data-testid="import-file-result">
              <div className="row">
                <strong className={result.ok ? 'result-ok' : 'result-failed'}>{result.ok ? '✓' : '✗'}</strong>
                <span className="mono">{result.fileName}</span>
                <span className="faint">
                  {result.executions.length} execution(s)
                  {result.stateMachines.length ? `, ${result.stateMachines.length} state machine(s)` : ''}
                </span>
              </div>
              <ul className="list-plain" style={{ paddingLeft: 22 }}>
                {result.executions.map((execution) => (
                  <li key={execution.arn}>
                    <span className="tag">{execution.status}</span>{' '}
                    <Link href={toExecutionHref(execution.arn)} className="mono break">
                      {execution.arn.split(':').at(-1)}
                    </Link>{' '}
                    <span className="faint">{execution.eventCount} events</span>
                  </li>
                ))}
                {result.errors.map((error, index) => (
                  <li key={index} className="result-failed">
                    <span className="mono">
                      {error.fileName}
                      {error.line !== undefined && `, line ${error.line}`}
                      {error.eventId !== undefined && `, event ${error.eventId}`}
                    </span>
                    : {error.message}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </section>
    </div>
  );
}

function FieldErrors({ errors }: { errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <span className="result-failed" role="alert">
      {errors.join(' ')}
    </span>
  );
}

function toMiB(bytes: number): string {
  return (bytes / 1_048_576).toFixed(1);
}
