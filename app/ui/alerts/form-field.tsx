import type { ReactNode } from 'react';

/** A labelled form control with its error under it, tied together for screen readers. */
export function FormField({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && <span className="faint">{hint}</span>}
      {error && (
        <div id={`${id}-error`} className="result-failed" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
