import type { z } from 'zod';
import { parseExecutionArn, type HistoryEvent, type StateMachineRecord } from '@/lib/model';
import { toLogHistoryEvent } from './sync/to-log-history-event';
import { getHistoryEventProblems } from './get-history-event-problems';
import type { ImportError } from './import-error';
import type { RawImportRecord } from './parse-import-text';
import { executionDescriptionSchema, historyEventSchema, stateMachineDescriptionSchema, type ExecutionDescription } from './history-file-schema';

/**
 * Part or all of one execution's history as a file holds it: a whole get-execution-history output, one page
 * of it, or CloudWatch Logs records. Pages of one execution are merged before anything is stored.
 */
export type HistoryPage = {
  arn: string;
  /** What describe-execution said, when the record was merged with it. */
  description: ExecutionDescription | null;
  /** Sorted by id. */
  events: HistoryEvent[];
  /** The page carried a pagination token and read oldest first: events after its last one were not read. */
  moreAfter: boolean;
  /** Read from CloudWatch Logs, which may leave events out by log level (cloudwatch-metrics.md §5.1). */
  fromLogs: boolean;
};

export type ImportRecord =
  | { kind: 'execution'; page: HistoryPage; line?: number }
  | { kind: 'state-machine'; record: StateMachineRecord; line?: number };

export type ToImportRecordOptions = { fileName: string; executionArn?: string; now: Date };

type Result = { ok: true; value: ImportRecord[] } | { ok: false; errors: ImportError[] };

/**
 * Validates one record of an import file and turns it into our model, or says precisely what is wrong: a
 * describe-state-machine output, an execution history (whole, a page, --reverse-order, merged with
 * describe-execution or bare), a CloudWatch Logs record at level ALL, or `aws logs filter-log-events` output.
 */
export function toImportRecord(raw: RawImportRecord, options: ToImportRecordOptions): Result {
  const at = { fileName: options.fileName, line: raw.line };
  const fail = (message: string, eventId?: number): Result => ({ ok: false, errors: [{ ...at, eventId, message }] });
  const value = raw.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('expected a JSON object (describe-execution merged with get-execution-history, {"events": [...]}, or a CloudWatch Logs record)');
  }
  const object = value as Record<string, unknown>;

  if ('definition' in object && !('executionArn' in object) && !('events' in object)) {
    const parsed = stateMachineDescriptionSchema.safeParse(object);
    if (!parsed.success) return fail(`state machine: ${formatIssues(parsed.error)}`);
    const description = parsed.data;
    const record: StateMachineRecord = {
      arn: description.stateMachineArn,
      name: description.name,
      type: description.type ?? 'STANDARD',
      definition: description.definition,
      revisionId: description.revisionId ?? null,
      status: description.status ?? null,
      roleArn: description.roleArn ?? null,
      logGroupArn: description.loggingConfiguration?.destinations?.[0]?.cloudWatchLogsLogGroup?.logGroupArn ?? null,
      createdAt: description.creationDate ?? null,
    };
    return { ok: true, value: [{ kind: 'state-machine', line: raw.line, record }] };
  }

  if ('execution_arn' in object && 'event_timestamp' in object) return toLogPages([{ message: JSON.stringify(object) }], at, options.now);
  if (Array.isArray(object.events) && object.events.length > 0 && object.events.every(isLogEvent)) return toLogPages(object.events, at, options.now);

  if (!Array.isArray(object.events)) {
    return fail('has no "events" array: expected get-execution-history output (merged with describe-execution), or CloudWatch Logs records');
  }
  const events = parseEvents(object.events, at, options.now);
  if (!events.ok) return events;

  const executionArn = typeof object.executionArn === 'string' ? object.executionArn : options.executionArn;
  if (!executionArn) {
    return fail('is a bare history with no executionArn: pass --execution-arn ARN (or merge describe-execution into it)');
  }
  const parsed = executionDescriptionSchema.safeParse({ ...object, executionArn, events: undefined });
  if (!parsed.success) return fail(formatIssues(parsed.error));
  if (!parseExecutionArn(executionArn)) return fail(`executionArn is not a Step Functions execution ARN: ${executionArn}`);
  const late = [parsed.data.startDate, parsed.data.stopDate, parsed.data.redriveDate].find((date) => date && isAfterImport(date, options.now));
  if (late) return fail(`describe-execution has a date in the future: ${late.toISOString()}`);
  // Merged with describe-execution, the record has more than a history's members.
  const hasDescription = Object.keys(object).some((key) => !HISTORY_MEMBERS.has(key));

  // The AWS CLI prints the service's `nextToken` with --no-paginate and its own `NextToken` with --max-items.
  const token = [object.nextToken, object.NextToken].some((item) => typeof item === 'string' && item !== '');
  return {
    ok: true,
    value: [
      {
        kind: 'execution',
        line: raw.line,
        page: { arn: executionArn, description: hasDescription ? parsed.data : null, events: events.value.events, moreAfter: token && !events.value.reversed, fromLogs: false },
      },
    ],
  };
}

/** What get-execution-history prints, plus the ARN --execution-arn would give: not a description. */
const HISTORY_MEMBERS = new Set(['events', 'nextToken', 'NextToken', 'executionArn']);

/** A history may not hold an event later than the import plus a day of clock skew. */
export const MAX_CLOCK_SKEW_MS = 24 * 3_600_000;

export function isAfterImport(date: Date, now: Date): boolean {
  return date.getTime() > now.getTime() + MAX_CLOCK_SKEW_MS;
}

function isLogEvent(item: unknown): item is { message: string } {
  return typeof item === 'object' && item !== null && typeof (item as { message?: unknown }).message === 'string' && !('type' in item);
}

/** CloudWatch Logs records (cloudwatch-metrics.md §5.2), read by the parser sync uses, one page per execution. */
function toLogPages(logEvents: readonly { message: string }[], at: { fileName: string; line?: number }, now: Date): Result {
  const errors: ImportError[] = [];
  const byArn = new Map<string, HistoryEvent[]>();
  logEvents.forEach((logEvent, index) => {
    const converted = toLogHistoryEvent(logEvent.message);
    const where = logEvents.length > 1 ? `events[${index}].message: ` : '';
    if (!converted.ok) return errors.push({ ...at, message: `${where}not a Step Functions log record: ${converted.reason}` });
    const { executionArn, event } = converted.value;
    if (!parseExecutionArn(executionArn)) return errors.push({ ...at, eventId: event.id, message: `${where}execution_arn is not a Step Functions execution ARN: ${executionArn}` });
    const problem = getDateProblem(event.timestamp, now);
    if (problem) return errors.push({ ...at, eventId: event.id, message: `${where}event_timestamp ${problem}` });
    const events = byArn.get(executionArn) ?? [];
    events.push(event);
    byArn.set(executionArn, events);
  });
  if (errors.length) return { ok: false, errors };
  const pages: ImportRecord[] = [];
  for (const [arn, events] of byArn) {
    events.sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
    const problems = getHistoryEventProblems(events, { previousInSpan: false });
    if (problems.length) return { ok: false, errors: problems.map((problem) => ({ ...at, ...problem })) };
    pages.push({ kind: 'execution', line: at.line, page: { arn, description: null, events, moreAfter: false, fromLogs: true } });
  }
  return { ok: true, value: pages };
}

function getDateProblem(date: Date, now: Date): string | null {
  if (Number.isNaN(date.getTime())) return 'is not a date';
  const parsed = historyEventSchema.shape.timestamp.safeParse(date.getTime());
  if (!parsed.success) return parsed.error.issues[0].message;
  return isAfterImport(date, now) ? `${date.toISOString()} is in the future` : null;
}

function parseEvents(
  rawEvents: unknown[],
  at: { fileName: string; line?: number },
  now: Date,
): { ok: true; value: { events: HistoryEvent[]; reversed: boolean } } | { ok: false; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const events: HistoryEvent[] = [];
  const seen = new Set<number>();
  rawEvents.forEach((rawEvent, index) => {
    const parsed = historyEventSchema.safeParse(rawEvent);
    const rawId = (rawEvent as { id?: unknown } | null)?.id;
    const eventId = typeof rawId === 'number' ? rawId : undefined;
    if (!parsed.success) {
      const where = eventId === undefined ? `events[${index}]: ` : '';
      errors.push({ ...at, eventId, message: `${where}${formatIssues(parsed.error)}` });
      return;
    }
    if (seen.has(parsed.data.id)) {
      errors.push({ ...at, eventId: parsed.data.id, message: 'duplicate event id' });
      return;
    }
    if (isAfterImport(parsed.data.timestamp, now)) {
      errors.push({ ...at, eventId: parsed.data.id, message: `timestamp ${parsed.data.timestamp.toISOString()} is in the future` });
      return;
    }
    seen.add(parsed.data.id);
    events.push(parsed.data as HistoryEvent);
  });
  if (errors.length) return { ok: false, errors };
  if (events.length === 0) return { ok: false, errors: [{ ...at, message: 'has an empty "events" array' }] };

  // get-execution-history lists events oldest first, or newest first with --reverse-order; never mixed.
  const reversed = events.length > 1 && (events[1].id ?? 0) < (events[0].id ?? 0);
  for (let i = 1; i < events.length; i++) {
    const [before, after] = [events[i - 1].id ?? 0, events[i].id ?? 0];
    if (reversed ? after > before : after < before) {
      return { ok: false, errors: [{ ...at, eventId: after, message: `event ids out of order: ${after} comes after ${before} in a history listed ${reversed ? 'newest' : 'oldest'} first` }] };
    }
  }
  events.sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  const problems = getHistoryEventProblems(events, { previousInSpan: true });
  if (problems.length) return { ok: false, errors: problems.map((problem) => ({ ...at, ...problem })) };
  return { ok: true, value: { events, reversed } };
}

function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '');
      return path ? `${path} ${issue.message}` : issue.message;
    })
    .join('; ');
}
