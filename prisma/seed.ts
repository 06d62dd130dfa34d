// Demo data: six workflows modelled on real use, imported through the same path as a user's files.
import { pathToFileURL } from 'node:url';
import { getDb, type Db } from '@/lib/db';
import { importText, summarizeImport, type ImportFileResult } from '@/lib/ingest';
import { generateDemoBundle } from './demo/generate-demo-bundle';

export const DEMO_SOURCE_NAME = 'Demo (us-east-1)';

export async function seedDemoData(db: Db, now: Date = new Date()): Promise<ImportFileResult> {
  const text = generateDemoBundle({ now }).map((record) => JSON.stringify(record)).join('\n');
  return importText(db, { fileName: 'demo.jsonl', text, sourceName: DEMO_SOURCE_NAME });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const db = await getDb();
  const result = await seedDemoData(db);
  console.log(summarizeImport(result));
  await db.$disconnect();
  process.exit(result.ok ? 0 : 1);
}
