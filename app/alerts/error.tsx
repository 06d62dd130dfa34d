'use client';

import { ErrorPanel } from '../ui/error-panel';

export default function AlertsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel title="The alerts could not be shown" error={error} reset={reset} />;
}
