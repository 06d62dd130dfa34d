import type { z } from 'zod';
import {
  getExecutionOutcome,
  parseExecutionArn,
  toStateMachineArn,
  type ExecutionRecord,
  type HistoryEvent,
  type StateMachineRecord,
} from '@/lib/model';
import type { ImportError } from './import-error';
import type { RawImportRecord } from './parse-import-text';
import { executionDescriptionSchema, historyEventSchema, stateMachineDescriptionSchema } from './history-file-schema';

export type ImportRecord =
  | { kind: 'execution'; record: ExecutionRecord; line?: number }
  | { kind: 'state-machine'; record: StateMachineRecord; line?: number };

export type ToImportRecordOptions = { fileName: string; executionArn?: string };

/** Validates one record of an import file and turns it into our model, or says precisely what is wrong. */
export function toImportRecord(
  raw: RawImportRecord,
  options: ToImportRecordOptions,
): { ok: true; value: ImportRecord } | { ok: false; errors: ImportError[] } {
  const at = { fileName: options.fileName, line: raw.line };
  const fail = (message: string, eventId?: number) => ({ ok: false as const, errors: [{ ...at, eventId, message }] });
  const value = raw.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('expected a JSON object (describe-execution merged with get-execution-history, or {"events": [...]})');
  }
  const object = value as Record<string, unknown>;

  if ('definition' in object && !('executionArn' in object) && !('events' in object)) {
    const parsed = stateMachineDescriptionSchema.safeParse(object);
    if (!parsed.success) return fail(`state machine: ${formatIssues(parsed.error)}`);
    const description = parsed.data;
    return {
      ok: true,
      value: {
        kind: 'state-machine',
        line: raw.line,
        record: {
          arn: description.stateMachineArn,
          name: description.name,
          type: description.type ?? 'STANDARD',
          definition: description.definition,
          revisionId: description.revisionId ?? null,
          status: description.status ?? null,
          roleArn: description.roleArn ?? null,
          logGroupArn: description.loggingConfiguration?.destinations?.[0]?.cloudWatchLogsLogGroup?.logGroupArn ?? null,
          createdAt: description.creationDate ?? null,
        },
      },
    };
  }

  if (!Array.isArray(object.events)) {
    return fail('has no "events" array: expected get-execution-history output (merged with describe-execution)');
  }
  const events = parseEvents(object.events, at);
  if (!events.ok) return events;

  const executionArn = typeof object.executionArn === 'string' ? object.executionArn : options.executionArn;
  if (!executionArn) {
    return fail('is a bare history with no executionArn: pass --execution-arn ARN (or merge describe-execution into it)');
  }
  const parsed = executionDescriptionSchema.safeParse({ ...object, executionArn, events: undefined });
  if (!parsed.success) return fail(formatIssues(parsed.error));
  const description = parsed.data;
  const arnParts = parseExecutionArn(executionArn);
  if (!arnParts) return fail(`executionArn is not a Step Functions execution ARN: ${executionArn}`);

  const derived = getExecutionOutcome(events.value);
  const startDate = description.startDate ?? derived.startDate;
  if (!startDate) return fail('has no startDate and no ExecutionStarted event to take it from');
  const status = description.status ?? derived.status;
  const stopDate = description.stopDate !== undefined ? description.stopDate : derived.stopDate;
  const stateMachineArn = description.stateMachineArn ?? toStateMachineArn(arnParts);

  return {
    ok: true,
    value: {
      kind: 'execution',
      line: raw.line,
      record: {
        arn: executionArn,
        name: description.name ?? arnParts.executionName,
        stateMachineArn,
        status,
        startDate,
        stopDate: status === 'RUNNING' ? null : (stopDate ?? null),
        input: description.input ?? derived.input,
        output: description.output ?? (status === 'SUCCEEDED' ? derived.output : null),
        // DescribeExecution leaves error empty for TIMED_OUT; the closing event still names it.
        error: description.error ?? (status === derived.status ? derived.error : null),
        cause: description.cause ?? (status === derived.status ? derived.cause : null),
        failedStateName: status === 'RUNNING' || status === 'SUCCEEDED' ? null : derived.failedStateName,
        redriveCount: description.redriveCount ?? derived.redriveCount,
        redriveDate: description.redriveDate ?? derived.redriveDate,
        redriveStatus: description.redriveStatus ?? null,
        redriveStatusReason: description.redriveStatusReason ?? null,
        mapRunArn: description.mapRunArn ?? null,
        events: events.value,
        historyComplete: isContiguous(events.value),
      },
    },
  };
}

function parseEvents(
  rawEvents: unknown[],
  at: { fileName: string; line?: number },
): { ok: true; value: HistoryEvent[] } | { ok: false; errors: ImportError[] } {
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
    seen.add(parsed.data.id);
    events.push(parsed.data as HistoryEvent);
  });
  if (errors.length) return { ok: false, errors };
  if (events.length === 0) return { ok: false, errors: [{ ...at, message: 'has an empty "events" array' }] };
  events.sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  return { ok: true, value: events };
}

/** AWS numbers events 1..n; a gap means part of the history is missing. */
function isContiguous(events: HistoryEvent[]): boolean {
  return events.every((event, index) => event.id === index + 1);
}

function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '');
      return path ? `${path} ${issue.message}` : issue.message;
    })
    .join('; ');
}
