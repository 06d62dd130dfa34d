import { chunkQueryList } from './chunk-query-list';
import type { Db } from './client';

const DAY_MS = 86_400_000;
/** Account and region as the ARN names them, as the cost review scopes them (cost-usage.ts). */
const ARN_SCOPE = /^arn:[\w-]+:states:([\w-]+):(\d{12}):/;
/** A bound on one read: a month of 1.5 transitions a second is 4 million events, far more than a day's jump needs. */
const MAX_EVENTS = 2_000_000;

export type TransitionWindowsRow = {
  stateMachineArn: string;
  stateMachineName: string;
  accountId: string | null;
  region: string | null;
  /** Index 0: the last 24 hours before `now`; index i: the 24 hours before that. */
  windows: number[];
};

/**
 * Standard state transitions (the *StateEntered events, as quota detection counts them) per state machine in
 * 24-hour windows ending at `now`, newest first, measured from stored histories rather than run starts: a
 * loop inside one long execution shows on the day it burns.
 */
export async function listMachineTransitionWindows(db: Db, options: { now: Date; days: number }): Promise<TransitionWindowsRow[]> {
  const now = options.now.getTime();
  const since = new Date(now - options.days * DAY_MS);
  const events = await db.historyEvent.findMany({
    where: { type: { endsWith: 'StateEntered' }, timestamp: { gte: since, lt: options.now }, execution: { stateMachine: { type: 'STANDARD' } } },
    select: { timestamp: true, execution: { select: { stateMachineId: true } } },
    orderBy: { timestamp: 'desc' },
    take: MAX_EVENTS,
  });
  const counts = new Map<number, number[]>();
  for (const event of events) {
    const window = Math.floor((now - 1 - event.timestamp.getTime()) / DAY_MS);
    const list = counts.get(event.execution.stateMachineId) ?? new Array<number>(options.days).fill(0);
    list[window]++;
    counts.set(event.execution.stateMachineId, list);
  }
  // An account may hold 100,000 state machines (quotas.md §1): more ids than one statement binds.
  const machines = (
    await Promise.all(
      chunkQueryList([...counts.keys()]).map((ids) =>
        db.stateMachine.findMany({ where: { id: { in: ids } }, select: { id: true, arn: true, name: true, source: { select: { accountId: true, region: true } } } }),
      ),
    )
  )
    .flat()
    .sort((a, b) => a.name.localeCompare(b.name));
  return machines.map((machine) => ({
    stateMachineArn: machine.arn,
    stateMachineName: machine.name,
    accountId: ARN_SCOPE.exec(machine.arn)?.[2] ?? machine.source.accountId,
    region: ARN_SCOPE.exec(machine.arn)?.[1] ?? machine.source.region,
    windows: counts.get(machine.id) ?? [],
  }));
}
