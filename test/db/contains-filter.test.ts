import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAUSE_RULES_VERSION, getFailureParts } from '@/lib/analysis';
import { listExecutions, listFailureGroups, refreshFailureKeys, type FailureKeyDeriver } from '@/lib/db';
import { createTestDatabase, type TestDatabase } from '@/test/support/test-database';
import { seedExecutions, type SeedExecution } from './seed-executions';

/** Texts with LIKE's wildcards and escape character, and near misses a wildcard would also match. */
const TEXTS: Record<string, string> = {
  percent: '50% off',
  noPercent: '50 off',
  underscore: 'order_id missing',
  noUnderscore: 'orderXid missing',
  backslash: 'C:\\temp\\out',
  noBackslash: 'C:temp',
  escaped: 'odd \\% escape',
  upper: 'PLAIN Ärger',
};
const names = Object.keys(TEXTS);

/** The same text in a failed execution's error (executions list) and, one each, its error, cause or input (failures). */
function seeds(): SeedExecution[] {
  return names.map((name, i) => ({
    machine: 'm',
    name,
    status: 'FAILED',
    startDate: new Date(Date.UTC(2026, 0, 1, 0, i)),
    error: TEXTS[name],
    cause: `cause of ${name}`,
    input: JSON.stringify({ run: name }),
  }));
}

/** Search text → the executions it must find: wildcards and backslashes match themselves only. */
const CASES: [search: string, expected: string[]][] = [
  ['%', ['percent', 'escaped']],
  ['_', ['underscore']],
  ['\\', ['backslash', 'escaped']],
  ['50%', ['percent']],
  ['50% off', ['percent']],
  ['order_id', ['underscore']],
  ['C:\\t', ['backslash']],
  ['\\%', ['escaped']],
  ['%_%', []],
  ['off', ['percent', 'noPercent']],
  ['plain', ['upper']],
  ['ärger', ['upper']],
  // PostgreSQL refuses NUL in a query; nothing stored holds one, so it finds nothing (and fails nothing).
  ['\u0000', []],
];

describe('text filters match their text literally', () => {
  let database: TestDatabase;
  const deriver: FailureKeyDeriver = { rulesVersion: CAUSE_RULES_VERSION, derive: getFailureParts };

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedExecutions(database.db, seeds());
    await refreshFailureKeys(database.db, deriver);
  });
  afterAll(async () => {
    await database?.cleanup();
  });

  it.each(CASES)('the executions list error filter %j finds %j', async (search, expected) => {
    const page = await listExecutions(database.db, { errorText: search }, { sort: 'startDate:asc', limit: 50 });
    expect(page.items.map((item) => item.name)).toEqual(expected);
  });

  it.each(CASES)('the failures search %j finds %j', async (search, expected) => {
    const { groups } = await listFailureGroups(database.db, { search }, { limit: 50, offset: 0 });
    expect(groups.map((group) => names.find((name) => TEXTS[name] === group.error)).sort()).toEqual([...expected].sort());
  });

  it('the failures search looks in causes and inputs as literally as in errors', async () => {
    const inCause = await listFailureGroups(database.db, { search: 'cause of order_' }, { limit: 50, offset: 0 });
    expect(inCause.groups.map((group) => group.error)).toEqual([]);
    await seedExecutions(database.db, [
      { machine: 'm', name: 'cause-pct', status: 'FAILED', startDate: new Date(Date.UTC(2026, 0, 2)), error: 'E1', cause: 'disk 100% full', input: '{}' },
      { machine: 'm', name: 'input-us', status: 'FAILED', startDate: new Date(Date.UTC(2026, 0, 2, 1)), error: 'E2', cause: null, input: '{"user_id":7}' },
      { machine: 'm', name: 'neither', status: 'FAILED', startDate: new Date(Date.UTC(2026, 0, 2, 2)), error: 'E3', cause: 'disk 100 full', input: '{"userXid":7}' },
    ]);
    await refreshFailureKeys(database.db, deriver);
    const search = async (text: string) => (await listFailureGroups(database.db, { search: text }, { limit: 50, offset: 0 })).groups.map((group) => group.error).sort();
    expect(await search('100%')).toEqual(['E1']);
    expect(await search('user_id')).toEqual(['E2']);
  });
});
