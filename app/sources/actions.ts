'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { deleteSource, findSource, getDb, recordAuditEntry, saveSource, SourceNameTakenError } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { checkSourceConnection, sourceInputSchema, syncSource } from '@/lib/ingest';
import type { SourceSettings } from '@/lib/model';
import { SOURCE_FIELDS, type SourceActionResult, type SourceField, type SourceFormState } from '../ui/source-form-fields';
import { requireOperator } from '../login/require-operator';
import type { MutationName } from '../mutations';


/** The signed-in operator, or the reason there is none, worded for the form. */
async function operatorOrMessage(mutation: MutationName): Promise<{ id: string } | { message: string }> {
  try {
    return await requireOperator(mutation);
  } catch (error) {
    if (error instanceof AppError) return { message: error.message };
    throw error;
  }
}

/**
 * Adds a source (no id) or changes one; with intent=test, only tries the settings as typed
 * (ListStateMachines, maxResults 1) and saves nothing. Operators only; saves are audited.
 */
export async function saveSourceAction(_previous: SourceFormState, formData: FormData): Promise<SourceFormState> {
  const values = Object.fromEntries(SOURCE_FIELDS.map((field) => [field, String(formData.get(field) ?? '')])) as Record<SourceField, string>;
  values.enabled = formData.get('enabled') === 'on' ? 'on' : 'false';
  const operator = await operatorOrMessage('source-save');
  if ('message' in operator) return { ok: false, message: operator.message, fieldErrors: {}, values };

  const parsed = sourceInputSchema.safeParse(values);
  if (!parsed.success) {
    return { ok: false, message: 'Check the highlighted fields; nothing was saved.', fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  }
  if (formData.get('intent') === 'test') {
    const connection = await checkSourceConnection(parsed.data);
    return { ok: true, message: '', fieldErrors: {}, values, connection };
  }

  const idText = String(formData.get('id') ?? '');
  const id = idText ? Number(idText) : undefined;
  const db = await getDb();
  const before = id === undefined ? null : await findSource(db, id);
  if (id !== undefined && (!before || before.kind === 'IMPORT')) return { ok: false, message: 'This source no longer exists or cannot be edited.', fieldErrors: {}, values };
  let saved: SourceSettings;
  try {
    saved = await saveSource(db, parsed.data, id);
  } catch (error) {
    if (error instanceof SourceNameTakenError) return { ok: false, message: 'Check the highlighted fields; nothing was saved.', fieldErrors: { name: [error.message] }, values };
    throw error;
  }
  await recordAuditEntry(db, {
    actor: operator.id,
    action: before ? 'source-update' : 'source-create',
    targets: [saved.name],
    params: before ? { before: toAuditedSettings(before), after: toAuditedSettings(saved) } : { after: toAuditedSettings(saved) },
    outcome: 'SUCCEEDED',
  });
  revalidatePath('/sources');
  return { ok: true, message: before ? `Saved "${saved.name}".` : `Added "${saved.name}". Sync it now, or let the interval do it.`, fieldErrors: {}, savedId: saved.id };
}

/** Removes a source and everything synced from it. Operators only; audited. */
export async function deleteSourceAction(id: number): Promise<SourceActionResult> {
  const operator = await operatorOrMessage('source-delete');
  if ('message' in operator) return { ok: false, message: operator.message };
  const db = await getDb();
  const source = await findSource(db, id);
  if (!source) return { ok: false, message: 'This source no longer exists.' };
  const { executions } = await deleteSource(db, id);
  await recordAuditEntry(db, { actor: operator.id, action: 'source-delete', targets: [source.name], params: { before: toAuditedSettings(source), executionsRemoved: executions }, outcome: 'SUCCEEDED' });
  revalidatePath('/', 'layout');
  return { ok: true, message: `Deleted "${source.name}" and the ${executions} execution(s) synced from it.` };
}

/**
 * Starts a sync of the source and answers once it is under way (or refused); the sync goes on in the
 * server and the page follows its run. Operators only; audited when started.
 */
export async function syncSourceNowAction(id: number): Promise<SourceActionResult> {
  const operator = await operatorOrMessage('source-sync');
  if ('message' in operator) return { ok: false, message: operator.message };
  const db = await getDb();
  const source = await findSource(db, id);
  if (!source) return { ok: false, message: 'This source no longer exists.' };
  if (source.kind === 'IMPORT') return { ok: false, message: 'Imported files have nothing to sync from.' };

  const started = await new Promise<{ runId: number | null; alreadyRunning: boolean; error?: string }>((resolve) => {
    syncSource(db, id, { onProgress: (progress) => resolve({ runId: progress.runId, alreadyRunning: false }) })
      .then((result) => {
        resolve({ runId: result.runId, alreadyRunning: result.status === 'ALREADY_RUNNING' });
        revalidatePath('/', 'layout');
      })
      .catch((error: unknown) => {
        console.error(`[sync] ${source.name}:`, error);
        resolve({ runId: null, alreadyRunning: false, error: error instanceof Error ? error.message : String(error) });
      });
  });
  if (started.alreadyRunning) return { ok: false, message: `A sync of "${source.name}" is already running.` };
  if (started.error) return { ok: false, message: `The sync could not start: ${started.error}` };
  await recordAuditEntry(db, { actor: operator.id, action: 'source-sync', targets: [source.name], params: { runId: started.runId }, outcome: 'SUCCEEDED' });
  revalidatePath('/sources');
  return { ok: true, message: `Sync of "${source.name}" started.` };
}

/** "Test connection" for a saved source. Operators only: it calls AWS with the server's credentials. */
export async function testSavedSourceAction(id: number): Promise<SourceActionResult> {
  const operator = await operatorOrMessage('source-test');
  if ('message' in operator) return { ok: false, message: operator.message };
  const source = await findSource(await getDb(), id);
  if (!source) return { ok: false, message: 'This source no longer exists.' };
  if (source.kind === 'IMPORT') return { ok: false, message: 'Imported files have no connection to test.' };
  return checkSourceConnection(source);
}

/** Settings as the audit log keeps them: names only, never credentials (there are none to keep). */
function toAuditedSettings(source: SourceSettings) {
  const { kind, name, region, profile, roleArn, endpoint, syncIntervalSec, maxRequestsPerSec, enabled } = source;
  return { kind, name, region, profile, roleArn, endpoint, syncIntervalSec, maxRequestsPerSec, enabled };
}
