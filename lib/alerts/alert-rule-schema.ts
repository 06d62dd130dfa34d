import { z } from 'zod';
import { ALERT_CHANNEL_KINDS, ALERT_RULE_KINDS, type AlertRuleInput, type AlertRuleKind } from '@/lib/db';

/** What each kind's threshold means, its default and bounds, for the form, the config file and evaluation. */
export const ALERT_RULE_KIND_FIELDS: Record<AlertRuleKind, { label: string; threshold: { label: string; unit: string; min: number; max: number; default: number } | null }> = {
  'new-failure-group': { label: 'A new failure group', threshold: { label: 'Failures in the group before it is sent', unit: 'failures', min: 1, max: 100_000, default: 1 } },
  'failure-rate': { label: 'Failure rate over a threshold (per state machine, runs started in the last hour)', threshold: { label: 'Failure rate above', unit: '%', min: 0, max: 100, default: 20 } },
  'stuck-critical': { label: 'A critical stuck run', threshold: null },
  'quota-critical': { label: 'A critical quota risk', threshold: null },
  'cost-anomaly': { label: 'A cost anomaly (daily transitions over the trailing rate)', threshold: { label: 'Last 24 h over the trailing daily rate ×', unit: '×', min: 1.1, max: 1_000, default: 3 } },
  'budget-forecast': { label: 'The month’s forecast over a budget', threshold: { label: 'Forecast above this share of the budget', unit: '%', min: 1, max: 1_000, default: 100 } },
};

const MAX_URL_LENGTH = 2_048;
const isControl = (char: string) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f;
/** Control characters and lone surrogates are refused in names and scopes rather than stored mangled. */
const printable = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label}: at most ${max} characters`)
    .refine((text) => ![...text].some(isControl), `${label} may not contain control characters`)
    .refine((text) => text.isWellFormed(), `${label} may not contain a lone UTF-16 surrogate`);
const optional = (label: string, max: number) =>
  printable(label, max)
    .transform((text): string | null => (text === '' ? null : text))
    .nullable();

/** Webhook URLs are operator-set: only http(s), no credentials in the URL (they would show in logs and errors). */
export const alertUrlSchema = printable('URL', MAX_URL_LENGTH)
  .min(1, 'Enter the URL to send alerts to')
  .refine((text) => URL.canParse(text), 'Enter a full URL, e.g. https://hooks.slack.com/services/…')
  .refine((text) => !URL.canParse(text) || ['http:', 'https:'].includes(new URL(text).protocol), 'Only http:// and https:// URLs can receive alerts')
  .refine((text) => !URL.canParse(text) || (new URL(text).username === '' && new URL(text).password === ''), 'Put no user name or password in the URL');

/**
 * A rule from the form (strings) or the config file (JSON): required fields, bounds per kind, the threshold
 * defaulted from the kind when left empty.
 */
export const alertRuleSchema = z
  .object({
    name: printable('Name', 120).min(1, 'Give the rule a name'),
    kind: z.enum(ALERT_RULE_KINDS, { error: 'Choose what to alert on' }),
    accountId: optional('Account', 12).refine((text) => text === null || /^\d{12}$/.test(text), 'An AWS account id is 12 digits').default(null),
    region: optional('Region', 32).refine((text) => text === null || /^[a-z]{2}(-[a-z]+)+-\d+$/.test(text), 'A region looks like eu-west-1').default(null),
    stateMachineArn: optional('State machine', 2_048).refine((text) => text === null || text.startsWith('arn:'), 'A state machine ARN starts with arn:').default(null),
    threshold: z.union([z.literal('').transform(() => null), z.null(), z.coerce.number({ error: 'Enter a number' }).refine(Number.isFinite, 'Enter a number')]).default(null),
    quietMinutes: z.coerce.number({ error: 'Enter a number of minutes' }).int('Whole minutes').min(1, 'At least 1 minute').max(525_600, 'At most a year'),
    channelKind: z.enum(ALERT_CHANNEL_KINDS, { error: 'Choose webhook or Slack' }),
    channelUrl: alertUrlSchema,
    channelSecret: optional('Signing secret', 512).default(null),
    enabled: z.union([z.boolean(), z.enum(['on', 'true', 'false', '']).transform((text) => text === 'on' || text === 'true')]).default(true),
  })
  .superRefine((rule, context) => {
    const field = ALERT_RULE_KIND_FIELDS[rule.kind].threshold;
    if (!field || rule.threshold === null) return;
    if (rule.threshold < field.min || rule.threshold > field.max) {
      context.addIssue({ code: 'custom', path: ['threshold'], message: `Between ${field.min} and ${field.max} ${field.unit}` });
    }
    if (rule.channelKind === 'webhook' && rule.channelSecret !== null && rule.channelSecret.length < 16) {
      context.addIssue({ code: 'custom', path: ['channelSecret'], message: 'A signing secret of at least 16 characters' });
    }
  })
  .transform((rule): AlertRuleInput => ({ ...rule, threshold: ALERT_RULE_KIND_FIELDS[rule.kind].threshold ? (rule.threshold ?? ALERT_RULE_KIND_FIELDS[rule.kind].threshold?.default ?? null) : null }));
