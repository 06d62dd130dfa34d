'use server';

import { revalidatePath, updateTag } from 'next/cache';
import { z } from 'zod';
import { getDb, recordAuditEntry } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { importText, type ImportFileResult } from '@/lib/ingest';
import { isExecutionArn } from '@/lib/model';
import { requireOperator } from '../login/require-operator';

export type ImportActionState = {
  ok: boolean;
  message: string;
  fieldErrors: Partial<Record<'files' | 'executionArn', string[]>>;
  results: ImportFileResult[];
};

/** Files one import takes: each is read and imported in turn. */
const MAX_FILES = 100;

const importForm = z.object({
  files: z
    .array(z.instanceof(File))
    .transform((files) => files.filter((file) => file.size > 0 || file.name !== ''))
    .refine((files) => files.length > 0, 'Choose at least one file.')
    .refine((files) => files.length <= MAX_FILES, `Import at most ${MAX_FILES} files at a time.`),
  executionArn: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .refine((value) => value === undefined || isExecutionArn(value), 'Not an execution ARN (arn:aws:states:<region>:<account>:execution:<machine>:<name>).'),
});

/**
 * Imports each uploaded file through the same path as `npm run import`, and reports per file. A signed-in
 * operator only, refused in read-only mode, and audited under the operator's name.
 */
export async function importFiles(_previous: ImportActionState, formData: FormData): Promise<ImportActionState> {
  let actor: string;
  try {
    actor = (await requireOperator('import')).id;
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, fieldErrors: {}, results: [] };
    throw error;
  }
  const parsed = importForm.safeParse({
    files: formData.getAll('files'),
    executionArn: formData.get('executionArn') ?? undefined,
  });
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors;
    return { ok: false, message: 'Check the form.', fieldErrors, results: [] };
  }
  const { files, executionArn } = parsed.data;
  if (executionArn && files.length > 1) {
    return {
      ok: false,
      message: 'Check the form.',
      fieldErrors: { executionArn: ['An execution ARN names one execution: upload its history alone.'] },
      results: [],
    };
  }

  const db = await getDb();
  const results: ImportFileResult[] = [];
  for (const file of files) {
    // Bytes, not file.text(): the importer tells UTF-16 and BOMs from UTF-8 and names invalid bytes.
    results.push(await importText(db, { fileName: toFileLabel(file.name), text: new Uint8Array(await file.arrayBuffer()), executionArn }));
  }

  const executions = results.flatMap((result) => result.executions);
  const failedFiles = results.filter((result) => !result.ok).length;
  await recordAuditEntry(db, {
    actor,
    action: 'import',
    targets: executions.map((execution) => execution.arn),
    params: { files: files.map((file) => ({ name: toFileLabel(file.name), bytes: file.size })), executionArn },
    outcome: failedFiles === 0 ? 'SUCCEEDED' : failedFiles < results.length || executions.length > 0 ? 'PARTIAL' : 'FAILED',
    results: results.map((result) => ({
      target: result.fileName,
      ok: result.ok,
      message: `${result.executions.length} execution(s), ${result.errors.length} error(s)`,
    })),
  });
  for (const execution of executions) {
    if (execution.status !== 'unchanged') updateTag(`execution:${execution.arn}`);
  }
  revalidatePath('/', 'layout');

  const ok = failedFiles === 0;
  return {
    ok,
    message: ok
      ? `Imported ${executions.length} execution(s) from ${results.length} file(s).`
      : `${failedFiles} of ${results.length} file(s) had errors; everything else was imported.`,
    fieldErrors: {},
    results,
  };
}

/** A file name as shown and audited: the browser sends what the client chose, control characters included. */
function toFileLabel(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const label = name.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD').toWellFormed().slice(0, 255).trim();
  return label || 'unnamed file';
}
