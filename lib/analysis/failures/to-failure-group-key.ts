import { createHash } from 'node:crypto';

/** What makes two failures the same failure. */
export type FailureGroupParts = {
  stateMachineArn: string;
  failedStateName: string | null;
  error: string | null;
  normalisedCause: string;
};

/** A short stable id for a failure group (URL-safe), the same for the same parts on every run. */
export function toFailureGroupKey(parts: FailureGroupParts): string {
  const text = JSON.stringify([parts.stateMachineArn, parts.failedStateName ?? '', parts.error ?? '', parts.normalisedCause]);
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}
