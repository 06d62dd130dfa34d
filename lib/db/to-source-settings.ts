import { SOURCE_KINDS, SYNC_RUN_STATUSES, type SourceKind, type SourceSettings, type SyncRunStatus, type SyncRunSummary } from '@/lib/model';
import type { Source as SourceRow, SyncRun as SyncRunRow } from './generated/sqlite';

export function toSourceSettings(row: SourceRow): SourceSettings {
  return {
    id: row.id,
    kind: (SOURCE_KINDS as readonly string[]).includes(row.kind) ? (row.kind as SourceKind) : 'IMPORT',
    name: row.name,
    region: row.region,
    accountId: row.accountId,
    profile: row.profile,
    roleArn: row.roleArn,
    endpoint: row.endpoint,
    syncIntervalSec: row.syncIntervalSec,
    maxRequestsPerSec: row.maxRequestsPerSec,
    enabled: row.enabled,
    createdAt: row.createdAt,
  };
}

export function toSyncRunSummary(row: SyncRunRow): SyncRunSummary {
  return {
    id: row.id,
    sourceId: row.sourceId,
    kind: row.kind,
    status: (SYNC_RUN_STATUSES as readonly string[]).includes(row.status) ? (row.status as SyncRunStatus) : 'FAILED',
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    progress: row.progress,
    step: row.step,
    error: row.error,
    notes: Array.isArray(row.notes) ? row.notes.filter((note): note is string => typeof note === 'string') : [],
    stateMachinesSeen: row.stateMachinesSeen,
    executionsSeen: row.executionsSeen,
    executionsWritten: row.executionsWritten,
    eventsWritten: row.eventsWritten,
    requestsMade: row.requestsMade,
    throttledRequests: row.throttledRequests,
  };
}
