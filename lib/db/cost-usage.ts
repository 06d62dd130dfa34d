import type { CostUsageInput } from '@/lib/model';
import type { Db } from './client';

/** Rows the cost model reads. */
export type CostUsage = CostUsageInput;

/** Metrics the cost model uses (cloudwatch-metrics.md §2.1, §2.3). */
const COST_METRICS = ['ExecutionsStarted', 'ExpressExecutionBilledDuration', 'ExpressExecutionBilledMemory'];
const PAGE_SIZE = 10_000;
const ARN_SCOPE = /^arn:[\w-]+:states:([\w-]+):(\d{12}):/;

/**
 * Everything the cost review needs about the executions started in [from, to): light columns only (no
 * payloads), event counts by type from the (executionId, type) index, and the CloudWatch hours.
 */
export async function listCostUsage(db: Db, range: { from: Date; to: Date }): Promise<CostUsage> {
  const startDate = { gte: range.from, lt: range.to };
  const [machines, metrics, eventCounts, parallelCounts] = await Promise.all([
    db.stateMachine.findMany({
      orderBy: { id: 'asc' },
      select: {
        id: true,
        arn: true,
        name: true,
        type: true,
        source: { select: { region: true, accountId: true } },
        revisions: { orderBy: [{ firstSeenAt: 'desc' }, { id: 'desc' }], take: 1, select: { definition: true, definitionBytes: true } },
      },
    }),
    db.metricHour.findMany({ where: { hourStart: startDate, metric: { in: COST_METRICS } } }),
    db.historyEvent.groupBy({
      by: ['executionId', 'type'],
      where: { type: { in: ['MapIterationStarted', 'TaskSubmitted', 'ActivityScheduled'] }, execution: { startDate } },
      _count: { _all: true },
    }),
    db.historyEvent.groupBy({
      by: ['executionId', 'stateName'],
      where: { type: 'ParallelStateEntered', execution: { startDate } },
      _count: { _all: true },
    }),
  ]);

  const counts = new Map<number, { mapIterations: number; taskSubmittedEvents: number; activityEvents: number; parallelEntries: { stateName: string; count: number }[] }>();
  const countsOf = (executionId: number) => {
    let entry = counts.get(executionId);
    if (!entry) counts.set(executionId, (entry = { mapIterations: 0, taskSubmittedEvents: 0, activityEvents: 0, parallelEntries: [] }));
    return entry;
  };
  for (const group of eventCounts) {
    const entry = countsOf(group.executionId);
    if (group.type === 'MapIterationStarted') entry.mapIterations = group._count._all;
    else if (group.type === 'TaskSubmitted') entry.taskSubmittedEvents = group._count._all;
    else entry.activityEvents = group._count._all;
  }
  for (const group of parallelCounts) countsOf(group.executionId).parallelEntries.push({ stateName: group.stateName ?? '', count: group._count._all });

  const executions: CostUsage['executions'] = [];
  for (let cursor = 0; ; ) {
    const page = await db.execution.findMany({
      where: { startDate, id: { gt: cursor } },
      orderBy: { id: 'asc' },
      take: PAGE_SIZE,
      select: {
        id: true,
        stateMachineId: true,
        startDate: true,
        status: true,
        durationMs: true,
        stateTransitions: true,
        inputBytes: true,
        outputBytes: true,
        mapRunArn: true,
        revision: { select: { definitionBytes: true } },
      },
    });
    for (const { revision, ...row } of page) {
      const entry = counts.get(row.id);
      executions.push({
        ...row,
        definitionBytes: revision?.definitionBytes ?? null,
        mapIterations: entry?.mapIterations ?? 0,
        parallelEntries: entry?.parallelEntries ?? [],
        taskSubmittedEvents: entry?.taskSubmittedEvents ?? 0,
        activityEvents: entry?.activityEvents ?? 0,
      });
    }
    if (page.length < PAGE_SIZE) break;
    cursor = page[page.length - 1].id;
  }

  return {
    machines: machines.map((machine) => {
      const scope = ARN_SCOPE.exec(machine.arn);
      return {
        id: machine.id,
        arn: machine.arn,
        name: machine.name,
        type: machine.type,
        region: scope?.[1] ?? machine.source.region,
        accountId: scope?.[2] ?? machine.source.accountId,
        definition: machine.revisions[0]?.definition ?? null,
        definitionBytes: machine.revisions[0]?.definitionBytes ?? null,
      };
    }),
    executions,
    metrics: metrics.map(({ stateMachineId, metric, statistic, hourStart, value }) => ({ stateMachineId, metric, statistic, hourStart, value })),
  };
}
