import { chunkQueryList } from './chunk-query-list';
import type { Db } from './client';

/** Map Runs the stored histories of these executions started (their MapRunStarted events), with the parent. */
export async function listMapRunArns(db: Db, executionArns: readonly string[]): Promise<{ executionArn: string; mapRunArn: string }[]> {
  const found: { executionArn: string; mapRunArn: string }[] = [];
  for (const chunk of chunkQueryList(executionArns)) {
    const rows = await db.historyEvent.findMany({
      where: { type: 'MapRunStarted', execution: { arn: { in: chunk } } },
      select: { details: true, execution: { select: { arn: true } } },
    });
    for (const row of rows) {
      const details = row.details as { mapRunStartedEventDetails?: { mapRunArn?: unknown } } | null;
      const mapRunArn = details?.mapRunStartedEventDetails?.mapRunArn;
      if (typeof mapRunArn === 'string') found.push({ executionArn: row.execution.arn, mapRunArn });
    }
  }
  return found;
}
