import type { KnownHistoryEventType } from '@/lib/model';

/** Wire form of HistoryEventExecutionDataDetails (always `truncated: false` via the API). */
export type DemoDataDetails = { truncated: boolean };

/** Any `<x>EventDetails` member: string fields stay JSON text exactly as the CLI prints them. */
export type DemoEventDetails = Record<string, string | number | boolean | DemoDataDetails | undefined>;

/** One `get-execution-history` event as the AWS CLI prints it (timestamp as ISO 8601 with offset). */
export type DemoHistoryEvent = {
  timestamp: string;
  type: KnownHistoryEventType;
  id: number;
  previousEventId: number;
} & { [detailsMember: `${string}EventDetails`]: DemoEventDetails };

/** What `aws stepfunctions describe-state-machine` prints. */
export type DemoStateMachineRecord = {
  stateMachineArn: string;
  name: string;
  status: 'ACTIVE';
  /** ASL as JSON text. */
  definition: string;
  roleArn: string;
  type: 'STANDARD' | 'EXPRESS';
  creationDate: string;
};

/** `describe-execution` merged with `get-execution-history` (`events`, oldest first). */
export type DemoExecutionRecord = {
  executionArn: string;
  stateMachineArn: string;
  name: string;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';
  startDate: string;
  stopDate?: string;
  /** JSON text. */
  input: string;
  inputDetails: { included: boolean };
  /** JSON text; only when SUCCEEDED. */
  output?: string;
  outputDetails?: { included: boolean };
  error?: string;
  cause?: string;
  redriveCount: number;
  redriveDate?: string;
  redriveStatus: 'REDRIVABLE' | 'NOT_REDRIVABLE';
  redriveStatusReason?: string;
  events: DemoHistoryEvent[];
};

/** One line of a demo bundle (JSON Lines): a state machine or an execution. */
export type DemoBundleRecord = DemoStateMachineRecord | DemoExecutionRecord;

export function isDemoExecutionRecord(record: DemoBundleRecord): record is DemoExecutionRecord {
  return 'executionArn' in record;
}
