'use client';

import { ErrorPanel } from '../ui/error-panel';

export default function Error({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel title="The sources could not be loaded" error={error} reset={reset} />;
}
