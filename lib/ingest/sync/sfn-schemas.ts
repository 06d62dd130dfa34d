import { z } from 'zod';
import { EXECUTION_STATUSES, REDRIVE_STATUSES, STATE_MACHINE_TYPES, type HistoryEvent } from '@/lib/model';

/**
 * The parts of SDK responses a sync relies on, checked once at the boundary. Everything else an event
 * carries (its details member) is kept as it came.
 */
export const sdkHistoryEventSchema = z
  .object({
    id: z.number().int().positive(),
    previousEventId: z.number().int().nonnegative().optional(),
    type: z.string().min(1),
    timestamp: z.date(),
  })
  .loose();

export const sdkHistoryPageSchema = z.object({ events: z.array(sdkHistoryEventSchema), nextToken: z.string().optional() }).loose();

export const sdkExecutionListItemSchema = z
  .object({
    executionArn: z.string().min(1),
    stateMachineArn: z.string().min(1),
    name: z.string().min(1),
    status: z.enum(EXECUTION_STATUSES),
    startDate: z.date(),
    stopDate: z.date().optional(),
    mapRunArn: z.string().optional(),
    redriveCount: z.number().int().nonnegative().optional(),
    redriveDate: z.date().optional(),
  })
  .loose();

export const sdkExecutionPageSchema = z.object({ executions: z.array(sdkExecutionListItemSchema), nextToken: z.string().optional() }).loose();

export const sdkExecutionDescriptionSchema = sdkExecutionListItemSchema.extend({
  input: z.string().optional(),
  output: z.string().optional(),
  error: z.string().optional(),
  cause: z.string().optional(),
  redriveStatus: z.enum(REDRIVE_STATUSES).optional(),
  redriveStatusReason: z.string().optional(),
});

export const sdkStateMachineListItemSchema = z
  .object({ stateMachineArn: z.string().min(1), name: z.string().min(1), type: z.enum(STATE_MACHINE_TYPES), creationDate: z.date().optional() })
  .loose();

export const sdkStateMachinePageSchema = z.object({ stateMachines: z.array(sdkStateMachineListItemSchema), nextToken: z.string().optional() }).loose();

export const sdkStateMachineDescriptionSchema = z
  .object({
    stateMachineArn: z.string().min(1),
    name: z.string().min(1),
    status: z.string().optional(),
    definition: z.string().min(1),
    roleArn: z.string().optional(),
    type: z.enum(STATE_MACHINE_TYPES),
    creationDate: z.date().optional(),
    revisionId: z.string().optional(),
    loggingConfiguration: z
      .object({
        level: z.string().optional(),
        includeExecutionData: z.boolean().optional(),
        destinations: z.array(z.object({ cloudWatchLogsLogGroup: z.object({ logGroupArn: z.string().optional() }).loose().optional() }).loose()).optional(),
      })
      .loose()
      .optional(),
  })
  .loose();

export const sdkDefinitionForExecutionSchema = z.object({ definition: z.string().min(1), revisionId: z.string().optional() }).loose();

export function toHistoryEvents(events: z.output<typeof sdkHistoryEventSchema>[]): HistoryEvent[] {
  return events as HistoryEvent[];
}
