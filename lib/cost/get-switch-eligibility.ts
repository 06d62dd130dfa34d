import type { DefinitionFeatures } from './get-definition-features';

export type StateMachineType = 'STANDARD' | 'EXPRESS';

/** quotas.md §1: an Express execution runs at most 5 minutes. */
export const EXPRESS_MAX_DURATION_MS = 5 * 60_000;

export type SwitchEligibility = {
  to: StateMachineType;
  /** null when the data cannot tell (no definition and no history evidence). */
  eligible: boolean | null;
  /** Why the switch is not possible (empty when eligible). */
  blockers: string[];
  /** What changes even when it is possible. */
  caveats: string[];
};

export type EligibilityInput = {
  type: StateMachineType;
  features: DefinitionFeatures | null;
  /** Longest closed run seen, and how many runs are still open past 5 minutes. */
  maxDurationMs: number | null;
  openLongRuns: number;
  /** History evidence: `TaskSubmitted` (a .sync or callback task waiting) and `ActivityScheduled` events. */
  taskSubmittedEvents: number;
  activityEvents: number;
};

const unique = (values: string[]) => [...new Set(values)];
const list = (values: string[]) => unique(values).slice(0, 3).join(', ') + (unique(values).length > 3 ? ', …' : '');

/**
 * Whether a state machine could switch type. To Express only when every run finishes within 5 minutes and
 * it uses no `.sync`, `.waitForTaskToken` or activities (pricing.md §4 example 2, quotas.md §1); Express runs
 * at least once and keeps no history in Step Functions. To Standard always, at per-transition prices.
 */
export function getSwitchEligibility(input: EligibilityInput): SwitchEligibility {
  if (input.type === 'EXPRESS') {
    return {
      to: 'STANDARD',
      eligible: true,
      blockers: [],
      caveats: [
        'Standard runs exactly once, keeps a 90-day history in Step Functions, can be redriven and can run up to a year.',
        'Standard StartExecution is throttled far lower than Express (quotas.md §4: 300/s refill in the largest regions against 6,000/s).',
      ],
    };
  }
  const blockers: string[] = [];
  const { features } = input;
  if (input.maxDurationMs !== null && input.maxDurationMs > EXPRESS_MAX_DURATION_MS) {
    blockers.push(`The longest run took ${formatMinutes(input.maxDurationMs)}; Express stops runs at 5 minutes (quotas.md §1).`);
  }
  if (input.openLongRuns > 0) blockers.push(`${input.openLongRuns} run(s) have been open for more than 5 minutes.`);
  if (features?.syncResources.length) blockers.push(`Uses .sync integrations, which Express does not support: ${list(features.syncResources)}.`);
  if (features?.callbackResources.length) blockers.push(`Waits for task tokens (.waitForTaskToken), which Express does not support: ${list(features.callbackResources)}.`);
  if (features?.activityResources.length) blockers.push(`Uses activities, which Express does not support: ${list(features.activityResources)}.`);
  if (!features && input.taskSubmittedEvents > 0) blockers.push('Its histories show tasks waiting on .sync jobs or task tokens (TaskSubmitted), which Express does not support.');
  if (!features && input.activityEvents > 0) blockers.push('Its histories show activity tasks, which Express does not support.');
  const caveats = [
    'Express runs at least once: every task must be safe to run twice.',
    'Express keeps no execution history in Step Functions (only CloudWatch Logs, if enabled) and cannot be redriven.',
  ];
  const unknown = !features && blockers.length === 0;
  return {
    to: 'EXPRESS',
    eligible: blockers.length > 0 ? false : unknown ? null : true,
    blockers: unknown ? ['The definition is not stored, so .sync, callback and activity use cannot be ruled out.'] : blockers,
    caveats,
  };
}

function formatMinutes(ms: number): string {
  const minutes = ms / 60_000;
  return minutes >= 120 ? `${(minutes / 60).toFixed(1)} h` : `${minutes.toFixed(1)} min`;
}
