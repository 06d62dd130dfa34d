import { z } from 'zod';

/** AWS region names: us-east-1, eu-central-1, us-gov-west-1, cn-north-1, ap-southeast-5… */
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const PROFILE = /^[\w.+@-]{1,64}$/;
/** The background loop would hammer a source below this; manual syncs have no minimum. */
export const MIN_SYNC_INTERVAL_SEC = 10;
const MAX_SYNC_INTERVAL_SEC = 7 * 24 * 3600;

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || null);

const optionalNumber = (schema: z.ZodNumber) =>
  z
    .union([z.string(), z.number()])
    .optional()
    .transform((value, context) => {
      if (value === undefined || (typeof value === 'string' && value.trim() === '')) return null;
      const parsed = schema.safeParse(typeof value === 'number' ? value : Number(value.trim()));
      if (parsed.success) return parsed.data;
      context.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? 'Not a number.' });
      return z.NEVER;
    });

/**
 * A source as a person types it (the Sources form, `npm run sync -- --add-…`): checked field by field with
 * messages that say what to enter, then shaped for saveSource.
 */
export const sourceInputSchema = z
  .object({
    kind: z.enum(['AWS', 'LOCAL'], { error: 'Choose an AWS region or a local endpoint.' }),
    name: z.string().trim().min(1, 'Give the source a name.').max(80, 'At most 80 characters.'),
    region: optionalText.refine((value) => value === null || REGION.test(value), 'Not an AWS region (e.g. eu-west-1).'),
    profile: optionalText.refine((value) => value === null || PROFILE.test(value), 'A profile name from ~/.aws/config: letters, digits and . _ + @ - only.'),
    roleArn: optionalText.refine((value) => value === null || ROLE_ARN.test(value), 'Not an IAM role ARN (arn:aws:iam::123456789012:role/name).'),
    endpoint: optionalText.refine((value) => value === null || isHttpUrl(value), 'Not an http(s) URL (e.g. http://localhost:8083).'),
    syncIntervalSec: optionalNumber(
      z.number({ error: 'A whole number of seconds.' }).int('A whole number of seconds.').min(MIN_SYNC_INTERVAL_SEC, `At least ${MIN_SYNC_INTERVAL_SEC} seconds (or empty for manual syncs only).`).max(MAX_SYNC_INTERVAL_SEC, 'At most a week.'),
    ),
    maxRequestsPerSec: optionalNumber(z.number({ error: 'A number of requests per second.' }).gt(0, 'More than 0.').max(1000, 'At most 1,000.')),
    enabled: z.union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('false')]).optional().transform((value) => value === undefined || value === true || value === 'on' || value === 'true'),
  })
  .superRefine((source, context) => {
    if (source.kind === 'AWS' && !source.region) context.addIssue({ code: 'custom', path: ['region'], message: 'An AWS source needs a region.' });
    if (source.kind === 'LOCAL' && !source.endpoint) context.addIssue({ code: 'custom', path: ['endpoint'], message: 'A local source needs the endpoint URL of its engine.' });
  })
  .transform((source) =>
    source.kind === 'LOCAL'
      ? // Profiles and roles mean nothing to a local endpoint; its dummy credentials are built in.
        { ...source, profile: null, roleArn: null }
      : { ...source, endpoint: null },
  );

export type SourceFormInput = z.input<typeof sourceInputSchema>;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
