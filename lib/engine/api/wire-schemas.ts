import { z } from 'zod';
import { isResourceName } from './is-resource-name';

/**
 * A refinement whose failure is answered with the SFN error `sfnError` (see toValidationError), not the
 * framework's ValidationException: AWS checks the model's lengths first, then the operation's own rules.
 */
export type SfnErrorParams = { sfnError: string; prefix: string };

/**
 * Tag keys and values: "Tags may only contain Unicode letters, digits, white space, or these symbols:
 * _ . : / = + - @" (https://docs.aws.amazon.com/step-functions/latest/apireference/API_Tag.html). AWS's
 * tagging framework answers a ValidationException naming this pattern (e.g. aws/aws-cdk issues, Lambda's
 * TagResource: "Member must satisfy regular expression pattern: ^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$").
 */
const TAG_PATTERN = /^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$/u;

const tagKey = z.string().min(1).max(128).regex(TAG_PATTERN);

/** Request members shared by several operations, with the model's length and range limits (api-protocol.md §3). */
export const wire = {
  arn: z.string().min(1).max(256),
  mapRunArn: z.string().min(1).max(2000),
  /**
   * A state machine, execution or activity name. Length outside 1–80 is the framework's
   * ValidationException on AWS ("Member must have length less than or equal to 80", getmoto/moto#6438);
   * a forbidden character is InvalidName.
   */
  name: z
    .string()
    .min(1)
    .max(80)
    .refine(isResourceName, { params: { sfnError: 'InvalidName', prefix: 'Invalid Name' } satisfies SfnErrorParams }),
  /** GetActivityTask's workerName: the model's Name shape, but the docs put no character rule on it. */
  workerName: z.string().min(1).max(80),
  /** 0 means "the default page size". */
  maxResults: z.number().int().min(0).max(1000).optional(),
  nextToken: z.string().min(1).max(1024).optional(),
  /** input/output/definition are strings holding JSON, never nested objects. */
  payload: z.string().max(262_144),
  definition: z.string().min(1).max(1_048_576),
  error: z.string().max(256).optional(),
  cause: z.string().max(32_768).optional(),
  taskToken: z.string().min(1).max(2048),
  /** The model's TraceHeader pattern. */
  traceHeader: z.string().max(256).regex(/^\p{ASCII}*$/u),
  includedData: z.enum(['ALL_DATA', 'METADATA_ONLY']).optional(),
  stateMachineType: z.enum(['STANDARD', 'EXPRESS']).optional(),
  executionStatus: z.enum(['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED', 'PENDING_REDRIVE']),
  tagKey,
  tags: z.array(z.object({ key: tagKey, value: z.string().max(256).regex(TAG_PATTERN) })),
};
