import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runConformance, type CaseResult } from '@/lib/engine/conformance';

/**
 * Runs the shared conformance corpus (or any folder in the same format) through the local engine and
 * prints a table per area. Usage: npm run conformance [-- <folder>] [--verbose]
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const verbose = args.includes('--verbose');
  const folderArg = args.find((a) => !a.startsWith('--'));
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const folder = folderArg ? path.resolve(folderArg) : path.resolve(repoRoot, '../shared/conformance/cases');
  if (!existsSync(folder)) {
    console.error(`Conformance cases not found: ${folder}`);
    process.exit(2);
  }
  const started = Date.now();
  const summary = await runConformance(folder);
  const byArea = new Map<string, CaseResult[]>();
  for (const r of summary.results) byArea.set(r.area, [...(byArea.get(r.area) ?? []), r]);
  for (const [area, results] of [...byArea.entries()].sort()) {
    const p = results.filter((r) => r.outcome === 'passed').length;
    const f = results.filter((r) => r.outcome === 'failed');
    const s = results.filter((r) => r.outcome === 'skipped');
    console.log(`\n${area}: ${p}/${results.length} passed${f.length ? `, ${f.length} failed` : ''}${s.length ? `, ${s.length} skipped` : ''}`);
    const shown = verbose ? [...f, ...s] : [...f, ...s].slice(0, 200);
    if (shown.length) {
      console.log('  | case | result | first difference |');
      console.log('  | --- | --- | --- |');
      for (const r of shown) console.log(`  | ${r.name} | ${r.outcome} | ${(r.detail ?? '').replace(/\n/g, ' ').slice(0, 300)} |`);
    }
  }
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  console.log(`${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`);
  process.exit(summary.failed > 0 ? 1 : 0);
}

void main();
