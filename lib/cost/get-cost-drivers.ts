import { toKnownCost, toUnknownCost, type Cost } from './cost';
import { estimateStandardCost } from './estimate-standard-cost';
import { getRegionRates } from './get-region-rates';
import type { MonthlyCostReview } from './get-monthly-cost-review';
import { getTransitionsByState, type StateCostEvent } from './get-transitions-by-state';
import type { PriceTable } from './price-table';

/** The stored history of one sampled run. */
export type CostDriverSample = { stateMachineId: number; events: StateCostEvent[] };

export type StateCostDriver = {
  machineName: string;
  machineArn: string;
  stateName: string;
  stateType: string;
  /** Scaled from the sampled runs to the machine's month. */
  transitions: number;
  retries: number;
  redriveReruns: number;
  /** Share of the machine's transitions. */
  share: number;
  /** Its transitions at the Standard list price, before the free tier. */
  cost: Cost;
  /** What its retries and redriven re-runs alone cost, the same way. */
  retryCost: Cost;
  sampledRuns: number;
};

export type FanOutDriver = {
  machineName: string;
  machineArn: string;
  runs: number;
  /** Inline Map iterations per stored run. */
  mapIterationsPerRun: number;
  /** Distributed Map child executions started this month, and what those children cost. */
  childStarts: number;
  childCost: Cost;
};

export type CostDrivers = { states: StateCostDriver[]; retries: StateCostDriver[]; fanOut: FanOutDriver[]; sampledRuns: number };

const TOP = 10;

/**
 * What drives the month's Standard cost: the states costing the most transitions and the most retries,
 * from a sample of stored histories scaled to each machine's month, and the Map fan-out per machine.
 */
export function getCostDrivers(review: MonthlyCostReview, samples: readonly CostDriverSample[], prices: PriceTable): CostDrivers {
  const byMachine = new Map<number, CostDriverSample[]>();
  for (const sample of samples) {
    const list = byMachine.get(sample.stateMachineId);
    if (list) list.push(sample);
    else byMachine.set(sample.stateMachineId, [sample]);
  }
  const states: StateCostDriver[] = [];
  for (const row of review.machines) {
    const { usage } = row;
    const sampled = byMachine.get(usage.machine.id) ?? [];
    if (usage.type !== 'STANDARD' || sampled.length === 0 || !usage.transitions) continue;
    const totals = new Map<string, { stateType: string; transitions: number; retries: number; redriveReruns: number }>();
    let sampledTransitions = 0;
    for (const sample of sampled) {
      const split = getTransitionsByState(sample.events);
      sampledTransitions += split.total;
      for (const state of split.states) {
        const total = totals.get(state.stateName) ?? { stateType: state.stateType, transitions: 0, retries: 0, redriveReruns: 0 };
        total.transitions += state.transitions;
        total.retries += state.retries;
        total.redriveReruns += state.redriveReruns;
        totals.set(state.stateName, total);
      }
    }
    if (sampledTransitions === 0) continue;
    const scale = usage.transitions / sampledTransitions;
    const rates = usage.machine.region ? getRegionRates(prices, usage.machine.region) : null;
    const price = (transitions: number): Cost =>
      rates?.standard.known
        ? toKnownCost(estimateStandardCost(rates.standard.rate, { transitions, freeTransitionsUsed: Infinity }).grossPicoUsd)
        : toUnknownCost(rates && !rates.standard.known ? rates.standard.reason : 'The region is unknown.');
    for (const [stateName, total] of totals) {
      const transitions = Math.round(total.transitions * scale);
      const retries = Math.round(total.retries * scale);
      const redriveReruns = Math.round(total.redriveReruns * scale);
      states.push({
        machineName: usage.machine.name,
        machineArn: usage.machine.arn,
        stateName,
        stateType: total.stateType,
        transitions,
        retries,
        redriveReruns,
        share: total.transitions / sampledTransitions,
        cost: price(transitions),
        retryCost: price(retries + redriveReruns),
        sampledRuns: sampled.length,
      });
    }
  }

  const fanOut: FanOutDriver[] = [];
  for (const row of review.machines) {
    const { usage } = row;
    if (usage.mapIterations === 0 && usage.childStarts === 0) continue;
    const children = review.machines.filter((other) => other.usage.machine.arn.startsWith(`${usage.machine.arn}/`));
    let childCost: Cost = toKnownCost(0n);
    for (const child of children) childCost = !childCost.known ? childCost : !child.cost.known ? child.cost : toKnownCost(childCost.picoUsd + child.cost.picoUsd);
    fanOut.push({
      machineName: usage.machine.name,
      machineArn: usage.machine.arn,
      runs: usage.storedExecutions,
      mapIterationsPerRun: usage.storedExecutions ? usage.mapIterations / usage.storedExecutions : 0,
      childStarts: usage.childStarts,
      childCost,
    });
  }

  return {
    states: [...states].sort((a, b) => b.transitions - a.transitions).slice(0, TOP),
    retries: states.filter((state) => state.retries + state.redriveReruns > 0).sort((a, b) => b.retries + b.redriveReruns - (a.retries + a.redriveReruns)).slice(0, TOP),
    fanOut: fanOut.sort((a, b) => b.childStarts + b.mapIterationsPerRun * b.runs - (a.childStarts + a.mapIterationsPerRun * a.runs)),
    sampledRuns: samples.length,
  };
}
