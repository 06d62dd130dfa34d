import type { Cost } from './cost';
import type { MonthlyCostReview } from './get-monthly-cost-review';
import { toUsdText } from './usd';

/** One line of the month's review, as the CLI table and the CSV export print it. */
export type CostReviewRow = {
  month: string;
  stateMachine: string;
  type: string;
  region: string;
  executions: string;
  transitions: string;
  costUsd: string;
  otherType: string;
  otherCostUsd: string;
  savingUsd: string;
  switchEligible: string;
  notes: string;
};

/** `kind: 'number'`: a count or amount the review computed, written as a bare number in CSV. */
export const COST_REVIEW_COLUMNS: { key: keyof CostReviewRow; title: string; kind?: 'number' }[] = [
  { key: 'month', title: 'month' },
  { key: 'stateMachine', title: 'state_machine' },
  { key: 'type', title: 'type' },
  { key: 'region', title: 'region' },
  { key: 'executions', title: 'executions', kind: 'number' },
  { key: 'transitions', title: 'transitions', kind: 'number' },
  { key: 'costUsd', title: 'cost_usd', kind: 'number' },
  { key: 'otherType', title: 'other_type' },
  { key: 'otherCostUsd', title: 'projected_other_cost_usd', kind: 'number' },
  { key: 'savingUsd', title: 'saving_if_switched_usd', kind: 'number' },
  { key: 'switchEligible', title: 'switch_eligible' },
  { key: 'notes', title: 'notes' },
];

/** Six decimals: small bills stay visible and sums stay checkable. An unknown cost is the word "unknown". */
const usd = (cost: Cost) => (cost.known ? toUsdText(cost.picoUsd, 6) : 'unknown');

export function toCostReviewRows(review: MonthlyCostReview): CostReviewRow[] {
  return review.machines.map((row) => {
    const { usage, eligibility } = row;
    const reasons = [
      ...[row.cost, row.otherCost].filter((cost): cost is Extract<Cost, { known: false }> => !cost.known).map((cost) => cost.reason),
      ...(eligibility.eligible === false ? eligibility.blockers : []),
      ...usage.notes,
    ];
    return {
      month: review.month,
      stateMachine: usage.machine.name,
      type: usage.type,
      region: usage.machine.region ?? 'unknown',
      executions: String(usage.executions),
      transitions: usage.billableTransitions === null ? 'unknown' : String(usage.billableTransitions),
      costUsd: usd(row.cost),
      otherType: row.otherType,
      otherCostUsd: usd(row.otherCost),
      savingUsd: usd(row.saving),
      switchEligible: eligibility.eligible === null ? 'unknown' : eligibility.eligible ? 'yes' : 'no',
      notes: [...new Set(reasons)].join(' '),
    };
  });
}
