import { chunkQueryList } from './chunk-query-list';
import type { Db } from './client';

export type ExecutionCostRows = {
  execution: {
    type: string;
    region: string | null;
    status: string;
    startDate: Date;
    durationMs: number | null;
    inputBytes: number | null;
    outputBytes: number | null;
    definition: string | null;
    definitionBytes: number | null;
    historyComplete: boolean;
    childStarts: number;
    mapRunsWithoutChildren: number;
  };
  events: { id: number; previousEventId: number | null; type: string; stateName: string | null; timestamp: Date }[];
};

const ARN_REGION = /^arn:[\w-]+:states:([\w-]+):/;

/** What the per-state cost of one execution is computed from, or null when there is no such execution. */
export async function findExecutionCostRows(db: Db, arn: string): Promise<ExecutionCostRows | null> {
  const row = await db.execution.findUnique({
    where: { arn },
    select: {
      id: true,
      status: true,
      startDate: true,
      durationMs: true,
      inputBytes: true,
      outputBytes: true,
      historyComplete: true,
      revision: { select: { definition: true, definitionBytes: true } },
      stateMachine: {
        select: { type: true, revisions: { orderBy: [{ firstSeenAt: 'desc' }, { id: 'desc' }], take: 1, select: { definition: true, definitionBytes: true } } },
      },
      source: { select: { region: true } },
    },
  });
  if (!row) return null;
  const [events, mapRuns] = await Promise.all([
    db.historyEvent.findMany({
      where: { executionId: row.id },
      orderBy: { eventId: 'asc' },
      select: { eventId: true, previousEventId: true, type: true, stateName: true, timestamp: true },
    }),
    db.historyEvent.findMany({ where: { executionId: row.id, type: 'MapRunStarted' }, select: { details: true } }),
  ]);
  const mapRunArns = mapRuns
    .map((event) => (event.details as { mapRunStartedEventDetails?: { mapRunArn?: unknown } } | null)?.mapRunStartedEventDetails?.mapRunArn)
    .filter((value): value is string => typeof value === 'string');
  const children = [];
  for (const chunk of chunkQueryList([...new Set(mapRunArns)])) {
    children.push(...(await db.execution.groupBy({ by: ['mapRunArn'], where: { mapRunArn: { in: chunk } }, _count: { _all: true } })));
  }
  const revision = row.revision ?? row.stateMachine.revisions[0] ?? null;
  return {
    execution: {
      type: row.stateMachine.type,
      region: ARN_REGION.exec(arn)?.[1] ?? row.source.region,
      status: row.status,
      startDate: row.startDate,
      durationMs: row.durationMs,
      inputBytes: row.inputBytes,
      outputBytes: row.outputBytes,
      definition: revision?.definition ?? null,
      definitionBytes: revision?.definitionBytes ?? null,
      historyComplete: row.historyComplete,
      childStarts: children.reduce((sum, group) => sum + group._count._all, 0),
      mapRunsWithoutChildren: mapRunArns.length - children.length,
    },
    events: events.map((event) => ({ id: event.eventId, previousEventId: event.previousEventId, type: event.type, stateName: event.stateName, timestamp: event.timestamp })),
  };
}
