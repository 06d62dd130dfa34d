import { getStateTransitionCount } from '@/lib/model';
import type { Db } from './client';

const BATCH = 200;

/**
 * Counts the billed transitions of complete histories stored before saveExecution counted them. Returns
 * how many executions it filled in.
 */
export async function backfillStateTransitions(db: Db): Promise<number> {
  let filled = 0;
  for (let cursor = 0; ; ) {
    const runs = await db.execution.findMany({
      where: { stateTransitions: null, historyComplete: true, id: { gt: cursor } },
      orderBy: { id: 'asc' },
      take: BATCH,
      select: { id: true, eventCount: true },
    });
    for (const run of runs) {
      const events = await db.historyEvent.findMany({ where: { executionId: run.id }, orderBy: { eventId: 'asc' }, select: { eventId: true, previousEventId: true, type: true } });
      if (events.length === 0 || events.length !== run.eventCount || events.some((event, index) => event.eventId !== index + 1)) continue;
      const stateTransitions = getStateTransitionCount(events.map((event) => ({ id: event.eventId, previousEventId: event.previousEventId ?? undefined, type: event.type })));
      await db.execution.update({ where: { id: run.id }, data: { stateTransitions } });
      filled++;
    }
    if (runs.length < BATCH) return filled;
    cursor = runs[runs.length - 1].id;
  }
}
