import { z } from 'zod';
import { MAX_ACTION_TARGETS } from '@/lib/db';

/** Step Functions' own limits on what an operator may send (history-events.md §7, quotas.md §1). */
const MAX_ERROR_CHARS = 256;
const MAX_CAUSE_CHARS = 32_768;
const MAX_OUTPUT_BYTES = 262_144;

const arns = z
  .array(z.string().trim().min(1).max(2_048))
  .min(1, 'Select at least one execution.')
  .max(MAX_ACTION_TARGETS, `At most ${MAX_ACTION_TARGETS.toLocaleString('en-US')} executions per action.`);
const errorName = z.string().trim().max(MAX_ERROR_CHARS, `The error name is at most ${MAX_ERROR_CHARS} characters.`).optional();
const cause = z.string().max(MAX_CAUSE_CHARS, `The cause is at most ${MAX_CAUSE_CHARS.toLocaleString('en-US')} characters.`).optional();
const output = z
  .string()
  .refine((text) => Buffer.byteLength(text, 'utf8') <= MAX_OUTPUT_BYTES, 'The output is larger than 256 KiB (quotas.md §1).')
  .superRefine((text, context) => {
    try {
      JSON.parse(text);
    } catch (error) {
      context.addIssue({ code: 'custom', message: `The output is not valid JSON: ${(error as Error).message}` });
    }
  });

/** Selected executions the plan found ineligible: never acted on, only recorded with their reasons. */
const skippedArns = z.array(z.string().trim().min(1).max(2_048)).max(MAX_ACTION_TARGETS).optional();

/** The body of POST /failures/run: the action, the executions the operator confirmed, and those skipped. */
export const runRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('redrive'), arns, skippedArns }),
  z.object({ kind: z.literal('stop'), arns, skippedArns, error: errorName, cause }),
  z.object({ kind: z.literal('send-task-success'), arns, skippedArns, output }),
  z.object({ kind: z.literal('send-task-failure'), arns, skippedArns, error: errorName, cause }),
]);
export type RunRequest = z.infer<typeof runRequestSchema>;

export const ACTION_KINDS = ['redrive', 'stop', 'send-task-success', 'send-task-failure'] as const;

/** What to plan: chosen executions, or a whole failure group under the page's filters (its query string). */
export const planRequestSchema = z.union([
  z.object({ kind: z.enum(ACTION_KINDS), arns }),
  z.object({ kind: z.enum(ACTION_KINDS), groupKey: z.string().min(1).max(64), query: z.string().max(4_096) }),
]);
export type PlanRequest = z.infer<typeof planRequestSchema>;
