import type { FindingSeverity, QuotaRisk } from '../stuck/finding-types';
import type { FindingThresholds } from '../stuck/finding-thresholds';

const HOUR_MS = 3_600_000;
/** A limit projected within a day is critical whatever the horizon. */
const CRITICAL_PROJECTION_MS = 24 * HOUR_MS;

/** Fills the derived members of a quota risk: id, margin, share used. */
export function toQuotaRisk(risk: Omit<QuotaRisk, 'id' | 'margin' | 'usedPercent'>): QuotaRisk {
  const usedPercent = risk.limit > 0 ? (risk.value / risk.limit) * 100 : 0;
  return {
    id: `${risk.quota}#${risk.scope}#${risk.subjectArn}`,
    ...risk,
    margin: risk.limit - risk.value,
    usedPercent: Math.round(usedPercent * 10) / 10,
  };
}

/** Critical at the limit or when it is a day away; warning past the warn share or within the horizon. */
export function getQuotaSeverity(
  value: number,
  limit: number,
  projectedAt: Date | null,
  thresholds: FindingThresholds,
  now: Date,
  warnPercent: number = thresholds.quotaWarnPercent,
): FindingSeverity {
  const untilMs = projectedAt ? projectedAt.getTime() - now.getTime() : Number.POSITIVE_INFINITY;
  if (value >= limit || untilMs <= CRITICAL_PROJECTION_MS) return 'critical';
  if ((value / limit) * 100 >= warnPercent || untilMs <= thresholds.projectionHorizonHours * HOUR_MS) return 'warning';
  return 'ok';
}
