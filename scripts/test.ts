// npm test: typecheck, lint, then every test — unit and integration on SQLite, again on PostgreSQL when
// TEST_DATABASE_URL is set, and the browser tests (Chromium at /usr/bin/chromium). Ends with one line
// "N passed, M failed, K skipped" over all runs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

type VitestReport = { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; success: boolean };
const bin = (name: string) => path.join('node_modules', '.bin', name);
const totals = { passed: 0, failed: 0, skipped: 0 };
let ok = true;

function step(title: string, command: string, args: string[], env: Record<string, string | undefined> = {}): boolean {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, TZ: 'UTC', ...env } });
  if (result.status !== 0) console.error(`✖ ${title} failed`);
  return result.status === 0;
}

function vitest(title: string, args: string[], env: Record<string, string | undefined> = {}): void {
  const report = path.join('test-results', `vitest-${title.replace(/\W+/g, '-').toLowerCase()}.json`);
  fs.rmSync(report, { force: true });
  const passed = step(title, bin('vitest'), ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${report}`], env);
  if (!fs.existsSync(report)) {
    ok = false;
    totals.failed++;
    return;
  }
  const counts = JSON.parse(fs.readFileSync(report, 'utf8')) as VitestReport;
  totals.passed += counts.numPassedTests;
  totals.failed += counts.numFailedTests;
  totals.skipped += counts.numPendingTests + counts.numTodoTests;
  ok &&= passed && counts.success;
}

fs.mkdirSync('test-results', { recursive: true });
ok = step('typecheck', bin('tsc'), ['--noEmit', '-p', '.']) && ok;
ok = step('lint', bin('eslint'), ['.', '--max-warnings=0']) && ok;

vitest('unit and integration (SQLite)', [], { DATABASE_URL: '', TEST_DATABASE_URL: '' });
const postgresUrl = process.env.TEST_DATABASE_URL;
if (postgresUrl) vitest('integration (PostgreSQL)', ['test/db', 'test/ingest', 'test/integration', 'test/engine-api/engine-storage.test.ts'], { TEST_DATABASE_URL: postgresUrl });
else console.log('\n(TEST_DATABASE_URL not set: PostgreSQL run skipped)');

if (fs.existsSync('/usr/bin/chromium')) vitest('browser', ['--config', 'vitest.browser.config.ts']);
else if (process.env.CI) {
  console.error('\n✖ /usr/bin/chromium is missing: CI must install Debian\'s chromium');
  ok = false;
} else console.log('\n(/usr/bin/chromium not installed: browser tests skipped — apt-get install chromium)');

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
