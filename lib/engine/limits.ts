/** Max payload (input/output/result) size: ../shared/reference/quotas.md §1 (256 KiB, hard). */
export const MAX_PAYLOAD_BYTES = 262_144;
/** Max events in one Standard execution history: ../shared/reference/quotas.md §1 (25,000, hard). */
export const MAX_HISTORY_EVENTS = 25_000;
/** Inline Map concurrent iterations ("0 means 40" as AWS runs it): ../shared/reference/quotas.md §2. */
export const INLINE_MAP_MAX_CONCURRENCY = 40;
/** Max Standard execution time, 1 year: ../shared/reference/quotas.md §1. */
export const MAX_STANDARD_EXECUTION_SECONDS = 365 * 24 * 3600;
/** Max Express execution time, 5 minutes: ../shared/reference/quotas.md §1. */
export const MAX_EXPRESS_EXECUTION_SECONDS = 300;
/** Default task TimeoutSeconds (Developer Guide): ../shared/reference/quotas.md §5. */
export const DEFAULT_TASK_TIMEOUT_SECONDS = 99_999_999;
/** Max length of state machine, execution and activity names: ../shared/reference/quotas.md §2. */
export const MAX_NAME_LENGTH = 80;
/** Max `cause` length the model allows: ../shared/reference/history-events.md §3.1. */
export const MAX_CAUSE_LENGTH = 32_768;
/** Max definition size: ../shared/reference/quotas.md §1 (1 MB). */
export const MAX_DEFINITION_CHARS = 1_048_576;
/** GetActivityTask long poll: ../shared/reference/quotas.md §5 (60 s). */
export const ACTIVITY_POLL_SECONDS = 60;
/** Redrive is possible for 14 days after an execution closes: ../shared/reference/quotas.md §1. */
export const REDRIVABLE_PERIOD_MS = 14 * 24 * 3600 * 1000;
/** Redrive needs room for ExecutionRedriven and one more event (< 24,999): ../shared/reference/quotas.md §1. */
export const MAX_REDRIVE_HISTORY_EVENTS = 24_999;
/** Executions started before RedriveExecution launched (2023-11-15) cannot be redriven: history-events.md §6. */
export const REDRIVE_LAUNCH_DATE = Date.UTC(2023, 10, 15);
/** RedriveExecution remembers the last 10 client tokens for 15 minutes: history-events.md §7. */
export const REDRIVE_IDEMPOTENCY_TOKENS = 10;
export const REDRIVE_IDEMPOTENCY_MS = 15 * 60 * 1000;
/** Max API request size, 1 MB (hard; the request is rejected): ../shared/reference/quotas.md §1. */
export const MAX_REQUEST_BYTES = 1_048_576;
/** Max length of a Distributed Map's Label (it becomes part of Map Run and child execution ARNs). */
export const MAX_MAP_LABEL_LENGTH = 40;
