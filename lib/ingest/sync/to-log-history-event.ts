import { z } from 'zod';
import type { HistoryEvent } from '@/lib/model';

/**
 * One Step Functions record in CloudWatch Logs (cloudwatch-metrics.md §5.2): ids, timestamps and counts are
 * strings; `details` is the event's details object unwrapped.
 */
const logRecordSchema = z
  .object({
    id: z.union([z.string(), z.number()]).transform(Number).pipe(z.number().int().positive()),
    type: z.string().min(1),
    details: z.record(z.string(), z.unknown()).optional(),
    previous_event_id: z.union([z.string(), z.number()]).transform(Number).pipe(z.number().int().nonnegative()).optional(),
    event_timestamp: z.union([z.string(), z.number()]).transform(Number).pipe(z.number().nonnegative()),
    execution_arn: z.string().min(1),
    redrive_count: z.union([z.string(), z.number()]).transform(Number).optional(),
  })
  .loose();

/** Event types whose details member is not simply `<lowerCamelType>EventDetails` (history-events.md §3). */
const TYPES_WITHOUT_DETAILS = new Set([
  'LambdaFunctionStarted',
  'MapStateAborted',
  'MapStateFailed',
  'MapStateSucceeded',
  'ParallelStateAborted',
  'ParallelStateFailed',
  'ParallelStateStarted',
  'ParallelStateSucceeded',
  'TaskStateAborted',
  'WaitStateAborted',
  'MapRunAborted',
  'MapRunSucceeded',
]);

/** The member of a HistoryEvent that carries this type's details (history-events.md §3), or null for none. */
export function getDetailsKey(type: string): string | null {
  if (TYPES_WITHOUT_DETAILS.has(type)) return null;
  if (/StateEntered$/.test(type)) return 'stateEnteredEventDetails';
  if (/StateExited$/.test(type)) return 'stateExitedEventDetails';
  return `${type[0].toLowerCase()}${type.slice(1)}EventDetails`;
}

export type LogHistoryEvent = { executionArn: string; event: HistoryEvent };

/**
 * A CloudWatch Logs message turned back into a GetExecutionHistory event, or a reason it is not one.
 * Payloads logged as JSON objects are turned back into the JSON text AWS's history uses.
 */
export function toLogHistoryEvent(message: string): { ok: true; value: LogHistoryEvent } | { ok: false; reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(message);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const parsed = logRecordSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ') };
  const record = parsed.data;
  const event: HistoryEvent = {
    id: record.id,
    type: record.type,
    timestamp: new Date(record.event_timestamp),
    ...(record.previous_event_id !== undefined ? { previousEventId: record.previous_event_id } : {}),
  };
  const key = getDetailsKey(record.type);
  if (key && record.details && Object.keys(record.details).length > 0) {
    const details: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(record.details)) {
      details[name] = (name === 'input' || name === 'output' || name === 'parameters') && typeof value === 'object' && value !== null ? JSON.stringify(value) : value;
    }
    (event as Record<string, unknown>)[key] = details;
  }
  return { ok: true, value: { executionArn: record.execution_arn, event } };
}
