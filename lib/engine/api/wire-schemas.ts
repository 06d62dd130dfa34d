import { z } from 'zod';

/** Request members shared by several operations, with the model's length and range limits (api-protocol.md §3). */
export const wire = {
  arn: z.string().min(1).max(256),
  mapRunArn: z.string().min(1).max(2000),
  name: z.string().min(1).max(80),
  /** 0 means "the default page size". */
  maxResults: z.number().int().min(0).max(1000).optional(),
  nextToken: z.string().min(1).max(1024).optional(),
  /** input/output/definition are strings holding JSON, never nested objects. */
  payload: z.string().max(262_144),
  definition: z.string().min(1).max(1_048_576),
  error: z.string().max(256).optional(),
  cause: z.string().max(32_768).optional(),
  taskToken: z.string().min(1).max(2048),
  includedData: z.enum(['ALL_DATA', 'METADATA_ONLY']).optional(),
  stateMachineType: z.enum(['STANDARD', 'EXPRESS']).optional(),
  executionStatus: z.enum(['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED', 'PENDING_REDRIVE']),
  tags: z.array(z.object({ key: z.string().min(1).max(128), value: z.string().max(256) })).optional(),
};
