import type { HistoryEvent as SfnHistoryEvent, HistoryEventType as SfnHistoryEventType } from '@aws-sdk/client-sfn';

/** Every event type the SFN model `2016-11-23` knows (../shared/reference/history-events.md §3). */
export type KnownHistoryEventType = `${SfnHistoryEventType}`;

/**
 * One history event as GetExecutionHistory returns it, with `timestamp` as a Date (what the SDK gives).
 * `type` stays a string: AWS adds event types over time and an unknown one is kept, not dropped.
 */
export type HistoryEvent = Omit<SfnHistoryEvent, 'type' | 'timestamp'> & {
  type: KnownHistoryEventType | (string & {});
  timestamp: Date;
};
