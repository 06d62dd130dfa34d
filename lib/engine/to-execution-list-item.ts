import type { StoredExecution } from './storage';

/** One ListExecutions item. */
export function toExecutionListItem(e: StoredExecution) {
  return {
    executionArn: e.executionArn,
    stateMachineArn: e.stateMachineArn,
    name: e.name,
    status: e.status,
    startDate: new Date(e.startDate),
    stopDate: e.stopDate !== undefined ? new Date(e.stopDate) : undefined,
    redriveCount: e.redriveCount,
    redriveDate: e.redriveDate !== undefined ? new Date(e.redriveDate) : undefined,
  };
}
