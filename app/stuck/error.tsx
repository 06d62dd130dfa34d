'use client';

import { ErrorPanel } from '../ui/error-panel';

export default function StuckError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel title="Stuck runs could not be analysed" error={error} reset={reset} />;
}
