import { z } from 'zod';
import { EXECUTION_STATUSES, REDRIVE_STATUSES, STATE_MACHINE_TYPES } from '@/lib/model';

/**
 * A date as the AWS CLI prints it: ISO 8601 (`2026-11-20T10:15:30.123000+00:00`) or epoch seconds
 * (`cli_timestamp_format = wire`, a number with a fractional part).
 */
export const cliDateSchema = z.union([z.number(), z.string()]).transform((value, context) => {
  const date = typeof value === 'number' ? new Date(value * 1000) : parseDateText(value);
  if (!date || Number.isNaN(date.getTime())) {
    context.addIssue({ code: 'custom', message: `is not a date (ISO 8601 or epoch seconds): ${JSON.stringify(value)}` });
    return z.NEVER;
  }
  return date;
});

function parseDateText(text: string): Date | null {
  if (/^\d+(\.\d+)?$/.test(text.trim())) return new Date(Number(text) * 1000);
  // Python's isoformat() prints microseconds; Date.parse takes at most milliseconds everywhere.
  const trimmed = text.trim().replace(/(\.\d{3})\d+/, '$1');
  return /^\d{4}-\d{2}-\d{2}T/.test(trimmed) ? new Date(trimmed) : null;
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
