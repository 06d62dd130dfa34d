import { toKnownCost, toUnknownCost, type Cost } from './cost';
import { estimateExpressCost } from './estimate-express-cost';
import { estimateStandardCost } from './estimate-standard-cost';
import { estimateBilledMemoryMb, getBilledDurationMs } from './express-billing';
import { getBreakEven, type BreakEven } from './get-break-even';
import { getRegionRates } from './get-region-rates';
import type { PriceTable } from './price-table';

export type WhatIfInput = {
  executionsPerMonth: number;
  region: string;
  transitionsPerExecution: number;
  averageDurationMs: number;
  averagePayloadBytes: number;
  definitionBytes: number;
  parallelMapSteps: number;
};

export type WhatIfResult = {
  standard: Cost;
  express: Cost;
  billedTransitions: number;
  billedDurationMs: number;
  billedMemoryMb: number;
  gbSeconds: number;
  breakEven: BreakEven | { kind: 'unknown'; reason: string };
};

/** A workload priced both ways, alone in its account and region (the whole free tier is its own). */
export function estimateWhatIf(input: WhatIfInput, prices: PriceTable): WhatIfResult {
  const rates = getRegionRates(prices, input.region);
  const runs = Math.max(0, Math.round(input.executionsPerMonth));
  const billedDurationMs = getBilledDurationMs(input.averageDurationMs);
  const billedMemoryMb = estimateBilledMemoryMb({ definitionBytes: input.definitionBytes, payloadBytes: input.averagePayloadBytes, parallelMapSteps: input.parallelMapSteps });
  const mbMsPerRun = billedDurationMs * billedMemoryMb;
  const standard = rates.standard.known ? estimateStandardCost(rates.standard.rate, { transitions: runs * input.transitionsPerExecution }) : null;
  const express = rates.express.known ? estimateExpressCost(rates.express.rate, { requests: runs, mbMs: runs * mbMsPerRun }) : null;
  return {
    standard: standard ? toKnownCost(standard.picoUsd) : toUnknownCost(rates.standard.known ? '' : rates.standard.reason),
    express: express ? toKnownCost(express.picoUsd) : toUnknownCost(rates.express.known ? '' : rates.express.reason),
    billedTransitions: standard?.billedTransitions ?? 0,
    billedDurationMs,
    billedMemoryMb,
    gbSeconds: (runs * mbMsPerRun) / 1_024_000,
    breakEven:
      rates.standard.known && rates.express.known
        ? getBreakEven({ standard: rates.standard.rate, express: rates.express.rate, transitionsPerExecution: input.transitionsPerExecution, mbMsPerExecution: mbMsPerRun })
        : { kind: 'unknown', reason: !rates.standard.known ? rates.standard.reason : !rates.express.known ? rates.express.reason : '' },
  };
}
