import type { FindingInputs } from '@/lib/model';
import { detectStuckExecution } from './detect-stuck-execution';
import type { FindingThresholds } from './finding-thresholds';
import type { Analysis, StuckFinding } from './finding-types';
import { getDurationBaseline } from './get-duration-baseline';

const SEVERITY_ORDER = { critical: 0, warning: 1 } as const;

/** Stuck findings over every RUNNING execution read, worst and longest first. */
export function detectStuckExecutions(
  inputs: Pick<FindingInputs, 'running' | 'runningTotal' | 'stateMachines'>,
  thresholds: FindingThresholds,
  now: Date,
): Analysis<StuckFinding[]> {
  const warnings: string[] = [];
  if (inputs.runningTotal > inputs.running.length) {
    warnings.push(`Only ${inputs.running.length} of ${inputs.runningTotal} running executions were analysed (the most recently active).`);
  }
  const baselines = new Map(
    inputs.stateMachines.map((machine) => [machine.arn, getDurationBaseline(machine.successDurationsMs, thresholds.longRunningMinSamples)]),
  );
  const findings: StuckFinding[] = [];
  for (const execution of inputs.running) {
    const result = detectStuckExecution(execution, { baseline: baselines.get(execution.stateMachineArn) ?? null, thresholds, now });
    findings.push(...result.value);
    warnings.push(...result.warnings.map((warning) => `${execution.name}: ${warning}`));
  }
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.durationMs - a.durationMs);
  return { value: findings, warnings };
}
