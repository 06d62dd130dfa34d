import { allocateProportionally } from './allocate-proportionally';
import { toKnownCost, toUnknownCost, type Cost } from './cost';
import type { CostUsageInput } from '@/lib/model';
import { estimateExpressCost } from './estimate-express-cost';
import { estimateStandardCost } from './estimate-standard-cost';
import type { MachineTransitionWindows } from './detect-cost-anomalies';
import { forecastMonthCost, type MonthForecast } from './forecast-month-cost';
import { getBreakEven, type BreakEven } from './get-break-even';
import { getMachineMonthUsages, type MachineMonthUsage } from './get-machine-month-usages';
import { getRegionRates, type RegionRates } from './get-region-rates';
import { getSwitchEligibility, type StateMachineType, type SwitchEligibility } from './get-switch-eligibility';
import type { MonthKey } from './month';
import type { PriceSource, PriceTable } from './price-table';
import type { PicoUsd } from './usd';

export type MachineMonthCost = {
  usage: MachineMonthUsage;
  /** Its share of the month's bill: list price less its share of the free tier (Standard) or of the tiers (Express). */
  cost: Cost;
  /** Standard before the free tier; for Express the same as cost. */
  grossCost: Cost;
  otherType: StateMachineType;
  /** What its runs would add to the other type's bill in the same account and region. */
  otherCost: Cost;
  /** The month's bill now less the bill had this machine run as the other type; positive = switching saves. */
  saving: Cost;
  eligibility: SwitchEligibility;
  breakEven: BreakEven | { kind: 'unknown'; reason: string };
};

export type ScopeBill = {
  scopeKey: string;
  region: string | null;
  standardTransitions: number;
  freeTransitions: number;
  standardCost: Cost;
  expressRequests: number;
  expressGbSeconds: number;
  expressCost: Cost;
  /** State machines whose usage is unknown, left out of these sums. */
  missing: string[];
};

export type MonthlyCostReview = {
  month: MonthKey;
  prices: { label: string; sources: PriceSource[]; discountBasisPoints: number };
  machines: MachineMonthCost[];
  scopes: ScopeBill[];
  /** Sum of what could be computed; `complete` says whether anything is missing from it. */
  total: { picoUsd: PicoUsd; complete: boolean; missing: string[] };
  /** Month to date and to month end: only while the month is open. */
  forecast: MonthForecast | null;
};

type ScopeUsage = { transitions: number; requests: number; mbMs: number };

/**
 * The month's review: per state machine its usage, its share of the bill, its cost and saving under the
 * other type, whether it could switch, and the break-even volume; per account and region the bill with the
 * free tier and Express tiers applied once (pricing.md §1, §2).
 */
export function getMonthlyCostReview(
  input: CostUsageInput,
  options: { month: MonthKey; now: Date; prices: PriceTable; transitionWindows?: readonly MachineTransitionWindows[] },
): MonthlyCostReview {
  const { month, now, prices } = options;
  const usages = getMachineMonthUsages(input, month, now);
  const rates = new Map<string, RegionRates>();
  const ratesOf = (usage: MachineMonthUsage): RegionRates | null => {
    const region = usage.machine.region;
    if (!region) return null;
    if (!rates.has(region)) rates.set(region, getRegionRates(prices, region));
    return rates.get(region) ?? null;
  };

  const scopes = new Map<string, MachineMonthUsage[]>();
  for (const usage of usages) scopes.set(usage.scopeKey, [...(scopes.get(usage.scopeKey) ?? []), usage]);

  const machines: MachineMonthCost[] = [];
  const bills: ScopeBill[] = [];
  for (const [scopeKey, members] of scopes) {
    const regionRates = ratesOf(members[0]);
    const standardRate = regionRates?.standard.known ? regionRates.standard.rate : null;
    const expressRate = regionRates?.express.known ? regionRates.express.rate : null;
    const noRegion = 'The region is unknown, so no price applies.';
    const standardReason = regionRates ? (regionRates.standard.known ? '' : regionRates.standard.reason) : noRegion;
    const expressReason = regionRates ? (regionRates.express.known ? '' : regionRates.express.reason) : noRegion;

    const standard = members.filter((usage) => usage.type === 'STANDARD');
    const express = members.filter((usage) => usage.type === 'EXPRESS');
    const knownStandard = standard.filter((usage) => usage.billableTransitions !== null);
    const knownExpress = express.filter((usage) => usage.mbMs !== null);
    const current: ScopeUsage = {
      transitions: knownStandard.reduce((sum, usage) => sum + (usage.billableTransitions ?? 0), 0),
      requests: express.reduce((sum, usage) => sum + usage.executions, 0),
      mbMs: knownExpress.reduce((sum, usage) => sum + (usage.mbMs ?? 0), 0),
    };
    const standardBill = (transitions: number): Cost =>
      standardRate ? toKnownCost(estimateStandardCost(standardRate, { transitions }).picoUsd) : transitions > 0 ? toUnknownCost(standardReason) : toKnownCost(0n);
    const expressBill = (requests: number, mbMs: number): Cost =>
      expressRate ? toKnownCost(estimateExpressCost(expressRate, { requests, mbMs }).picoUsd) : requests > 0 ? toUnknownCost(expressReason) : toKnownCost(0n);

    // Shares of the Standard bill: list price less a share of the free tier in proportion to transitions.
    const standardShares = new Map<MachineMonthUsage, { cost: Cost; gross: Cost }>();
    if (standardRate) {
      const gross = knownStandard.map((usage) => estimateStandardCost(standardRate, { transitions: usage.billableTransitions ?? 0, freeTransitionsUsed: Infinity }).grossPicoUsd);
      const bill = estimateStandardCost(standardRate, { transitions: current.transitions }).picoUsd;
      const credit = gross.reduce((a, b) => a + b, 0n) - bill;
      const credits = allocateProportionally(credit, knownStandard.map((usage) => usage.billableTransitions ?? 0));
      knownStandard.forEach((usage, i) => standardShares.set(usage, { cost: toKnownCost(gross[i] - credits[i]), gross: toKnownCost(gross[i]) }));
    }
    // Shares of the Express bill: own requests, and duration in proportion to MB-ms.
    const expressShares = new Map<MachineMonthUsage, Cost>();
    if (expressRate) {
      const duration = estimateExpressCost(expressRate, { requests: 0, mbMs: current.mbMs }).durationPicoUsd;
      const parts = allocateProportionally(duration, knownExpress.map((usage) => usage.mbMs ?? 0));
      knownExpress.forEach((usage, i) => expressShares.set(usage, toKnownCost(estimateExpressCost(expressRate, { requests: usage.executions, mbMs: 0 }).requestsPicoUsd + parts[i])));
    }

    const billOf = (usage: ScopeUsage): Cost => sumCosts([standardBill(usage.transitions), expressBill(usage.requests, usage.mbMs)]);
    const billNow = billOf(current);
    for (const usage of members) {
      const ownReason = (usage.type === 'STANDARD' ? standardReason : expressReason) || usage.notes.at(-1) || 'Usage unknown.';
      const cost = usage.type === 'STANDARD' ? (standardShares.get(usage)?.cost ?? toUnknownCost(ownReason)) : (expressShares.get(usage) ?? toUnknownCost(ownReason));
      const grossCost = usage.type === 'STANDARD' ? (standardShares.get(usage)?.gross ?? cost) : cost;

      // The other type, at the margin of this account's usage.
      let otherCost: Cost;
      let saving: Cost;
      const transitions = usage.billableTransitions;
      const mbMs = usage.mbMs;
      if (transitions === null) {
        otherCost = saving = toUnknownCost(usage.type === 'STANDARD' ? 'Its transitions are unknown, so its share cannot move.' : 'No Express run has a counted history to project Standard transitions from.');
      } else if (mbMs === null) {
        otherCost = saving = toUnknownCost('No finished run to take a duration from, so Express duration cannot be projected.');
      } else if (usage.type === 'STANDARD') {
        const after: ScopeUsage = { transitions: current.transitions - transitions, requests: current.requests + usage.executions, mbMs: current.mbMs + mbMs };
        otherCost = differenceOf(expressBill(after.requests, after.mbMs), expressBill(current.requests, current.mbMs));
        saving = differenceOf(billNow, billOf(after));
      } else {
        const after: ScopeUsage = { transitions: current.transitions + transitions, requests: current.requests - usage.executions, mbMs: current.mbMs - mbMs };
        otherCost = differenceOf(standardBill(after.transitions), standardBill(current.transitions));
        saving = differenceOf(billNow, billOf(after));
      }

      const eligibility = getSwitchEligibility({
        type: usage.type,
        features: usage.features,
        maxDurationMs: usage.maxDurationMs,
        openLongRuns: usage.openLongRuns,
        taskSubmittedEvents: usage.taskSubmittedEvents,
        activityEvents: usage.activityEvents,
      });
      const breakEven: MachineMonthCost['breakEven'] =
        !standardRate || !expressRate
          ? { kind: 'unknown', reason: standardReason || expressReason }
          : transitions === null || mbMs === null || usage.executions === 0
            ? { kind: 'unknown', reason: 'Needs counted transitions and a run duration.' }
            : getBreakEven({ standard: standardRate, express: expressRate, transitionsPerExecution: transitions / usage.executions, mbMsPerExecution: mbMs / usage.executions });
      machines.push({ usage, cost, grossCost, otherType: usage.type === 'STANDARD' ? 'EXPRESS' : 'STANDARD', otherCost, saving, eligibility, breakEven });
    }

    const standardEstimate = standardRate ? estimateStandardCost(standardRate, { transitions: current.transitions }) : null;
    bills.push({
      scopeKey,
      region: members[0].machine.region,
      standardTransitions: current.transitions,
      freeTransitions: standardEstimate?.freeTransitions ?? 0,
      standardCost: standardBill(current.transitions),
      expressRequests: current.requests,
      expressGbSeconds: current.mbMs / 1_024_000,
      expressCost: expressBill(current.requests, current.mbMs),
      missing: [...standard.filter((usage) => usage.billableTransitions === null), ...express.filter((usage) => usage.mbMs === null)].map((usage) => usage.machine.name),
    });
  }

  machines.sort((a, b) => compareCostsDescending(a.cost, b.cost) || a.usage.machine.name.localeCompare(b.usage.machine.name));
  let picoUsd = 0n;
  const missing: string[] = [];
  for (const bill of bills) {
    for (const part of [bill.standardCost, bill.expressCost]) {
      if (part.known) picoUsd += part.picoUsd;
      else missing.push(`${bill.scopeKey}: ${part.reason}`);
    }
    missing.push(...bill.missing.map((name) => `${name}: usage unknown`));
  }
  return {
    month,
    prices: { label: prices.label, sources: prices.sources, discountBasisPoints: prices.discountBasisPoints },
    machines,
    scopes: bills,
    total: { picoUsd, complete: missing.length === 0, missing },
    forecast: forecastMonthCost({ month, now, usages, prices, transitionWindows: options.transitionWindows }),
  };
}

function sumCosts(costs: Cost[]): Cost {
  let total = 0n;
  for (const cost of costs) {
    if (!cost.known) return cost;
    total += cost.picoUsd;
  }
  return toKnownCost(total);
}

function differenceOf(a: Cost, b: Cost): Cost {
  if (!a.known) return a;
  if (!b.known) return b;
  return toKnownCost(a.picoUsd - b.picoUsd);
}

function compareCostsDescending(a: Cost, b: Cost): number {
  if (a.known && b.known) return a.picoUsd === b.picoUsd ? 0 : a.picoUsd > b.picoUsd ? -1 : 1;
  return a.known ? -1 : b.known ? 1 : 0;
}
