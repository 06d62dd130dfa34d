/** Standard transitions of one state machine in 24-hour windows ending at `now`, measured from history events. */
export type MachineTransitionWindows = {
  stateMachineArn: string;
  stateMachineName: string;
  accountId: string | null;
  region: string | null;
  /** Index 0: the last 24 hours; 1: the 24 before them; … up to 7 trailing days. */
  windows: number[];
};

export type CostAnomaly = {
  stateMachineArn: string;
  stateMachineName: string;
  accountId: string | null;
  region: string | null;
  last24hTransitions: number;
  /** Mean of the trailing windows (days 2–8), per day. */
  trailingDailyTransitions: number;
  /** last24h ÷ trailing (Infinity when the machine was idle before). */
  ratio: number;
  reason: string;
};

/** A jump must add at least this many transitions a day (about 2.5 US cents at list price) to be worth telling. */
export const MIN_ANOMALY_EXTRA_TRANSITIONS = 1_000;
export const DEFAULT_ANOMALY_FACTOR = 3;

/**
 * Machines whose last 24 hours of transitions jumped over their trailing daily rate by `factor` or more
 * (and by MIN_ANOMALY_EXTRA_TRANSITIONS), largest jump first: a runaway loop shows here on the day it
 * starts, while the month's average barely moves.
 */
export function detectCostAnomalies(machines: readonly MachineTransitionWindows[], factor = DEFAULT_ANOMALY_FACTOR): CostAnomaly[] {
  const anomalies: CostAnomaly[] = [];
  for (const machine of machines) {
    const [last = 0, ...trailing] = machine.windows;
    const trailingDaily = trailing.length ? trailing.reduce((a, b) => a + b, 0) / trailing.length : 0;
    if (last - trailingDaily < MIN_ANOMALY_EXTRA_TRANSITIONS || last < factor * trailingDaily) continue;
    const ratio = trailingDaily > 0 ? last / trailingDaily : Infinity;
    anomalies.push({
      stateMachineArn: machine.stateMachineArn,
      stateMachineName: machine.stateMachineName,
      accountId: machine.accountId,
      region: machine.region,
      last24hTransitions: last,
      trailingDailyTransitions: trailingDaily,
      ratio,
      reason:
        trailingDaily > 0
          ? `${last.toLocaleString('en-US')} transitions in the last 24 h, ×${ratio.toFixed(1)} its trailing daily rate of ${Math.round(trailingDaily).toLocaleString('en-US')}.`
          : `${last.toLocaleString('en-US')} transitions in the last 24 h after none in the ${trailing.length} days before.`,
    });
  }
  return anomalies.sort((a, b) => b.last24hTransitions - b.trailingDailyTransitions - (a.last24hTransitions - a.trailingDailyTransitions));
}
