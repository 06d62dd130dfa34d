'use client';

import { ErrorPanel } from '../ui/error-panel';

export default function SettingsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel title="Settings could not be loaded" error={error} reset={reset} />;
}
