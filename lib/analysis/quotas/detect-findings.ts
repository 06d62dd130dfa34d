import type { FindingInputs } from '@/lib/model';
import { detectStuckExecutions } from '../stuck/detect-stuck-executions';
import type { FindingThresholds } from '../stuck/finding-thresholds';
import type { QuotaRisk, StuckFinding } from '../stuck/finding-types';
import { detectQuotaRisks } from './detect-quota-risks';

export type Findings = { stuck: StuckFinding[]; risks: QuotaRisk[]; warnings: string[] };

/** Stuck runs and quota risks over one read of the database, as every page and the CLI show them. */
export function detectFindings(inputs: FindingInputs, thresholds: FindingThresholds, now: Date): Findings {
  const stuck = detectStuckExecutions(inputs, thresholds, now);
  const risks = detectQuotaRisks(inputs, thresholds, now);
  return { stuck: stuck.value, risks: risks.value, warnings: [...stuck.warnings, ...risks.warnings] };
}
