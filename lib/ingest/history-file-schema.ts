import { z } from 'zod';
import { EXECUTION_STATUSES, REDRIVE_STATUSES, STATE_MACHINE_TYPES } from '@/lib/model';

/**
 * No execution is older than the Step Functions API, version 2016-11-23 (history-events.md, Sources: the
 * service model `states-2016-11-23`); an earlier date is a unit or time-zone mistake, not history.
 */
export const EARLIEST_EXECUTION_DATE = new Date('2016-11-23T00:00:00Z');
/**
 * An epoch number below this is seconds, at or above it milliseconds: 1e11 s is the year 5138 and 1e11 ms is
 * 1973, both outside AWS's range, so no date AWS can write is read in the wrong unit.
 */
export const EPOCH_MILLISECONDS_FROM = 1e11;

/**
 * A date as the AWS CLI prints it: ISO 8601 (`2026-11-20T10:15:30.123000+00:00`; without an offset it is
 * UTC, as AWS writes every date, never the importing server's zone) or an epoch number (`cli_timestamp_format
 * = wire` prints seconds with a fraction; SDK dumps and CloudWatch Logs use milliseconds), told apart by size.
 * Dates before Step Functions existed are refused; the latest allowed depends on the import's clock.
 */
export const cliDateSchema = z.union([z.number(), z.string()]).transform((value, context) => {
  const date = typeof value === 'number' ? fromEpoch(value) : parseDateText(value);
  if (date === 'negative') {
    context.addIssue({ code: 'custom', message: `is a negative timestamp: ${JSON.stringify(value)}` });
    return z.NEVER;
  }
  if (!date || Number.isNaN(date.getTime())) {
    context.addIssue({ code: 'custom', message: `is not a date (ISO 8601, epoch seconds or epoch milliseconds): ${JSON.stringify(value)}` });
    return z.NEVER;
  }
  if (date < EARLIEST_EXECUTION_DATE) {
    context.addIssue({ code: 'custom', message: `${JSON.stringify(value)} is ${date.toISOString()}, before Step Functions existed (${EARLIEST_EXECUTION_DATE.toISOString().slice(0, 10)})` });
    return z.NEVER;
  }
  return date;
});

function fromEpoch(value: number): Date | 'negative' {
  if (value < 0) return 'negative';
  return new Date(value >= EPOCH_MILLISECONDS_FROM ? value : value * 1000);
}

function parseDateText(text: string): Date | 'negative' | null {
  const trimmed = text.trim();
  if (/^-\d+(\.\d+)?$/.test(trimmed)) return 'negative';
  if (/^\d+(\.\d+)?$/.test(trimmed)) return fromEpoch(Number(trimmed));
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/i.exec(trimmed);
  if (!match) return null;
  // Python's isoformat() prints microseconds; Date.parse takes at most milliseconds everywhere.
  const local = match[1].replace(/(\.\d{3})\d+/, '$1');
  return new Date(`${local}${match[2] ?? 'Z'}`);
}

/** One GetExecutionHistory event; every other member (the details object) is kept as it is. */
export const historyEventSchema = z
  .object({
    id: z.number().int().positive(),
    previousEventId: z.number().int().nonnegative().optional(),
    type: z.string().min(1),
    timestamp: cliDateSchema,
  })
  .loose();

const optionalText = z.string().nullish();

/** What `aws stepfunctions describe-execution` prints (../shared/reference/history-events.md §7). */
export const executionDescriptionSchema = z
  .object({
    executionArn: z.string().min(1),
    stateMachineArn: z.string().min(1).optional(),
    name: z.string().optional(),
    status: z.enum(EXECUTION_STATUSES).optional(),
    startDate: cliDateSchema.optional(),
    stopDate: cliDateSchema.nullish(),
    input: optionalText,
    output: optionalText,
    error: optionalText,
    cause: optionalText,
    mapRunArn: optionalText,
    redriveCount: z.number().int().nonnegative().optional(),
    redriveDate: cliDateSchema.nullish(),
    redriveStatus: z.enum(REDRIVE_STATUSES).optional(),
    redriveStatusReason: optionalText,
  })
  .loose();

/** What `aws stepfunctions describe-state-machine` prints. */
export const stateMachineDescriptionSchema = z
  .object({
    stateMachineArn: z.string().min(1),
    name: z.string().min(1),
    definition: z.string().min(1),
    type: z.enum(STATE_MACHINE_TYPES).optional(),
    status: optionalText,
    roleArn: optionalText,
    creationDate: cliDateSchema.optional(),
    revisionId: optionalText,
    loggingConfiguration: z
      .object({
        destinations: z
          .array(z.object({ cloudWatchLogsLogGroup: z.object({ logGroupArn: z.string() }).partial() }).partial())
          .optional(),
      })
      .loose()
      .optional(),
  })
  .loose();

export type ParsedHistoryEvent = z.output<typeof historyEventSchema>;
export type ExecutionDescription = z.output<typeof executionDescriptionSchema>;
export type StateMachineDescription = z.output<typeof stateMachineDescriptionSchema>;
