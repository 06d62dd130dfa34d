'use server';

import { revalidatePath } from 'next/cache';
import { FINDING_THRESHOLD_KEYS, FINDING_THRESHOLDS_SETTING, findingThresholdsSchema, toFindingThresholds } from '@/lib/analysis';
import { AppError } from '@/lib/errors';
import { findSetting, getDb, recordAuditEntry, saveSetting } from '@/lib/db';
import { requireOperator } from '../login/require-operator';

export type ThresholdsFormState = { ok: boolean; message: string; fieldErrors: Partial<Record<string, string>>; values?: Record<string, string> };

/** Saves stuck and quota thresholds: signed-in operators only, validated, and audited with before and after. */
export async function saveThresholds(_previous: ThresholdsFormState, formData: FormData): Promise<ThresholdsFormState> {
  const values = Object.fromEntries(FINDING_THRESHOLD_KEYS.map((key) => [key, String(formData.get(key) ?? '')]));
  let operator;
  try {
    operator = await requireOperator('settings-change');
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message, fieldErrors: {}, values };
    throw error;
  }
  const parsed = findingThresholdsSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { ok: false, message: 'Some thresholds are out of range; nothing was saved.', fieldErrors, values };
  }
  const db = await getDb();
  const before = toFindingThresholds(await findSetting(db, FINDING_THRESHOLDS_SETTING)).value;
  try {
    await saveSetting(db, FINDING_THRESHOLDS_SETTING, parsed.data);
  } catch (error) {
    await recordAuditEntry(db, { actor: operator.id, action: 'settings-change', targets: [FINDING_THRESHOLDS_SETTING], params: { after: parsed.data }, outcome: 'FAILED' });
    throw error;
  }
  await recordAuditEntry(db, {
    actor: operator.id,
    action: 'settings-change',
    targets: [FINDING_THRESHOLDS_SETTING],
    params: { before, after: parsed.data },
    outcome: 'SUCCEEDED',
  });
  revalidatePath('/', 'layout');
  return { ok: true, message: 'Thresholds saved. Stuck runs and quota risks now use them.', fieldErrors: {} };
}
