import type { HistoryEvent } from './history-event';

/** Why an event is a billed state transition (../shared/reference/pricing.md §1). */
export type BilledTransitionKind = 'state' | 'retry' | 'redrive';

/** Events that begin one attempt of a state; a second one in the same visit is a retry. */
const ATTEMPT_STARTS = new Set(['TaskScheduled', 'LambdaFunctionScheduled', 'ActivityScheduled', 'MapStateStarted', 'ParallelStateStarted']);

export type TransitionEvent = Pick<HistoryEvent, 'id' | 'previousEventId' | 'type'>;

/**
 * Whether one history event is a billed state transition, and why (pricing.md §1, "Estimating transitions
 * from a history"): every `*StateEntered`; every `ExecutionRedriven`; and every attempt that does not
 * directly follow its state's `*StateEntered` — a Retry, or a state re-run by a redrive without a fresh
 * entry. `previousEventType` is the type of the event `previousEventId` points at (undefined when unknown),
 * so the answer depends on the event and its predecessor only and counts add up over appended events.
 */
export function getBilledTransitionKind(event: Pick<TransitionEvent, 'type'>, previousEventType: string | undefined): BilledTransitionKind | null {
  const { type } = event;
  if (type.endsWith('StateEntered')) return 'state';
  if (type === 'ExecutionRedriven') return 'redrive';
  if (!ATTEMPT_STARTS.has(type) || previousEventType === undefined) return null;
  if (previousEventType.endsWith('StateEntered')) return null;
  return previousEventType === 'ExecutionRedriven' ? 'redrive' : 'retry';
}
