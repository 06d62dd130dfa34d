import type { Engine } from '@/lib/engine';
import type { HistoryEvent } from '@/lib/model';

/** Engine page size while reading a whole history (its own maximum). */
const ENGINE_PAGE = 1000;

/** Every event of an execution, oldest first, through the engine's own paging. */
export function readHistory(engine: Engine, executionArn: string, includeExecutionData = true): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  let nextToken: string | undefined;
  do {
    const page = engine.getExecutionHistory({ executionArn, maxResults: ENGINE_PAGE, nextToken, includeExecutionData });
    events.push(...page.events);
    nextToken = page.nextToken;
  } while (nextToken !== undefined);
  return events;
}
