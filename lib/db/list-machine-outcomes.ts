import { chunkQueryList } from './chunk-query-list';
import type { Db } from './client';

/** How one state machine's runs started in a window have ended so far: what a failure-rate alert reads. */
export type MachineOutcomes = {
  stateMachineArn: string;
  stateMachineName: string;
  accountId: string | null;
  region: string | null;
  /** Runs started in the window that have closed. */
  closed: number;
  /** Of those, FAILED, TIMED_OUT or ABORTED. */
  failed: number;
};

/** Account and region as the ARN names them, as the cost review scopes them (cost-usage.ts). */
const ARN_SCOPE = /^arn:[\w-]+:states:([\w-]+):(\d{12}):/;
const FAILED = new Set(['FAILED', 'TIMED_OUT', 'ABORTED']);

/** Per state machine, the runs started since `since` counted by outcome, grouped in SQL. */
export async function listMachineOutcomes(db: Db, since: Date): Promise<MachineOutcomes[]> {
  const rows = await db.execution.groupBy({ by: ['stateMachineId', 'status'], where: { startDate: { gte: since }, status: { notIn: ['RUNNING', 'PENDING_REDRIVE'] } }, _count: { _all: true } });
  const machines = (
    await Promise.all(
      chunkQueryList([...new Set(rows.map((row) => row.stateMachineId))]).map((ids) =>
        db.stateMachine.findMany({ where: { id: { in: ids } }, select: { id: true, arn: true, name: true, source: { select: { accountId: true, region: true } } } }),
      ),
    )
  ).flat();
  const byId = new Map(
    machines.map((machine) => [
      machine.id,
      { stateMachineArn: machine.arn, stateMachineName: machine.name, accountId: ARN_SCOPE.exec(machine.arn)?.[2] ?? machine.source.accountId, region: ARN_SCOPE.exec(machine.arn)?.[1] ?? machine.source.region, closed: 0, failed: 0 },
    ]),
  );
  for (const row of rows) {
    const outcome = byId.get(row.stateMachineId);
    if (!outcome) continue;
    outcome.closed += row._count._all;
    if (FAILED.has(row.status)) outcome.failed += row._count._all;
  }
  return [...byId.values()].sort((a, b) => a.stateMachineName.localeCompare(b.stateMachineName));
}
