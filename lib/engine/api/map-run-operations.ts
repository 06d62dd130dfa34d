import { z } from 'zod';
import { isRecord } from '@/lib/asl';
import type { ApiState } from './api-state';
import { checkArn } from './check-arn';
import { defineOperation, type SfnOperation } from './define-operation';
import { definitionForExecution } from './definition-for-execution';
import { paginate } from './paginate';
import { findMapRunOrThrow, findStateDefinition, readMapRuns } from './read-map-runs';
import { wire } from './wire-schemas';

/** ListMapRuns and DescribeMapRun, derived from parent histories and child executions. */
export function createMapRunOperations(state: ApiState): Record<string, SfnOperation> {
  const { engine } = state;
  return {
    ListMapRuns: defineOperation(z.object({ executionArn: wire.arn, maxResults: wire.maxResults, nextToken: wire.nextToken }), async (input) => {
      checkArn(input.executionArn, ['execution']);
      const runs = await readMapRuns(engine, input.executionArn);
      const { page, nextToken } = paginate(runs, {
        scope: `ListMapRuns:${input.executionArn}`,
        maxResults: input.maxResults,
        nextToken: input.nextToken,
        now: engine.clock.now(),
        cursorOf: (r) => r.startedEventId,
        isAfter: (r, cursor) => r.startedEventId > Number(cursor),
      });
      return { mapRuns: page.map((r) => ({ executionArn: r.executionArn, mapRunArn: r.mapRunArn, stateMachineArn: r.stateMachineArn, startDate: r.startDate, stopDate: r.stopDate })), nextToken };
    }),

    DescribeMapRun: defineOperation(z.object({ mapRunArn: wire.mapRunArn }), async (input) => {
      checkArn(input.mapRunArn, ['mapRun']);
      const run = await findMapRunOrThrow(state, input.mapRunArn);
      const children = engine.listExecutions({ mapRunArn: run.mapRunArn }).executions;
      const count = (status: string) => children.filter((c) => c.status === status).length;
      const pending = Math.max(0, run.length - children.length);
      const counts = {
        pending,
        running: count('RUNNING'),
        succeeded: count('SUCCEEDED'),
        failed: count('FAILED'),
        timedOut: count('TIMED_OUT'),
        aborted: count('ABORTED'),
        total: children.length + pending,
        resultsWritten: 0,
        failuresNotRedrivable: 0,
        pendingRedrive: 0,
      };
      const mapState = run.stateName ? findStateDefinition(parseJson(definitionForExecution(state, run.executionArn)?.definition), run.stateName) : undefined;
      const num = (key: string) => (mapState && typeof mapState[key] === 'number' ? mapState[key] : 0);
      return {
        mapRunArn: run.mapRunArn,
        executionArn: run.executionArn,
        status: run.status,
        startDate: run.startDate,
        stopDate: run.stopDate,
        maxConcurrency: num('MaxConcurrency'),
        toleratedFailurePercentage: num('ToleratedFailurePercentage'),
        toleratedFailureCount: num('ToleratedFailureCount'),
        // One item per child: the engine does not report batch sizes (ItemBatcher).
        itemCounts: counts,
        executionCounts: counts,
        redriveCount: run.redriveCount,
        redriveDate: run.redriveDate,
      };
    }),
  };
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    const v: unknown = JSON.parse(text);
    return isRecord(v) ? v : undefined;
  } catch {
    return undefined;
  }
}
