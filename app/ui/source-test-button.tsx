'use client';

import { useState, useTransition } from 'react';
import type { SourceActionResult } from './source-form-fields';

/** "Test connection" for a saved source: one ListStateMachines call, then what came back or the AWS error. */
export function SourceTestButton({ action, disabled, name }: { action: () => Promise<SourceActionResult>; disabled: boolean; name: string }) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<SourceActionResult | null>(null);
  return (
    <span className="row" style={{ gap: 6 }}>
      <button
        type="button"
        className="button button-small"
        disabled={disabled || pending}
        aria-label={`Test connection of ${name}`}
        onClick={() => startTransition(async () => setResult(await action()))}
      >
        {pending ? 'Testing…' : 'Test connection'}
      </button>
      {result && (
        <span className={result.ok ? 'result-ok' : 'result-failed'} role="status" data-testid="connection-result">
          {result.ok ? '✓ ' : '✗ '}
          {result.message}
        </span>
      )}
    </span>
  );
}
