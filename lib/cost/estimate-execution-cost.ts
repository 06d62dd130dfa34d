import { allocateProportionally } from './allocate-proportionally';
import { toIncompleteCost, toKnownCost, toUnknownCost, type Cost } from './cost';
import { estimateExpressCost } from './estimate-express-cost';
import { estimateStandardCost } from './estimate-standard-cost';
import { estimateBilledMemoryMb, getBilledDurationMs } from './express-billing';
import { getDefinitionFeatures } from './get-definition-features';
import { getRegionRates } from './get-region-rates';
import { EXPRESS_MAX_DURATION_MS, getSwitchEligibility, type StateMachineType, type SwitchEligibility } from './get-switch-eligibility';
import { getTransitionsByState, type StateCostEvent, type StateTransitions } from './get-transitions-by-state';
import type { PriceTable } from './price-table';

export type ExecutionCostInput = {
  type: string;
  region: string | null;
  status: string;
  durationMs: number | null;
  /** How long a running execution has been open. */
  openForMs?: number;
  inputBytes: number | null;
  outputBytes: number | null;
  definition: string | null;
  definitionBytes: number | null;
  historyComplete: boolean;
  /** Child executions its Distributed Map Runs started (stored ones), each a transition billed here. */
  childStarts: number;
  /** Map Runs in its history whose children are not all stored. */
  mapRunsWithoutChildren: number;
};

export type StateCost = StateTransitions & {
  /** Its transitions at the Standard price. */
  standardCost: Cost;
  /** Its share of the run's Express duration cost, by the time spent in it. */
  expressCost: Cost;
};

export type ExecutionCost = {
  type: StateMachineType;
  transitions: number;
  childStarts: number;
  billableTransitions: number;
  /** At list price before the account's free tier, which belongs to the month and not to one run. */
  standardCost: Cost;
  expressCost: Cost;
  billedDurationMs: number | null;
  billedMemoryMb: number;
  own: Cost;
  other: Cost;
  states: StateCost[];
  redrives: number;
  eligibility: SwitchEligibility;
  notes: string[];
};

/**
 * One execution's cost under its own type and the other, and how it splits over its states: transitions
 * per state at the Standard price, the Express duration cost by time in each state (pricing.md §1, §2).
 */
export function estimateExecutionCost(input: ExecutionCostInput, events: readonly StateCostEvent[], prices: PriceTable): ExecutionCost {
  const type: StateMachineType = input.type === 'EXPRESS' ? 'EXPRESS' : 'STANDARD';
  const notes: string[] = [];
  const split = getTransitionsByState(events);
  const billableTransitions = split.total + input.childStarts;
  if (!input.historyComplete) notes.push('The stored history is incomplete: the counts cover the stored events only, and no cost is given until the rest is imported.');
  if (input.mapRunsWithoutChildren > 0) notes.push(`${input.mapRunsWithoutChildren} Map Run(s) have child executions that are not stored; their starts are missing from the count.`);
  if (split.unattributed > 0) notes.push(`${split.unattributed} retried attempt(s) could not be traced to a state.`);

  const rates = input.region ? getRegionRates(prices, input.region) : null;
  const features = getDefinitionFeatures(input.definition).value;
  const branches = features?.parallelBranchesByState ?? {};
  const steps = events.reduce((sum, event) => {
    if (event.type === 'MapIterationStarted') return sum + 1;
    if (event.type === 'ParallelStateEntered') return sum + (branches[event.stateName ?? ''] ?? 1);
    return sum;
  }, 0);
  const billedMemoryMb = estimateBilledMemoryMb({ definitionBytes: input.definitionBytes ?? 0, payloadBytes: Math.max(input.inputBytes ?? 0, input.outputBytes ?? 0), parallelMapSteps: steps });
  const billedDurationMs = input.durationMs === null ? null : getBilledDurationMs(input.durationMs);

  const standardRate = rates?.standard.known ? rates.standard.rate : null;
  const expressRate = rates?.express.known ? rates.express.rate : null;
  const noRegion = 'The region is unknown, so no price applies.';
  const priceTransitions = (transitions: number): Cost =>
    standardRate
      ? toKnownCost(estimateStandardCost(standardRate, { transitions, freeTransitionsUsed: Infinity }).grossPicoUsd)
      : toUnknownCost(rates && !rates.standard.known ? rates.standard.reason : noRegion);
  const incomplete = toIncompleteCost('The history is incomplete, so its transitions and time in each state cannot all be counted.');
  const standardCost = input.historyComplete ? priceTransitions(billableTransitions) : incomplete;
  const express = expressRate && billedDurationMs !== null ? estimateExpressCost(expressRate, { requests: 1, mbMs: billedDurationMs * billedMemoryMb }) : null;
  const expressCost: Cost = !input.historyComplete
    ? incomplete
    : express
    ? toKnownCost(express.picoUsd)
    : toUnknownCost(!expressRate ? (rates && !rates.express.known ? rates.express.reason : noRegion) : 'The run has not finished, so its billed duration is not known yet.');

  const durationShares = express ? allocateProportionally(express.durationPicoUsd, split.states.map((state) => state.activeMs)) : null;
  const states: StateCost[] = split.states.map((state, i) => ({
    ...state,
    standardCost: input.historyComplete ? priceTransitions(state.transitions) : incomplete,
    expressCost: input.historyComplete && durationShares ? toKnownCost(durationShares[i]) : expressCost,
  }));

  const open = input.status === 'RUNNING';
  const eligibility = getSwitchEligibility({
    type,
    features,
    maxDurationMs: input.durationMs,
    openLongRuns: open && (input.openForMs ?? 0) > EXPRESS_MAX_DURATION_MS ? 1 : 0,
    taskSubmittedEvents: events.filter((event) => event.type === 'TaskSubmitted').length,
    activityEvents: events.filter((event) => event.type === 'ActivityScheduled').length,
  });
  return {
    type,
    transitions: split.total,
    childStarts: input.childStarts,
    billableTransitions,
    standardCost,
    expressCost,
    billedDurationMs,
    billedMemoryMb,
    own: type === 'STANDARD' ? standardCost : expressCost,
    other: type === 'STANDARD' ? expressCost : standardCost,
    states,
    redrives: split.redrives,
    eligibility,
    notes,
  };
}
