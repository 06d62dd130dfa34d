'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { SourceActionResult } from './source-form-fields';

/** Deletes a source after the user confirms what goes with it. */
export function SourceDeleteButton({ action, disabled, name, executionCount }: { action: () => Promise<SourceActionResult>; disabled: boolean; name: string; executionCount: number }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<SourceActionResult | null>(null);
  return (
    <span className="row" style={{ gap: 6 }}>
      <button
        type="button"
        className="button button-small"
        disabled={disabled || pending}
        onClick={() => {
          if (!window.confirm(`Delete "${name}" and the ${executionCount.toLocaleString('en-US')} execution(s) synced from it? This cannot be undone.`)) return;
          startTransition(async () => {
            const outcome = await action();
            setResult(outcome);
            if (outcome.ok) router.push('/sources');
          });
        }}
      >
        {pending ? 'Deleting…' : 'Delete source'}
      </button>
      {result && (
        <span className={result.ok ? 'result-ok' : 'result-failed'} role="status">
          {result.message}
        </span>
      )}
    </span>
  );
}
