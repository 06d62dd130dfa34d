'use client';

import { useState, useTransition } from 'react';

/** Deletes an alert rule after the user confirms; its queued deliveries go with it. */
export function DeleteRuleButton({ action, disabled, name }: { action: () => Promise<{ ok: boolean; message: string }>; disabled: boolean; name: string }) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  return (
    <span className="row" style={{ gap: 6 }}>
      <button
        type="button"
        className="button button-small"
        disabled={disabled || pending}
        aria-label={`Delete rule ${name}`}
        onClick={() => {
          if (!window.confirm(`Delete the rule "${name}" and its queued deliveries?`)) return;
          startTransition(async () => setResult(await action()));
        }}
      >
        {pending ? 'Deleting…' : 'Delete'}
      </button>
      {result && !result.ok && (
        <span className="result-failed" role="status">
          {result.message}
        </span>
      )}
    </span>
  );
}
