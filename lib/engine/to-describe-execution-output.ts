import type { DescribeExecutionOutput } from './engine-types';
import { getRedriveStatus } from './get-redrive-status';
import type { StoredExecution } from './storage';

/** DescribeExecution's answer for a stored (or live) execution; `now` decides whether it can still be redriven. */
export function toDescribeExecutionOutput(e: StoredExecution, eventCount: number, now: number): DescribeExecutionOutput {
  const out: DescribeExecutionOutput = {
    executionArn: e.executionArn,
    stateMachineArn: e.stateMachineArn,
    name: e.name,
    status: e.status,
    startDate: new Date(e.startDate),
    input: e.input,
    inputDetails: { included: true },
    redriveCount: e.redriveCount,
    ...getRedriveStatus(e, eventCount, now),
  };
  if (e.redriveDate !== undefined) out.redriveDate = new Date(e.redriveDate);
  if (e.stopDate !== undefined) out.stopDate = new Date(e.stopDate);
  if (e.output !== undefined) {
    out.output = e.output;
    out.outputDetails = { included: true };
  }
  if (e.error !== undefined) out.error = e.error;
  if (e.cause !== undefined) out.cause = e.cause;
  if (e.mapRunArn !== undefined) out.mapRunArn = e.mapRunArn;
  return out;
}
