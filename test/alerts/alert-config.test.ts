import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAlertConfig } from '@/lib/alerts';
import { listAlertRules, saveAlertRule } from '@/lib/db';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

describe('alert rules from a config file', () => {
  let database: TestDatabase;
  let dir: string;
  const write = (rules: unknown) => {
    const file = path.join(dir, `alerts-${Math.random().toString(36).slice(2)}.json`);
    fs.writeFileSync(file, typeof rules === 'string' ? rules : JSON.stringify({ rules }));
    return file;
  };
  const env = { SLACK_URL: 'https://hooks.slack.com/services/T0/B0/secretpart', HOOK_SECRET: 'file-secret-0123456789' };

  beforeAll(async () => {
    database = await createTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'statescope-alerts-'));
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await database?.cleanup();
  });

  it('loads rules with secrets from the environment, replaces the last load, and leaves UI rules alone', async () => {
    await saveAlertRule(database.db, { name: 'set in the UI', kind: 'quota-critical', accountId: null, region: null, stateMachineArn: null, threshold: null, quietMinutes: 60, channelKind: 'webhook', channelUrl: 'https://ui.example.com/', channelSecret: null, enabled: true });
    const first = write([
      { name: 'slack failures', kind: 'failure-rate', threshold: 10, quietMinutes: 30, channelKind: 'slack', channelUrl: '${SLACK_URL}' },
      { name: 'stuck', kind: 'stuck-critical', region: 'eu-west-1', quietMinutes: 240, channelKind: 'webhook', channelUrl: 'https://ops.example.com/hook', channelSecret: '${HOOK_SECRET}' },
    ]);
    expect(await loadAlertConfig(database.db, first, env)).toEqual({ saved: 2, removed: 0 });
    const rules = await listAlertRules(database.db);
    expect(rules.map((rule) => [rule.name, rule.origin])).toEqual([
      ['set in the UI', 'ui'],
      ['slack failures', 'config'],
      ['stuck', 'config'],
    ]);
    expect(rules.find((rule) => rule.name === 'slack failures')).toMatchObject({ channelUrl: env.SLACK_URL, threshold: 10 });
    expect(rules.find((rule) => rule.name === 'stuck')).toMatchObject({ channelSecret: env.HOOK_SECRET, region: 'eu-west-1' });

    // The next load drops the rule the file no longer has.
    const second = write([{ name: 'stuck', kind: 'stuck-critical', quietMinutes: 60, channelKind: 'webhook', channelUrl: 'https://ops.example.com/hook' }]);
    expect(await loadAlertConfig(database.db, second, env)).toEqual({ saved: 1, removed: 1 });
    expect((await listAlertRules(database.db)).map((rule) => [rule.name, rule.quietMinutes])).toEqual([
      ['set in the UI', 60],
      ['stuck', 60],
    ]);
  });

  it('refuses a file with any bad rule, listing every problem without quoting secrets, and keeps the rules it had', async () => {
    const before = await listAlertRules(database.db);
    const bad = write([
      { name: 'ftp', kind: 'stuck-critical', quietMinutes: 60, channelKind: 'webhook', channelUrl: 'ftp://files.example.com/${HOOK_SECRET}' },
      { name: 'rate', kind: 'failure-rate', threshold: 250, quietMinutes: 0, channelKind: 'slack', channelUrl: '${MISSING_URL}' },
      { name: 'ftp', kind: 'nonsense', quietMinutes: 60, channelKind: 'webhook', channelUrl: 'https://x.example.com/' },
    ]);
    const error = await loadAlertConfig(database.db, bad, env).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain('rules[0].channelUrl: Only http:// and https:// URLs can receive alerts');
    expect(message).toContain('rules[1].channelUrl: the environment has no MISSING_URL');
    expect(message).toContain('rules[1].quietMinutes: At least 1 minute');
    expect(message).toContain('rules[2].kind: Choose what to alert on');
    expect(message).not.toContain(env.HOOK_SECRET);
    expect(await listAlertRules(database.db)).toEqual(before);

    await expect(loadAlertConfig(database.db, write('{"rules": [ '), env)).rejects.toThrow(/is not JSON/);
  });
});
