import type { Execution } from './execution';
import type { StoredExecution } from './storage';

/** What storage keeps of a live execution: its DescribeExecution fields. */
export function toStoredExecution(e: Execution): StoredExecution {
  return {
    executionArn: e.executionArn,
    stateMachineArn: e.stateMachineArn,
    name: e.name,
    status: e.status,
    startDate: e.startTime,
    stopDate: e.stopDate,
    input: e.input.text,
    output: e.output,
    error: e.error,
    cause: e.cause,
    redriveCount: e.redriveCount,
    redriveDate: e.redriveDate,
    mapRunArn: e.mapRunArn,
    revisionId: e.revisionId,
    eventCount: e.eventCount(),
    mockTestCase: e.mockTestCase,
    mapItemIndex: e.mapItemIndex,
  };
}
