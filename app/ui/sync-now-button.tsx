'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { SourceActionResult } from './source-form-fields';

/** Starts a sync of the source; the page then follows the run's progress. */
export function SyncNowButton({ action, disabled, name }: { action: () => Promise<SourceActionResult>; disabled: boolean; name: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<SourceActionResult | null>(null);
  return (
    <span className="row" style={{ gap: 6 }}>
      <button
        type="button"
        className="button button-small button-primary"
        disabled={disabled || pending}
        aria-label={`Sync ${name} now`}
        onClick={() =>
          startTransition(async () => {
            const outcome = await action();
            setResult(outcome);
            router.refresh();
          })
        }
      >
        {pending ? 'Starting…' : 'Sync now'}
      </button>
      {result && !result.ok && (
        <span className="result-failed" role="status">
          {result.message}
        </span>
      )}
    </span>
  );
}
