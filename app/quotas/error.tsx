'use client';

import { ErrorPanel } from '../ui/error-panel';

export default function QuotasError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel title="Quota risks could not be analysed" error={error} reset={reset} />;
}
