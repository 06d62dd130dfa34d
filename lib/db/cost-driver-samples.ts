import type { Db } from './client';

export type CostDriverSampleRows = {
  stateMachineId: number;
  events: { id: number; previousEventId: number | null; type: string; stateName: string | null; timestamp: Date }[];
}[];

/**
 * The histories of the newest complete runs of each state machine started in [from, to), at most
 * `perMachine` each: what the cost drivers are estimated from without reading every history of the month.
 */
export async function listCostDriverSamples(db: Db, range: { from: Date; to: Date; perMachine: number }): Promise<CostDriverSampleRows> {
  const machines = await db.execution.groupBy({ by: ['stateMachineId'], where: { startDate: { gte: range.from, lt: range.to }, stateTransitions: { not: null } } });
  const samples: CostDriverSampleRows = [];
  for (const { stateMachineId } of machines) {
    const runs = await db.execution.findMany({
      where: { stateMachineId, startDate: { gte: range.from, lt: range.to }, stateTransitions: { not: null } },
      orderBy: { startDate: 'desc' },
      take: range.perMachine,
      select: { id: true },
    });
    const rows = await db.historyEvent.findMany({
      where: { executionId: { in: runs.map((run) => run.id) } },
      orderBy: [{ executionId: 'asc' }, { eventId: 'asc' }],
      select: { executionId: true, eventId: true, previousEventId: true, type: true, stateName: true, timestamp: true },
    });
    const byRun = new Map<number, CostDriverSampleRows[number]['events']>();
    for (const row of rows) {
      const event = { id: row.eventId, previousEventId: row.previousEventId, type: row.type, stateName: row.stateName, timestamp: row.timestamp };
      const list = byRun.get(row.executionId);
      if (list) list.push(event);
      else byRun.set(row.executionId, [event]);
    }
    for (const events of byRun.values()) samples.push({ stateMachineId, events });
  }
  return samples;
}
