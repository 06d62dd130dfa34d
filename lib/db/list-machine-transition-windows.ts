import { chunkQueryList } from './chunk-query-list';
import type { Db } from './client';

const DAY_MS = 86_400_000;
/** Account and region as the ARN names them, as the cost review scopes them (cost-usage.ts). */
const ARN_SCOPE = /^arn:[\w-]+:states:([\w-]+):(\d{12}):/;

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
  // Counted in SQL per execution and window: a loop's million events a week stay in the database.
  const perWindow = await Promise.all(
    Array.from({ length: options.days }, (_, window) =>
      db.historyEvent.groupBy({
        by: ['executionId'],
        where: {
          type: { endsWith: 'StateEntered' },
          timestamp: { gte: new Date(now - (window + 1) * DAY_MS), lt: new Date(now - window * DAY_MS) },
          // Only executions active since the window began: the planner reads their events by (executionId, type).
          execution: { lastEventAt: { gte: new Date(now - (window + 1) * DAY_MS) }, stateMachine: { type: 'STANDARD' } },
        },
        _count: { _all: true },
      }),
    ),
  );
  const executionIds = [...new Set(perWindow.flat().map((row) => row.executionId))];
  const machineOf = new Map<number, number>();
  for (const ids of chunkQueryList(executionIds)) {
    for (const row of await db.execution.findMany({ where: { id: { in: ids } }, select: { id: true, stateMachineId: true } })) machineOf.set(row.id, row.stateMachineId);
  }
  const counts = new Map<number, number[]>();
  perWindow.forEach((rows, window) => {
    for (const row of rows) {
      const machineId = machineOf.get(row.executionId);
      if (machineId === undefined) continue;
      const list = counts.get(machineId) ?? new Array<number>(options.days).fill(0);
      list[window] += row._count._all;
      counts.set(machineId, list);
    }
  });
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
