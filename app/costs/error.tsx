'use client';

import { ErrorPanel } from '../ui/error-panel';

export default function CostsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel title="Costs could not be computed" error={error} reset={reset} />;
}
