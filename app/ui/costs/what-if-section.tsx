import type { CostReviewData } from './cost-review-data';
import { WhatIfPanel, type WhatIfPreset } from './what-if-panel';

/** The what-if panel, started from each machine's month: its volume (to month end while the month is open) and run shape. */
export async function WhatIfSection({ data }: { data: Promise<CostReviewData> }) {
  const { review, prices } = await data;
  const scale = review.forecast ? review.forecast.daysInMonth / Math.max(review.forecast.elapsedDays, 1) : 1;
  const presets: WhatIfPreset[] = review.machines
    .filter((row) => row.usage.executions > 0 && row.usage.billableTransitions !== null && row.usage.machine.region)
    .map(({ usage }) => ({
      name: usage.machine.name,
      type: usage.type,
      region: usage.machine.region ?? 'us-east-1',
      executionsPerMonth: Math.round(usage.executions * scale),
      transitionsPerExecution: Math.round(((usage.billableTransitions ?? 0) / usage.executions) * 10) / 10,
      averageDurationMs: Math.round(usage.averageBilledDurationMs ?? 0),
      averagePayloadBytes: Math.round(usage.averagePayloadBytes ?? 0),
      definitionBytes: usage.machine.definitionBytes ?? 0,
      parallelMapSteps: Math.round((usage.averageParallelMapSteps ?? 0) * 10) / 10,
    }));
  return <WhatIfPanel prices={prices} presets={presets} />;
}
