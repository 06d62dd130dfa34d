import { getFailureParts, type FailureInput } from './get-failure-parts';
import type { FailureGroupParts } from './to-failure-group-key';

export type FailureGroup<T> = FailureGroupParts & {
  groupKey: string;
  count: number;
  firstSeen: Date;
  lastSeen: Date;
  /** Newest first. */
  members: T[];
};

/**
 * Failures grouped by state machine × failing state × error × normalised cause, largest group first
 * (ties: most recent first). The database does the same grouping in SQL over stored keys; this is the
 * in-memory form of the rule, for small sets and for checking the two agree.
 */
export function groupFailures<T extends FailureInput>(failures: readonly T[]): FailureGroup<T>[] {
  const groups = new Map<string, FailureGroup<T> & { at: Map<T, number> }>();
  for (const failure of failures) {
    const parts = getFailureParts(failure);
    let group = groups.get(parts.groupKey);
    if (!group) {
      group = {
        stateMachineArn: parts.stateMachineArn,
        failedStateName: parts.failedStateName,
        error: parts.error,
        normalisedCause: parts.normalisedCause,
        groupKey: parts.groupKey,
        count: 0,
        firstSeen: parts.failedAt,
        lastSeen: parts.failedAt,
        members: [],
        at: new Map(),
      };
      groups.set(parts.groupKey, group);
    }
    group.count++;
    if (parts.failedAt < group.firstSeen) group.firstSeen = parts.failedAt;
    if (parts.failedAt > group.lastSeen) group.lastSeen = parts.failedAt;
    group.members.push(failure);
    group.at.set(failure, parts.failedAt.getTime());
  }
  return [...groups.values()]
    .map(({ at, ...group }) => ({ ...group, members: group.members.sort((a, b) => (at.get(b) ?? 0) - (at.get(a) ?? 0)) }))
    .sort((a, b) => b.count - a.count || b.lastSeen.getTime() - a.lastSeen.getTime());
}
