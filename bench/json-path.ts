/**
 * JSONPath evaluation speed: 1e6 evaluations each of a simple reference path (the fast accessor every
 * state transition takes), a path the general evaluator walks, and a filter reading the root.
 * Run: npx tsx bench/json-path.ts [module]   (module: another json-path.ts to compare, e.g. an old copy)
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

type Compile = (p: string) => { evaluate: (root: unknown) => unknown };

const doc = { a: { b: [{ c: 42 }] }, items: Array.from({ length: 10 }, (_, i) => ({ id: i, name: `n${i}` })), wanted: 7 };
const N = 1_000_000;

async function main(): Promise<void> {
  const file = process.argv[2] ? path.resolve(process.argv[2]) : path.resolve(import.meta.dirname, '../lib/asl/json-path.ts');
  const { compileJsonPath } = (await import(pathToFileURL(file).href)) as { compileJsonPath: Compile };
  for (const p of ['$.a.b[0].c', '$.a.b[*].c', '$.items[?(@.id == 7)].name']) {
    let sink = 0;
    const run = (n: number): number => {
      const started = process.hrtime.bigint();
      for (let i = 0; i < n; i++) if (compileJsonPath(p).evaluate(doc) !== undefined) sink++;
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    run(N / 10);
    const n = p.includes('?') ? N / 10 : N;
    const ms = Math.min(run(n), run(n), run(n));
    console.log(`${p.padEnd(30)} ${n.toLocaleString('en')} evaluations: ${ms.toFixed(1)} ms (${((n / ms) * 1000 / 1e6).toFixed(2)} M/s)${sink < 0 ? '' : ''}`);
  }
}

void main();
