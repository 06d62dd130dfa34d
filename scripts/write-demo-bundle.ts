/** Writes the demo bundle as JSON Lines: `tsx scripts/write-demo-bundle.ts [path]` (default data/demo.jsonl). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { generateDemoBundle } from '../prisma/demo/generate-demo-bundle';

const target = resolve(process.argv[2] ?? 'data/demo.jsonl');
const records = generateDemoBundle({ now: new Date() });
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, records.map((record) => JSON.stringify(record)).join('\n') + '\n');
console.log(`wrote ${records.length} records to ${target}`);
