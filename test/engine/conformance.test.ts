import path from 'node:path';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runConformance } from '@/lib/engine/conformance';

/** Cases passing when this floor was set; raise it when the engine gets better, never lower it. */
const PASS_FLOOR = 762;
const CASES = path.resolve(__dirname, '../../../shared/conformance/cases');

describe('conformance corpus', () => {
  it('finds the shared corpus beside the repository', () => {
    expect(existsSync(CASES), `missing ${CASES}: CI clones shared/ beside the repo`).toBe(true);
  });

  it(`passes at least ${PASS_FLOOR} recorded AWS executions`, async () => {
    const summary = await runConformance(CASES);
    const failed = summary.results.filter((r) => r.outcome === 'failed').map((r) => `${r.area}/${r.name}: ${r.detail ?? ''}`);
    expect(summary.passed, failed.join('\n')).toBeGreaterThanOrEqual(PASS_FLOOR);
  }, 120_000);
});
