import type { Eligibility, IneligibleReason } from './action-candidate';

export type EligibilitySummary = {
  eligible: number;
  ineligible: number;
  /** Refusals by reason, most common first, each with one example message. */
  reasons: { reason: IneligibleReason; count: number; example: string }[];
};

/** Counts for a confirmation: how many executions an action will touch and why the others will be skipped. */
export function summariseEligibility(results: readonly (Pick<Eligibility, 'eligible'> & { reason?: IneligibleReason; message?: string })[]): EligibilitySummary {
  const reasons = new Map<IneligibleReason, { reason: IneligibleReason; count: number; example: string }>();
  let eligible = 0;
  for (const result of results) {
    if (result.eligible) {
      eligible++;
      continue;
    }
    const reason = result.reason ?? 'status';
    const entry = reasons.get(reason) ?? { reason, count: 0, example: result.message ?? '' };
    entry.count++;
    reasons.set(reason, entry);
  }
  return { eligible, ineligible: results.length - eligible, reasons: [...reasons.values()].sort((a, b) => b.count - a.count) };
}
