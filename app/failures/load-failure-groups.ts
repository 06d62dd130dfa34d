import { getFailureTrend } from '@/lib/analysis';
import { listAlertMutes, listFailureGroupExecutions, listFailureGroups, listFailureHourCounts, refreshFailureKeys, type Db, type FailureGroupRow, type FailureMember } from '@/lib/db';
import { toMuteViews } from '../alerts/to-mute-view';
import type { MuteView } from '../ui/alerts/subject-mute-form';
import type { FailureSearch } from '../ui/failures/failure-search';
import { FAILURE_KEY_DERIVER } from './failure-key-deriver';

/** Executions shown under each group on the overview; the group page lists them all. */
export const MEMBERS_PER_GROUP = 5;

export type LoadedFailureGroup = {
  group: FailureGroupRow;
  trend: { points: { at: number; count: number }[]; bucketMs: number };
  members: FailureMember[];
  total: number;
  /** Acknowledged or muted, and by whom. */
  mute: MuteView | null;
};

export type LoadedFailureGroups = { groups: LoadedFailureGroup[]; totalGroups: number; totalFailures: number };

/** A page of failure groups with their trends and newest members, grouped and counted in SQL. */
export async function loadFailureGroups(db: Db, search: FailureSearch, now: Date, page: { limit: number; offset: number }): Promise<LoadedFailureGroups> {
  await refreshFailureKeys(db, FAILURE_KEY_DERIVER);
  const listed = await listFailureGroups(db, search.filter, page);
  const keys = listed.groups.map((group) => group.groupKey);
  const [hours, members, mutes] = await Promise.all([
    listFailureHourCounts(db, search.filter, keys),
    Promise.all(keys.map((key) => listFailureGroupExecutions(db, key, search.filter, { limit: MEMBERS_PER_GROUP, offset: 0 }))),
    listAlertMutes(db, { subjectKind: 'failure-group' }).then((rows) => toMuteViews(rows, now)),
  ]);
  // Without a time filter the charts span from the oldest failure shown to now.
  const oldest = Math.min(...listed.groups.map((group) => group.firstSeen.getTime()), now.getTime() - 86_400_000);
  const range = search.chartRange ?? { from: new Date(oldest), to: now };
  return {
    totalGroups: listed.totalGroups,
    totalFailures: listed.totalFailures,
    groups: listed.groups.map((group, index) => {
      const trend = getFailureTrend(hours.get(group.groupKey) ?? new Map(), range);
      return {
        group,
        trend: { bucketMs: trend.bucketMs, points: trend.points.map((point) => ({ at: point.at.getTime(), count: point.count })) },
        members: members[index].items,
        total: members[index].total,
        mute: mutes.get(group.groupKey) ?? null,
      };
    }),
  };
}
