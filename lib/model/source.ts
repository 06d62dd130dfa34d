export const SOURCE_KINDS = ['AWS', 'LOCAL', 'IMPORT'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A place executions come from, as the dashboard shows and edits it. Holds no credentials. */
export type SourceSettings = {
  id: number;
  kind: SourceKind;
  name: string;
  region: string | null;
  accountId: string | null;
  /** Named profile of the SDK's default credential chain. */
  profile: string | null;
  /** Role assumed on top of those credentials. */
  roleArn: string | null;
  /** Endpoint URL of a local engine. */
  endpoint: string | null;
  /** Seconds between background syncs; null = manual only. */
  syncIntervalSec: number | null;
  maxRequestsPerSec: number | null;
  enabled: boolean;
  createdAt: Date;
};

export const SYNC_RUN_STATUSES = ['RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED', 'INTERRUPTED'] as const;
export type SyncRunStatus = (typeof SYNC_RUN_STATUSES)[number];

export type SyncRunCounts = {
  stateMachinesSeen: number;
  executionsSeen: number;
  executionsWritten: number;
  eventsWritten: number;
  requestsMade: number;
  throttledRequests: number;
};

/** One sync of a source: progress while it runs, counts and errors once it ends. */
export type SyncRunSummary = SyncRunCounts & {
  id: number;
  sourceId: number;
  /** SYNC | IMPORT */
  kind: string;
  status: SyncRunStatus;
  startedAt: Date;
  finishedAt: Date | null;
  /** 0..1 */
  progress: number;
  /** What the run is doing now. */
  step: string | null;
  /** What went wrong, worded for the user. */
  error: string | null;
  /** What the run skipped or could not see. */
  notes: string[];
};

export type SourceOverview = SourceSettings & {
  executionCount: number;
  stateMachineCount: number;
  lastRun: SyncRunSummary | null;
  /** The newest run that finished, when the last one is still running. */
  lastFinishedRun: SyncRunSummary | null;
};
