import type { FindingInputs } from '@/lib/model';
import type { FindingThresholds } from '../stuck/finding-thresholds';
import type { Analysis, FindingSeverity, QuotaRisk } from '../stuck/finding-types';
import { detectAccountRisks } from './detect-account-risks';
import { detectDurationRisks } from './detect-duration-risks';
import { detectHistoryRisks } from './detect-history-risks';
import { detectPayloadRisks } from './detect-payload-risks';
import { detectRedriveRisks } from './detect-redrive-risks';
import { detectRetentionRisks } from './detect-retention-risks';

const ORDER: Record<FindingSeverity, number> = { critical: 0, warning: 1, ok: 2 };

/**
 * Every quota Statescope can measure, per execution, state machine and account/region: the worst first,
 * then the soonest projected, then the fullest. `ok` rows show the headroom of what was measured.
 */
export function detectQuotaRisks(inputs: FindingInputs, thresholds: FindingThresholds, now: Date): Analysis<QuotaRisk[]> {
  const warnings: string[] = [];
  const risks: QuotaRisk[] = [];
  const run = (name: string, detect: () => QuotaRisk[]) => {
    // One odd record must not hide every other quota: report it and go on.
    try {
      risks.push(...detect());
    } catch (error) {
      warnings.push(`${name} could not be measured: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  run('History size', () => detectHistoryRisks(inputs.running, inputs.stateMachines, thresholds, now));
  run('Payload size', () => detectPayloadRisks(inputs.running, inputs.payloadSamples, inputs.stateMachines, thresholds));
  run('Execution duration', () => detectDurationRisks(inputs.running, inputs.stateMachines, thresholds, now));
  run('Redrive window', () => detectRedriveRisks(inputs.closing, thresholds, now));
  run('History retention', () => detectRetentionRisks(inputs.closing, thresholds, now));
  run('Account rates and open executions', () => detectAccountRisks(inputs.sources, thresholds, now));
  if (inputs.runningTotal > inputs.running.length) {
    warnings.push(`Per-execution risks cover ${inputs.running.length} of ${inputs.runningTotal} running executions.`);
  }
  risks.sort(
    (a, b) =>
      ORDER[a.severity] - ORDER[b.severity] ||
      (a.projectedAt?.getTime() ?? Number.POSITIVE_INFINITY) - (b.projectedAt?.getTime() ?? Number.POSITIVE_INFINITY) ||
      b.usedPercent - a.usedPercent,
  );
  return { value: risks, warnings };
}
