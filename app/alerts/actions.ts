'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { alertRuleSchema } from '@/lib/alerts';
import { parseUsd } from '@/lib/cost';
import {
  AlertRuleNameTakenError,
  deleteAlertMute,
  deleteAlertRule,
  findAlertRule,
  getDb,
  recordAuditEntry,
  saveAlertMute,
  saveAlertRule,
  saveCostBudget,
  type AlertRule,
  type AlertRuleInput,
} from '@/lib/db';
import { AppError } from '@/lib/errors';
import { requireOperator } from '../login/require-operator';
import type { AlertFormState } from '../ui/alerts/form-state';
import type { MutationName } from '../mutations';
import { toMuteInputSchema } from './mute-input';


const RULE_FIELDS = ['name', 'kind', 'accountId', 'region', 'stateMachineArn', 'threshold', 'quietMinutes', 'channelKind', 'channelUrl', 'channelSecret'] as const;

async function operatorOrMessage(mutation: MutationName): Promise<{ id: string } | { message: string }> {
  try {
    return await requireOperator(mutation);
  } catch (error) {
    if (error instanceof AppError) return { message: error.message };
    throw error;
  }
}

function toFieldErrors(error: z.ZodError): Partial<Record<string, string>> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[String(issue.path[0] ?? 'form')] ??= issue.message;
  return fieldErrors;
}

/**
 * A rule as the audit log keeps it: the channel's host only. A Slack incoming-webhook URL is its own
 * secret, and the signing secret is never written anywhere but the rule.
 */
function toAuditedRule(rule: AlertRuleInput) {
  const { channelUrl, channelSecret, ...rest } = rule;
  return { ...rest, channelHost: URL.canParse(channelUrl) ? new URL(channelUrl).host : '?', signed: channelSecret !== null };
}

/** Adds an alert rule. Operators only; validated like the config file; audited without its URL or secret. */
export async function saveAlertRuleAction(_previous: AlertFormState, formData: FormData): Promise<AlertFormState> {
  const values = Object.fromEntries(RULE_FIELDS.map((field) => [field, String(formData.get(field) ?? '')]));
  const operator = await operatorOrMessage('alert-rule-save');
  // The URL and secret are not sent back to the form: a refused form must not echo secrets into the page.
  const echoed = { ...values, channelSecret: '' };
  if ('message' in operator) return { ok: false, message: operator.message, fieldErrors: {}, values: echoed };
  const parsed = alertRuleSchema.safeParse({ ...values, enabled: true });
  if (!parsed.success) return { ok: false, message: 'Check the highlighted fields; nothing was saved.', fieldErrors: toFieldErrors(parsed.error), values: echoed };
  const db = await getDb();
  let saved: AlertRule;
  try {
    saved = await saveAlertRule(db, parsed.data);
  } catch (error) {
    if (error instanceof AlertRuleNameTakenError) return { ok: false, message: 'Check the highlighted fields; nothing was saved.', fieldErrors: { name: error.message }, values: echoed };
    throw error;
  }
  await recordAuditEntry(db, { actor: operator.id, action: 'alert-rule-create', targets: [saved.name], params: { after: toAuditedRule(saved) }, outcome: 'SUCCEEDED' });
  revalidatePath('/alerts');
  return { ok: true, message: `Added "${saved.name}". It is evaluated within a minute (or at the next \`npm run findings -- --alerts\`).`, fieldErrors: {} };
}

/** Removes a rule, its outbox rows and its quiet-period clocks. Operators only; audited. */
export async function deleteAlertRuleAction(id: number): Promise<{ ok: boolean; message: string }> {
  const operator = await operatorOrMessage('alert-rule-delete');
  if ('message' in operator) return { ok: false, message: operator.message };
  if (!Number.isSafeInteger(id)) return { ok: false, message: 'No such rule.' };
  const db = await getDb();
  const rule = await findAlertRule(db, id);
  if (!rule) return { ok: false, message: 'This rule no longer exists.' };
  await deleteAlertRule(db, id);
  await recordAuditEntry(db, { actor: operator.id, action: 'alert-rule-delete', targets: [rule.name], params: { before: toAuditedRule(rule) }, outcome: 'SUCCEEDED' });
  revalidatePath('/alerts');
  return { ok: true, message: `Deleted "${rule.name}".` };
}

/** Acknowledges, mutes or clears a failure group, stuck finding or quota risk. Operators only; audited. */
export async function muteSubjectAction(_previous: AlertFormState, formData: FormData): Promise<AlertFormState> {
  const values = Object.fromEntries(['subjectKind', 'subjectKey', 'state', 'owner', 'note', 'until'].map((field) => [field, String(formData.get(field) ?? '')]));
  const operator = await operatorOrMessage('alert-mute');
  if ('message' in operator) return { ok: false, message: operator.message, fieldErrors: {}, values };
  const parsed = toMuteInputSchema(new Date()).safeParse(values);
  if (!parsed.success) return { ok: false, message: 'Check the highlighted fields; nothing was saved.', fieldErrors: toFieldErrors(parsed.error), values };
  const input = parsed.data;
  const db = await getDb();
  if (input.subjectKind === 'failure-group' && (await db.failureKey.count({ where: { groupKey: input.subjectKey } })) === 0) {
    return { ok: false, message: 'This failure group no longer has any failures; nothing was saved.', fieldErrors: {}, values };
  }
  if (input.state === 'clear') {
    const removed = await deleteAlertMute(db, input.subjectKind, input.subjectKey);
    if (removed) await recordAuditEntry(db, { actor: operator.id, action: 'alert-unmute', targets: [input.subjectKey], params: { subjectKind: input.subjectKind }, outcome: 'SUCCEEDED' });
    revalidatePath('/', 'layout');
    return { ok: true, message: removed ? 'Cleared: alerts about it are sent again.' : 'It was neither acknowledged nor muted.', fieldErrors: {} };
  }
  await saveAlertMute(db, { subjectKind: input.subjectKind, subjectKey: input.subjectKey, state: input.state, until: input.until, owner: input.owner, note: input.note }, operator.id);
  await recordAuditEntry(db, {
    actor: operator.id,
    action: input.state === 'muted' ? 'alert-mute' : 'alert-acknowledge',
    targets: [input.subjectKey],
    params: { subjectKind: input.subjectKind, owner: input.owner, note: input.note, until: input.until?.toISOString() ?? null },
    outcome: 'SUCCEEDED',
  });
  revalidatePath('/', 'layout');
  return {
    ok: true,
    message: input.state === 'muted' ? `Muted through ${values.until} (UTC); owner ${input.owner}.` : `Acknowledged; owner ${input.owner}.`,
    fieldErrors: {},
  };
}

const budgetSchema = z.object({
  scope: z.enum(['account', 'state-machine'], { error: 'Choose an account or a state machine' }),
  subject: z
    .string()
    .trim()
    .min(1, 'Enter the account id or state machine ARN')
    .max(2_048, 'At most 2,048 characters'),
  usdPerMonth: z
    .string()
    .trim()
    .refine((text) => text === '' || /^\d{1,9}(\.\d{1,2})?$/.test(text), 'An amount in US dollars, e.g. 250 or 99.50 (empty removes the budget)'),
}).superRefine((budget, context) => {
  if (budget.scope === 'account' && !/^\d{12}$/.test(budget.subject)) context.addIssue({ code: 'custom', path: ['subject'], message: 'An AWS account id is 12 digits' });
  if (budget.scope === 'state-machine' && !/^arn:[\w-]+:states:[\w-]+:\d{12}:stateMachine:[^:\s]+$/.test(budget.subject)) {
    context.addIssue({ code: 'custom', path: ['subject'], message: 'A state machine ARN, arn:aws:states:<region>:<account>:stateMachine:<name>' });
  }
});

/** Sets or removes a monthly budget for an account or state machine. Operators only; audited. */
export async function saveBudgetAction(_previous: AlertFormState, formData: FormData): Promise<AlertFormState> {
  const values = Object.fromEntries(['scope', 'subject', 'usdPerMonth'].map((field) => [field, String(formData.get(field) ?? '')]));
  const operator = await operatorOrMessage('budget-save');
  if ('message' in operator) return { ok: false, message: operator.message, fieldErrors: {}, values };
  const parsed = budgetSchema.safeParse(values);
  if (!parsed.success) return { ok: false, message: 'Check the highlighted fields; nothing was saved.', fieldErrors: toFieldErrors(parsed.error), values };
  const budget = parsed.data;
  const usdPerMonth = budget.usdPerMonth === '' ? null : budget.usdPerMonth;
  if (usdPerMonth !== null) parseUsd(usdPerMonth);
  const db = await getDb();
  await saveCostBudget(db, { scope: budget.scope, subject: budget.subject, usdPerMonth });
  await recordAuditEntry(db, { actor: operator.id, action: 'budget-change', targets: [budget.subject], params: { scope: budget.scope, usdPerMonth }, outcome: 'SUCCEEDED' });
  revalidatePath('/costs');
  revalidatePath('/alerts');
  return { ok: true, message: usdPerMonth === null ? `Removed the budget of ${budget.subject}.` : `Budget of ${budget.subject} set to $${usdPerMonth} a month.`, fieldErrors: {} };
}
