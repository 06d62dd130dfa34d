import { isExecutionStatus, type StateMachineSummary } from '@/lib/model';
import type { Db } from './client';
import { getEmptyStatusCounts } from './count-executions-by-status';

/** Every state machine by name, with its executions counted per status and its newest start. */
export async function listStateMachinesWithCounts(db: Db): Promise<StateMachineSummary[]> {
  const [machines, groups] = await Promise.all([
    db.stateMachine.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }], include: { source: { select: { name: true } } } }),
    // Served from the (stateMachineId, status, startDate) index alone.
    db.execution.groupBy({ by: ['stateMachineId', 'status'], _count: { _all: true }, _max: { startDate: true } }),
  ]);
  const summaries = new Map<number, StateMachineSummary>(
    machines.map((machine) => [
      machine.id,
      {
        id: machine.id,
        arn: machine.arn,
        name: machine.name,
        type: machine.type,
        status: machine.status,
        sourceName: machine.source.name,
        countsByStatus: getEmptyStatusCounts(),
        executionCount: 0,
        lastStartDate: null,
      },
    ]),
  );
  for (const group of groups) {
    const summary = summaries.get(group.stateMachineId);
    if (!summary) continue;
    if (isExecutionStatus(group.status)) summary.countsByStatus[group.status] += group._count._all;
    summary.executionCount += group._count._all;
    const lastStart = group._max.startDate;
    if (lastStart && (!summary.lastStartDate || lastStart > summary.lastStartDate)) summary.lastStartDate = lastStart;
  }
  return [...summaries.values()];
}
