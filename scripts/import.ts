// npm run import -- <file…> [--execution-arn ARN] [--source NAME]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getDb } from '@/lib/db';
import { importText, summarizeImport } from '@/lib/ingest';
import { exitWithError } from './lib/exit-with-error';
import { prepareDatabase } from './lib/prepare-database';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'execution-arn': { type: 'string' }, source: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help || positionals.length === 0) {
  console.log(`Usage: npm run import -- <file…> [--execution-arn ARN] [--source NAME]

Accepts what \`aws stepfunctions describe-execution\` and \`get-execution-history\` print merged into one
object (jq -s '.[0] * .[1]' describe.json history.json), a bare history {"events": [...]} with
--execution-arn, describe-state-machine output, or a JSON Lines bundle of those, one per line.`);
  process.exit(positionals.length === 0 && !values.help ? 2 : 0);
}

await prepareDatabase({ seed: false }).catch(exitWithError);
const db = await getDb();
let failed = 0;
for (const file of positionals) {
  const fileName = path.basename(file);
  // Bytes, not text: the importer decodes UTF-16 and refuses invalid UTF-8 instead of replacing it.
  let text: Uint8Array;
  try {
    text = fs.readFileSync(file);
  } catch (error) {
    console.error(`${file}: cannot read: ${(error as Error).message}`);
    failed++;
    continue;
  }
  const started = performance.now();
  const result = await importText(db, { fileName, text, executionArn: values['execution-arn'], sourceName: values.source });
  console.log(`${summarizeImport(result)} in ${Math.round(performance.now() - started)} ms`);
  if (!result.ok) failed++;
}
await db.$disconnect();
process.exit(failed ? 1 : 0);
