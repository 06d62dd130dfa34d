import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '@/lib/db';
import { formatImportError, importText, type ImportFileResult } from '@/lib/ingest';

/** Imports texts made by a test (e.g. a fixture with a bigger payload) through the real import path. */
export async function importTexts(
  database: { db: Db },
  files: readonly { fileName: string; text: string }[],
): Promise<ImportFileResult[]> {
  const results: ImportFileResult[] = [];
  for (const file of files) results.push(await importText(database.db, file));
  return results;
}

/** Loads fixture histories through the real import path, failing loudly on any import error. */
export async function importFixtures(db: Db, files: readonly string[]): Promise<ImportFileResult[]> {
  const results: ImportFileResult[] = [];
  for (const file of files) {
    const result = await importText(db, { fileName: path.basename(file), text: fs.readFileSync(file, 'utf8') });
    if (!result.ok) throw new Error(`importing ${file} failed:\n${result.errors.map(formatImportError).join('\n')}`);
    results.push(result);
  }
  return results;
}
