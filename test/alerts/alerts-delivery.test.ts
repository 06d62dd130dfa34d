import { createHmac } from 'node:crypto';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverAlerts, runAlerts, alertRuleSchema } from '@/lib/alerts';
import { configureDb, createDb, listAlertDeliveries, saveAlertMute, saveAlertRule, saveCostBudget, type AlertRuleInput, type Db } from '@/lib/db';
import { neverDone, scenarios } from '../analysis/stuck-engine-runs';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startAlertReceiver } from './alert-receiver';
import { storeEngineRuns } from './alert-engine-runs';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Mid-month, so the month's forecast is open. */
const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
const SECRET = 'whsec-test-0123456789abcdef';
const PUBLIC_URL = 'https://statescope.example.com';

/** `npm run findings` in a process of its own; asynchronous, so the test worker keeps answering vitest. */
const runCli = (url: string, ...args: string[]) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(path.join('node_modules', '.bin', 'tsx'), ['scripts/findings.ts', ...args], { env: { ...process.env, DATABASE_URL: url, TZ: 'UTC', STATESCOPE_PUBLIC_URL: PUBLIC_URL } }, (error, stdout, stderr) =>
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });

type Receiver = Awaited<ReturnType<typeof startAlertReceiver>>;

/** The engine runs that meet each rule. */
async function seed(db: Db) {
  // A callback nobody answers (6 h), a Wait 2 h past its end, a loop burning 3 transitions a second.
  const [approval] = await storeEngineRuns(db, scenarios.approval(), { name: 'order-approval', startMs: NOW - 6 * HOUR });
  const [pause] = await storeEngineRuns(db, scenarios.wait({ Seconds: 600 }), { name: 'nightly-pause', startMs: NOW - 2 * HOUR });
  const [loop] = await storeEngineRuns(db, scenarios.pollLoop(1), { name: 'export-poller', startMs: NOW - 1_000_000, steps: 500, stepMs: 1_000, handlers: neverDone });
  // A failure burst half an hour ago: a new failure group and a 100 % failure rate.
  const payments = await storeEngineRuns(db, { StartAt: 'Charge', States: { Charge: { Type: 'Fail', Error: 'CardDeclined', Cause: 'card <declined> & blocked' } } }, { name: 'payments', startMs: NOW - HOUR / 2, count: 6 });
  // Failed 13.5 days ago: the redrive window closes within a day (critical), and its failure group is old.
  const [refund] = await storeEngineRuns(db, { StartAt: 'Refund', States: { Refund: { Type: 'Fail', Error: 'Timeout' } } }, { name: 'refunds', startMs: NOW - 13.5 * DAY });
  return { approval, pause, loop, payments, refund };
}

const rule = (input: Partial<AlertRuleInput> & Pick<AlertRuleInput, 'name' | 'kind'>, receiver: Receiver): AlertRuleInput =>
  alertRuleSchema.parse({ quietMinutes: 60, channelKind: 'webhook', channelUrl: receiver.url, channelSecret: SECRET, ...input });

const verify = (headers: Record<string, unknown>, body: string) => {
  const header = String(headers['statescope-signature'] ?? '');
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  if (!match) return false;
  return createHmac('sha256', SECRET).update(`${match[1]}.${body}`).digest('hex') === match[2];
};

describe('alerts: rules over real engine runs, delivered to a real HTTP receiver', () => {
  let database: TestDatabase;
  let db: Db;
  let receiver: Receiver;
  let runs: Awaited<ReturnType<typeof seed>>;
  const byType = (type: string) => receiver.received.filter((message) => message.json.type === type);
  const subjects = (type: string) => byType(type).map((message) => (message.json.subject as { key: string }).key).sort();
  const alerts = (at: number, extra: { random?: () => number } = {}) => runAlerts(db, { now: new Date(at), publicUrl: PUBLIC_URL, random: extra.random ?? (() => 0) });

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    receiver = await startAlertReceiver();
    runs = await seed(db);
    await saveCostBudget(db, { scope: 'account', subject: '111111111111', usdPerMonth: '0.10' });
  });
  afterAll(async () => {
    await receiver?.close();
    await database?.cleanup();
  });

  it('fires each rule once for the run that meets it, signed, and not again within its quiet period', async () => {
    for (const kind of ['stuck-critical', 'new-failure-group', 'failure-rate', 'quota-critical', 'cost-anomaly', 'budget-forecast'] as const) {
      await saveAlertRule(db, rule({ name: `every ${kind}`, kind, threshold: kind === 'failure-rate' ? 50 : null }, receiver));
    }
    const first = await alerts(NOW);
    expect(first.delivery.failed).toBe(0);
    expect(first.delivery.delivered).toBe(receiver.received.length);

    expect(subjects('stuck-critical')).toEqual(expect.arrayContaining([`${runs.approval.arn}#waiting-on-callback`, `${runs.pause.arn}#overdue`, `${runs.loop.arn}#loop`]));
    expect(byType('stuck-critical').every((message) => message.json.severity === 'critical')).toBe(true);
    // The failure burst is a new group; the refund failed 13 days ago, so its group is not new.
    expect(byType('new-failure-group')).toHaveLength(1);
    expect(byType('new-failure-group')[0].json.title).toMatch(/^New failure group on payments: CardDeclined/);
    expect(byType('failure-rate').map((message) => message.json.title)).toEqual(['payments: 100% of runs failed in the last hour (over 50%)']);
    expect(subjects('quota-critical')).toContain(`redrive-window#execution#${runs.refund.arn}`);
    // The loop's jump in transitions, linked to the stuck loop behind it.
    const [anomaly] = byType('cost-anomaly');
    expect(byType('cost-anomaly')).toHaveLength(1);
    expect(anomaly.json.title).toMatch(/^Cost anomaly on export-poller: [\d,]+ transitions in the last 24 h after none/);
    expect(anomaly.json.text).toMatch(/A loop is behind it/);
    expect(anomaly.json.url).toBe(`${PUBLIC_URL}/executions/${encodeURIComponent(runs.loop.arn)}?event=${/event=(\d+)/.exec(String(anomaly.json.url))?.[1]}`);
    expect(byType('budget-forecast').map((message) => (message.json.subject as { key: string }).key)).toEqual(['account:111111111111']);

    for (const message of receiver.received) {
      expect(verify(message.headers, message.body), `signature of ${message.json.type}`).toBe(true);
      expect(String(message.json.url)).toMatch(/^https:\/\/statescope\.example\.com\//);
    }
    const sent = receiver.received.length;

    // A minute later, the same findings: all inside their quiet period.
    const again = await alerts(NOW + 60_000);
    expect(again.candidates).toBeGreaterThan(0);
    expect(again.queued).toBe(0);
    expect(receiver.received).toHaveLength(sent);

    // After the quiet period the stuck runs are still stuck and are sent again; a new group stays sent once.
    await alerts(NOW + 61 * 60_000);
    expect(subjects('stuck-critical').filter((key) => key === `${runs.approval.arn}#waiting-on-callback`)).toHaveLength(2);
    expect(byType('new-failure-group')).toHaveLength(1);
  });

  it('retries a delivery the receiver answers with 500, after a jittered back-off, with the same body', async () => {
    receiver.clear();
    await saveAlertRule(db, rule({ name: 'retry check', kind: 'failure-rate', threshold: 10 }, receiver));
    receiver.answerNext(500);
    const result = await alerts(NOW + 2 * 60_000);
    expect(result.delivery).toMatchObject({ attempted: 1, delivered: 0, retrying: 1, failed: 0 });
    const [row] = (await listAlertDeliveries(db, { limit: 50 })).filter((delivery) => delivery.ruleName === 'retry check');
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1, lastStatusCode: 500, lastError: 'The receiver answered HTTP 500: receiver says 500' });
    // random() = 0: half of the first 30 s delay.
    expect(row.nextAttemptAt.getTime() - (NOW + 2 * 60_000)).toBe(15_000);

    expect((await deliverAlerts(db, { now: () => new Date(NOW + 2 * 60_000 + 14_000) })).attempted).toBe(0);
    expect(await deliverAlerts(db, { now: () => new Date(NOW + 2 * 60_000 + 15_000) })).toMatchObject({ attempted: 1, delivered: 1 });
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[1].body).toBe(receiver.received[0].body);
    expect(receiver.received[1].headers['statescope-delivery']).toBe(receiver.received[0].headers['statescope-delivery']);
    const [delivered] = (await listAlertDeliveries(db, { limit: 50 })).filter((delivery) => delivery.ruleName === 'retry check');
    expect(delivered).toMatchObject({ status: 'DELIVERED', attempts: 2, lastStatusCode: 200, lastError: null });
  });

  it('sends nothing about a muted subject until the mute ends', async () => {
    receiver.clear();
    await saveAlertRule(db, rule({ name: 'mute check', kind: 'stuck-critical' }, receiver));
    const approvalKey = `${runs.approval.arn}#waiting-on-callback`;
    await saveAlertMute(db, { subjectKind: 'stuck', subjectKey: approvalKey, state: 'muted', until: new Date(NOW + DAY), owner: 'payments team', note: 'vendor outage' }, 'admin');
    await alerts(NOW + 3 * 60_000);
    const muteRule = () => receiver.received.filter((message) => (message.json.rule as { name: string }).name === 'mute check');
    expect(muteRule().length).toBeGreaterThan(0);
    expect(muteRule().map((message) => (message.json.subject as { key: string }).key)).not.toContain(approvalKey);
    // An acknowledgement does not silence: it says who owns it.
    await saveAlertMute(db, { subjectKind: 'stuck', subjectKey: approvalKey, state: 'acknowledged', until: null, owner: 'payments team', note: '' }, 'admin');
    await alerts(NOW + 4 * 60_000);
    expect(muteRule().map((message) => (message.json.subject as { key: string }).key)).toContain(approvalKey);
  });

  it('has two dashboards on one database send each outbox row once', async () => {
    receiver.clear();
    await saveAlertRule(db, rule({ name: 'race check', kind: 'stuck-critical' }, receiver));
    // Queued, not yet sent: the delivery pass runs at a clock before anything is due.
    const queued = await runAlerts(db, { now: new Date(NOW + 5 * 60_000), publicUrl: PUBLIC_URL, random: () => 0, clock: () => new Date(0) });
    expect(queued.queued).toBeGreaterThanOrEqual(3);
    const delivered = async () => (await listAlertDeliveries(db, { limit: 1_000 })).filter((row) => row.status === 'DELIVERED').length;
    const before = await delivered();
    // Two processes, as two dashboards (or a dashboard and cron) on one database, claiming at once.
    const at = new Date(NOW + 6 * 60_000).toISOString();
    const [a, b] = await Promise.all([runCli(database.url, '--alerts', '--now', at), runCli(database.url, '--alerts', '--now', at)]);
    expect([a.status, b.status], `${a.stderr}\n${b.stderr}`).toEqual([0, 0]);
    const ids = receiver.received.map((message) => message.headers['statescope-delivery']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe((await delivered()) - before);
    expect(ids.length).toBeGreaterThanOrEqual(queued.queued);
  }, 60_000);

  it('keeps an undelivered alert across a restart and sends it when the receiver is back', async () => {
    receiver.clear();
    const down = await startAlertReceiver();
    await down.close();
    const saved = await saveAlertRule(db, rule({ name: 'restart check', kind: 'new-failure-group', channelUrl: down.url }, receiver));
    const result = await alerts(NOW + 7 * 60_000);
    expect(result.delivery).toMatchObject({ attempted: 1, retrying: 1 });
    const [pending] = (await listAlertDeliveries(db, { limit: 100 })).filter((delivery) => delivery.ruleName === 'restart check');
    expect(pending.status).toBe('PENDING');
    expect(pending.lastError).toMatch(/^Could not reach the receiver: ECONNREFUSED/);
    expect(pending.lastError).not.toContain('/hooks/statescope');

    // A new process: a fresh client on the same database, the receiver's address fixed.
    await saveAlertRule(db, { ...saved, channelUrl: receiver.url }, saved.id);
    const restarted = createDb(database.url);
    await configureDb(restarted, database.url);
    try {
      expect(await deliverAlerts(restarted, { now: () => new Date(NOW + 8 * 60_000) })).toMatchObject({ delivered: 1 });
    } finally {
      await restarted.$disconnect();
    }
    expect(receiver.received.map((message) => (message.json.rule as { name: string }).name)).toEqual(['restart check']);
  });

  it('sends Slack an incoming-webhook message with a link back, its markup escaped', async () => {
    receiver.clear();
    await saveAlertRule(db, rule({ name: 'slack check', kind: 'new-failure-group', channelKind: 'slack', channelSecret: null }, receiver));
    await alerts(NOW + 9 * 60_000);
    expect(receiver.received).toHaveLength(1);
    const [message] = receiver.received;
    expect(message.headers['statescope-signature']).toBeUndefined();
    expect(message.json.text).toBe('Warning: New failure group on payments: CardDeclined');
    const blocks = message.json.blocks as { type: string; text?: { text: string }; elements?: { text: string }[] }[];
    expect(blocks[0].text?.text).toContain('card &lt;declined&gt; &amp; blocked');
    expect(blocks[1].elements?.[0].text).toMatch(new RegExp(`^<${PUBLIC_URL.replaceAll('.', '\\.')}/failures/[^|>]+\\|Open in Statescope>`));
  });

  it('npm run findings -- --alerts evaluates and delivers once, for cron', async () => {
    receiver.clear();
    await saveAlertRule(db, rule({ name: 'cron check', kind: 'quota-critical' }, receiver));
    const result = await runCli(database.url, '--alerts', '--now', new Date(NOW + 10 * 60_000).toISOString());
    expect(result.stderr.split('\n').filter((line) => line && !line.startsWith('warning:'))).toEqual([]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Alerts: \d+ rule\(s\) enabled, \d+ alert\(s\) found, [1-9]\d* queued/);
    expect(receiver.received.map((message) => (message.json.rule as { name: string }).name)).toContain('cron check');
    expect(receiver.received.every((message) => String(message.json.url).startsWith(PUBLIC_URL))).toBe(true);
  }, 60_000);
});

describe('alert rule validation', () => {
  const base = { name: 'r', kind: 'stuck-critical', quietMinutes: '60', channelKind: 'webhook', channelUrl: 'https://hooks.example.com/x' };
  it.each([
    ['file:///etc/passwd', 'Only http:// and https:// URLs can receive alerts'],
    ['javascript:alert(1)', 'Only http:// and https:// URLs can receive alerts'],
    ['https://user:pass@hooks.example.com/', 'Put no user name or password in the URL'],
    ['hooks.example.com', 'Enter a full URL, e.g. https://hooks.slack.com/services/…'],
  ])('refuses the URL %s', (channelUrl, message) => {
    const parsed = alertRuleSchema.safeParse({ ...base, channelUrl });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message)).toContain(message);
  });
  it('refuses control characters and lone surrogates in a name, and thresholds out of bounds', () => {
    expect(alertRuleSchema.safeParse({ ...base, name: 'a\u0000b' }).error?.issues[0].message).toBe('Name may not contain control characters');
    expect(alertRuleSchema.safeParse({ ...base, name: 'a\uD800b' }).error?.issues[0].message).toBe('Name may not contain a lone UTF-16 surrogate');
    expect(alertRuleSchema.safeParse({ ...base, kind: 'failure-rate', threshold: '150' }).error?.issues[0].message).toBe('Between 0 and 100 %');
    expect(alertRuleSchema.parse({ ...base, kind: 'failure-rate', threshold: '' }).threshold).toBe(20);
  });
});
