import { toFailureGroupKey, type FailureGroupParts } from './to-failure-group-key';
import { toNormalisedCause } from './to-normalised-cause';

/** The columns of a failed execution that decide its group and where it sits on the trend. */
export type FailureInput = {
  stateMachineArn: string;
  failedStateName: string | null;
  error: string | null;
  cause: string | null;
  startDate: Date;
  stopDate: Date | null;
};

export type FailureParts = FailureGroupParts & {
  groupKey: string;
  /** When it failed: stopDate, or startDate when none was recorded. */
  failedAt: Date;
  /** Whole UTC hours since 1970: the trend's bucket, as an integer every database groups alike. */
  failedHour: number;
};

const HOUR_MS = 3_600_000;

export function getFailureParts(failure: FailureInput): FailureParts {
  const parts: FailureGroupParts = {
    stateMachineArn: failure.stateMachineArn,
    failedStateName: failure.failedStateName,
    error: failure.error,
    normalisedCause: toNormalisedCause(failure.cause),
  };
  const failedAt = failure.stopDate ?? failure.startDate;
  return { ...parts, groupKey: toFailureGroupKey(parts), failedAt, failedHour: Math.floor(failedAt.getTime() / HOUR_MS) };
}
