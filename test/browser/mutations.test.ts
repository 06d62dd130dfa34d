import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MUTATIONS, type Mutation, type MutationName } from '@/app/mutations';
import { FREE_SIGN_IN_FAILURES, getCsrfToken, getSessionKey, readSessionToken } from '@/lib/auth';
import { saveAlertRule, saveSetting, saveSource } from '@/lib/db';
import { sourceInputSchema } from '@/lib/ingest';
import { DEFAULT_FINDING_THRESHOLDS } from '@/lib/analysis';
import { NEXT_DIST_DIR } from '@/scripts/lib/get-build-stamp';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { importFixtures, startApp, type RunningApp } from './support';

/*
 * Every mutating server action and route handler, called the way an attacker would: signed out, signed in
 * but without same-site proof and with a forged CSRF token, cross-site, behind a spoofed X-Forwarded-Host,
 * and in read-only mode. The database must not change (only the tally of refused attempts may grow). Each
 * is then called as a signed-in operator from the page, to prove the call itself reaches the action.
 */

const PASSWORD = 'correct horse battery';
const SESSION_SECRET = 'mutations-test-session-secret-0123456789';
// React's own encoder for server action arguments, as the browser uses it.
const { encodeReply } = createRequire(import.meta.url)('next/dist/compiled/react-server-dom-webpack/client.edge.js') as {
  encodeReply(value: unknown[]): Promise<string | FormData>;
};

type Call = { page: string; args: () => Promise<unknown[]> | unknown[] } | { route: string; body: () => Promise<unknown> | unknown };
/**
 * How to call each mutation, and what the operator's own call does: change the database, or (for those
 * that only read or test) answer in a way that shows the action ran.
 */
type Recipe = Call & ({ changes: true } | { changes: false; answers: RegExp });

let database: TestDatabase;
let app: RunningApp;
let failedArn: string;
let actionIds: Map<string, string>;

const formData = (fields: Record<string, string | File>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
};

async function newLocalSource(name: string): Promise<number> {
  const input = sourceInputSchema.parse({ kind: 'LOCAL', name, endpoint: 'http://127.0.0.1:9', syncIntervalSec: '', maxRequestsPerSec: '5', enabled: 'false' });
  return (await saveSource(database.db, input)).id;
}

const RECIPES: Record<MutationName, Recipe> = {
  'sign-in': { page: '/login', args: () => [{ ok: true, message: '' }, formData({ secret: PASSWORD, next: '/failures' })], changes: true },
  'sign-out': { page: '/audit', args: () => [], changes: true },
  'read-only': { page: '/audit', args: () => [{ ok: true, message: '' }, formData({ readOnly: 'on' })], changes: true },
  import: {
    page: '/import',
    args: () => {
      const text = fs.readFileSync('test/fixtures/browser/payments.succeeded.json', 'utf8');
      return [{ ok: true, message: '', fieldErrors: {}, results: [] }, formData({ files: new File([text], 'payments.succeeded.json'), executionArn: '' })];
    },
    changes: true,
  },
  'plan-action': { page: '/failures', args: () => [{ kind: 'redrive', arns: [failedArn] }], changes: false, answers: /"ok":true/ },
  'execution-action': { route: '/failures/run', body: () => ({ kind: 'redrive', arns: [failedArn] }), changes: true },
  'settings-change': {
    page: '/settings',
    args: () => [{ ok: true, message: '', fieldErrors: {} }, formData(Object.fromEntries(Object.entries(DEFAULT_FINDING_THRESHOLDS).map(([key, value]) => [key, String(value)])))],
    changes: true,
  },
  'source-save': {
    page: '/sources',
    args: () => [
      { ok: true, message: '', fieldErrors: {} },
      formData({ kind: 'LOCAL', name: `added-${Math.random().toString(36).slice(2)}`, region: '', profile: '', roleArn: '', endpoint: 'http://127.0.0.1:9', syncIntervalSec: '', maxRequestsPerSec: '5' }),
    ],
    changes: true,
  },
  'source-delete': { page: '/sources', args: async () => [await newLocalSource(`to-delete-${Math.random().toString(36).slice(2)}`)], changes: true },
  'source-sync': { page: '/sources', args: async () => [await newLocalSource(`to-sync-${Math.random().toString(36).slice(2)}`)], changes: true },
  // The test connects to a closed port: reaching the action shows as its own connection error.
  'source-test': { page: '/sources', args: async () => [await newLocalSource(`to-test-${Math.random().toString(36).slice(2)}`)], changes: false, answers: /Could not connect/ },
  'alert-rule-save': {
    page: '/alerts',
    args: () => [
      { ok: true, message: '', fieldErrors: {} },
      formData({ name: `rule-${Math.random().toString(36).slice(2)}`, kind: 'stuck-critical', threshold: '', quietMinutes: '60', accountId: '', region: '', stateMachineArn: '', channelKind: 'webhook', channelUrl: 'http://127.0.0.1:9/hook', channelSecret: '' }),
    ],
    changes: true,
  },
  'alert-rule-delete': {
    page: '/alerts',
    args: async () => {
      const rule = await saveAlertRule(database.db, { name: `to-delete-${Math.random().toString(36).slice(2)}`, kind: 'stuck-critical', accountId: null, region: null, stateMachineArn: null, threshold: null, quietMinutes: 60, channelKind: 'webhook', channelUrl: 'http://127.0.0.1:9/hook', channelSecret: null, enabled: true });
      return [rule.id];
    },
    changes: true,
  },
  'alert-mute': {
    page: '/stuck',
    args: () => [{ ok: true, message: '', fieldErrors: {} }, formData({ subjectKind: 'stuck', subjectKey: `${failedArn}#loop`, state: 'acknowledged', owner: `owner-${Math.random().toString(36).slice(2)}`, note: '', until: '' })],
    changes: true,
  },
  'budget-save': {
    page: '/alerts',
    args: () => [{ ok: true, message: '', fieldErrors: {} }, formData({ scope: 'account', subject: '123456789012', usdPerMonth: String(Math.floor(Math.random() * 1_000_000)) })],
    changes: true,
  },
};

type Attempt = { cookie?: string; origin?: string | null; headers?: Record<string, string> };

async function call(name: MutationName, attempt: Attempt, prepared: { args?: unknown[]; body?: unknown }): Promise<Response> {
  const recipe = RECIPES[name];
  const headers: Record<string, string> = { ...attempt.headers };
  if (attempt.cookie) headers.Cookie = attempt.cookie;
  if (attempt.origin !== null) headers.Origin = attempt.origin ?? app.url;
  if ('route' in recipe) {
    return fetch(`${app.url}${recipe.route}`, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(prepared.body), redirect: 'manual' });
  }
  const mutation: Mutation = MUTATIONS[name];
  const id = actionIds.get(`${mutation.module}#${'exportName' in mutation ? mutation.exportName : ''}`);
  if (!id) throw new Error(`no server action id for ${name}`);
  const body = await encodeReply(prepared.args ?? []);
  return fetch(`${app.url}${recipe.page}`, { method: 'POST', headers: { ...headers, 'Next-Action': id, Accept: 'text/x-component' }, body, redirect: 'manual' });
}

/**
 * Every table's rows (on SQLite or PostgreSQL), less what may change without any write being allowed: the
 * tally of refused attempts, and failure keys with their watermark, a cache of the executions that any page
 * render (an action's answer included) brings up to date.
 */
async function snapshot(): Promise<string> {
  const postgres = database.url.startsWith('postgres');
  const tables = (
    (await database.db.$queryRawUnsafe(
      postgres
        ? "SELECT tablename::text AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY tablename"
        : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name",
    )) as { name: string }[]
  ).map((row) => row.name);
  const dump: [string, string[]][] = [];
  for (const table of tables) {
    const rows = (await database.db.$queryRawUnsafe(`SELECT * FROM "${table}"`)) as Record<string, unknown>[];
    if (table === 'FailureKey') continue;
    const kept =
      table === 'AuditEntry' ? rows.filter((row) => row.action !== 'refused') : table === 'Setting' ? rows.filter((row) => row.key !== 'failures.keysWatermark') : rows;
    // Row order is not stable on PostgreSQL: compare the rows as a sorted set.
    dump.push([table, kept.map((row) => JSON.stringify(row, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value))).sort()]);
  }
  return JSON.stringify(dump);
}

/** The tables whose rows differ between two snapshots, each with its first differing row, for a readable failure. */
function changedTables(before: string, after: string): string[] {
  const old = new Map(JSON.parse(before) as [string, string[]][]);
  return (JSON.parse(after) as [string, string[]][])
    .filter(([table, rows]) => JSON.stringify(rows) !== JSON.stringify(old.get(table)))
    .map(([table, rows]) => `${table}: ${rows.find((row) => !old.get(table)?.includes(row)) ?? 'a row removed'}`.slice(0, 400));
}

async function signIn(): Promise<{ cookie: string; csrf: string }> {
  const response = await call('sign-in', {}, { args: await (RECIPES['sign-in'] as { args: () => unknown[] }).args() });
  const setCookie = response.headers.getSetCookie().find((value) => value.startsWith('statescope_session='));
  if (!setCookie) throw new Error(`sign-in set no session cookie (status ${response.status})`);
  const token = decodeURIComponent(setCookie.split(';')[0].slice('statescope_session='.length));
  const key = getSessionKey(SESSION_SECRET, [PASSWORD, null]);
  const session = readSessionToken(token, key, Date.now());
  if (!session) throw new Error('the session cookie does not read back');
  return { cookie: `statescope_session=${encodeURIComponent(token)}`, csrf: getCsrfToken(`session:${session.nonce}`, key) };
}

/** Actions that start background work (a sync) write a moment after answering. */
async function waitForQuiet(name: MutationName): Promise<void> {
  if (name === 'source-sync') await new Promise((resolve) => setTimeout(resolve, 1_500));
}

describe('every mutation refuses hostile requests and changes nothing', () => {
  beforeAll(async () => {
    database = await createTestDatabase();
    const [imported] = await importFixtures(database.db, ['test/fixtures/browser/payment-lambda.failed.json']);
    failedArn = imported.executions[0].arn;
    app = await startApp({
      databaseUrl: database.url,
      env: { STATESCOPE_ADMIN_PASSWORD: PASSWORD, STATESCOPE_SESSION_SECRET: SESSION_SECRET, STATESCOPE_BACKGROUND_SYNC: 'off', STATESCOPE_TRUSTED_PROXIES: '', STATESCOPE_MAX_UPLOAD_MB: '4', STATESCOPE_MAX_CONCURRENT_UPLOADS: '1' },
    });
    const manifest = JSON.parse(fs.readFileSync(path.join(NEXT_DIST_DIR, 'server', 'server-reference-manifest.json'), 'utf8')) as {
      node: Record<string, { filename: string; exportedName: string }>;
    };
    actionIds = new Map(Object.entries(manifest.node).map(([id, entry]) => [`${entry.filename}#${entry.exportedName}`, id]));
  });

  afterAll(async () => {
    await app?.stop();
    await database?.cleanup();
  });

  it('has every server action of the build and every mutating route handler in the registry, and a way to call each', () => {
    const registered = new Set(Object.values(MUTATIONS as Record<string, Mutation>).map((m) => (m.kind === 'action' ? `${m.module}#${m.exportName}` : `${m.module}#${m.method}`)));
    const inBuild = [...actionIds.keys()];
    const routes = listFiles('app')
      .filter((file) => file.endsWith('route.ts'))
      .flatMap((file) => [...fs.readFileSync(file, 'utf8').matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(POST|PUT|PATCH|DELETE)\b/g)].map((match) => `${file}#${match[1]}`));
    expect(inBuild.length).toBeGreaterThanOrEqual(10);
    expect(routes).toContain('app/failures/run/route.ts#POST');
    expect([...inBuild, ...routes].filter((key) => !registered.has(key))).toEqual([]);
    expect(Object.keys(MUTATIONS).filter((name) => !(name in RECIPES))).toEqual([]);
  });

  const OPERATOR_MUTATIONS = (Object.keys(MUTATIONS) as MutationName[]).filter((name) => MUTATIONS[name].guard.startsWith('operator'));

  it.each(OPERATOR_MUTATIONS)('%s: refused signed out, without same-site proof, cross-site, behind a spoofed host and read-only; done for the operator', async (name) => {
    const recipe = RECIPES[name];
    const { cookie, csrf } = await signIn();
    const prepare = async () => ('args' in recipe ? { args: await recipe.args() } : { body: await recipe.body() });
    const spoofedHost = { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https', 'X-Forwarded-For': '203.0.113.66' };
    const attempts: [string, Attempt][] = [
      ['signed out', { headers: { 'x-csrf-token': csrf } }],
      ['signed in, no Origin, forged CSRF token', { cookie, origin: null, headers: { 'x-csrf-token': 'forged.token' } }],
      ['signed in, same site, forged CSRF token', { cookie, headers: { 'x-csrf-token': `${csrf.slice(0, -4)}AAAA` } }],
      ['cross-site', { cookie, origin: 'http://evil.example', headers: { 'x-csrf-token': csrf } }],
      ['spoofed X-Forwarded-Host', { cookie, origin: 'https://evil.example', headers: { ...spoofedHost, 'x-csrf-token': csrf } }],
    ];
    for (const [label, attempt] of attempts) {
      // The same-site forged-token attempt concerns route handlers; server actions have no CSRF token of ours.
      if (label === 'signed in, same site, forged CSRF token' && 'page' in recipe) continue;
      const prepared = await prepare();
      const before = await snapshot();
      const response = await call(name, attempt, prepared);
      const text = await response.text();
      await waitForQuiet(name);
      expect(changedTables(before, await snapshot()), `${name} ${label} (HTTP ${response.status}: ${text.slice(0, 300)})`).toEqual([]);
      if ('route' in recipe) expect(response.status, `${name} ${label}`).toBeGreaterThanOrEqual(400);
      expect(text, `${name} ${label}`).not.toMatch(/"ok":true|Could not connect/);
    }

    if (MUTATIONS[name].guard === 'operator') {
      await saveSetting(database.db, 'actions.readOnly', true);
      try {
        const prepared = await prepare();
        const before = await snapshot();
        const response = await call(name, { cookie, headers: { 'x-csrf-token': csrf } }, prepared);
        const text = await response.text();
        await waitForQuiet(name);
        expect(changedTables(before, await snapshot()), `${name} read-only (HTTP ${response.status}: ${text.slice(0, 300)})`).toEqual([]);
        expect(text).toMatch(/read-only/);
      } finally {
        await saveSetting(database.db, 'actions.readOnly', false);
      }
    }

    // The operator, from the page: proves the calls above reached the action and were refused by its guard.
    const prepared = await prepare();
    const before = await snapshot();
    const response = await call(name, { cookie, headers: { 'x-csrf-token': csrf } }, prepared);
    const text = await response.text();
    await waitForQuiet(name);
    if (recipe.changes) expect(await snapshot(), `${name} as the operator (HTTP ${response.status}: ${text.slice(0, 300)})`).not.toBe(before);
    else expect(text, `${name} as the operator`).toMatch(recipe.answers);
    if (name === 'read-only') await saveSetting(database.db, 'actions.readOnly', false);
  });

  it('sends a nonce CSP and the security headers, and no X-Powered-By', async () => {
    const response = await fetch(`${app.url}/import`);
    const policy = response.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();
    const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
    const second = (await fetch(`${app.url}/import`)).headers.get('content-security-policy');
    expect(second).not.toBe(policy);
  });

  it('bounds request bodies before reading them: size by sign-in, one upload at a time, a length required', async () => {
    const { cookie } = await signIn();
    // Anonymous: more than 1 MiB is refused from the headers alone.
    const anonymous = await rawPost({ 'Content-Length': String(2 * 1_048_576) }, 1_024);
    expect(anonymous).toMatchObject({ status: 413 });
    expect(anonymous.text).toContain('Sign in to upload');
    // Signed in: 200 MB declared, a kilobyte sent; the answer comes without the rest.
    const huge = await rawPost({ Cookie: cookie, 'Content-Length': String(200 * 1_048_576) }, 1_024);
    expect(huge).toMatchObject({ status: 413 });
    expect(huge.text).toContain('the limit is 4 MiB (STATESCOPE_MAX_UPLOAD_MB)');
    // Chunked, no length: refused.
    const chunked = await rawPost({ Cookie: cookie, 'Transfer-Encoding': 'chunked' }, 0);
    expect(chunked.status).toBe(411);
    // One upload is being read (half sent, held open); a second is told to come back.
    const held = http.request(`${app.url}/import`, { method: 'POST', headers: { Cookie: cookie, Origin: app.url, 'Content-Length': String(3 * 1_048_576), 'Next-Action': 'x' } });
    held.on('error', () => undefined);
    held.write(Buffer.alloc(1_048_576 + 1));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const second = await rawPost({ Cookie: cookie, 'Content-Length': String(2 * 1_048_576) }, 1_024);
    expect(second.status).toBe(429);
    expect(second.retryAfter).toBe('5');
    held.destroy();
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Once it is gone, the next upload is read (and refused by the action's own checks, not the server's).
    const after = await rawPost({ Cookie: cookie, 'Content-Length': String(2 * 1_048_576) }, 2 * 1_048_576);
    expect([413, 411, 429]).not.toContain(after.status);
  });

  it('answers 400, not 500, and stores nothing for an upload whose file name holds control characters', async () => {
    const { cookie } = await signIn();
    const text = fs.readFileSync('test/fixtures/browser/payments.succeeded.json', 'utf8');
    for (const fileName of ['pay\u0000ments.json', 'pay\u0001ments.json', 'pay\u001bments.json']) {
      const before = await snapshot();
      const args = [{ ok: true, message: '', fieldErrors: {}, results: [] }, formData({ files: new File([text], fileName), executionArn: '' })];
      const response = await call('import', { cookie }, { args });
      await response.text();
      expect(response.status, JSON.stringify(fileName)).toBe(400);
      expect(changedTables(before, await snapshot())).toEqual([]);
    }
    // The same file under a plain name imports.
    const ok = await call('import', { cookie }, { args: await (RECIPES.import as { args: () => unknown[] }).args() });
    expect(await ok.text()).toMatch(/"ok":true/);
  });

  it('sign-in and sign-out refuse cross-site and spoofed-host requests; sign-in then works from the page', async () => {
    const args = async () => (RECIPES['sign-in'] as { args: () => unknown[] }).args();
    for (const attempt of [{ origin: 'http://evil.example' }, { origin: 'https://evil.example', headers: { 'X-Forwarded-Host': 'evil.example' } }]) {
      const response = await call('sign-in', attempt, { args: await args() });
      expect(response.headers.getSetCookie().some((value) => value.startsWith('statescope_session='))).toBe(false);
    }
    const { cookie } = await signIn();
    const before = await database.db.auditEntry.count({ where: { action: 'sign-out' } });
    const crossSite = await call('sign-out', { cookie, origin: 'http://evil.example' }, { args: [] });
    expect(crossSite.headers.getSetCookie().some((value) => value.startsWith('statescope_session=;'))).toBe(false);
    expect(await database.db.auditEntry.count({ where: { action: 'sign-out' } })).toBe(before);
  });

  it('audits refused attempts as tallies, with the client address the socket gave', async () => {
    const before = await database.db.auditEntry.count({ where: { action: 'refused' } });
    for (let i = 0; i < 30; i++) {
      await call('settings-change', { headers: { 'X-Forwarded-For': `198.51.100.${i}` } }, { args: await (RECIPES['settings-change'] as { args: () => unknown[] }).args() });
    }
    await new Promise((resolve) => setTimeout(resolve, 6_500));
    const entries = await database.db.auditEntry.findMany({ where: { action: 'refused' }, orderBy: { id: 'asc' } });
    const tally = entries
      .map((entry) => entry.params as { action: string; reason: string; client: string; count: number })
      .find((params) => params.action === 'settings-change' && params.reason === 'signed-out');
    expect(tally).toMatchObject({ client: '127.0.0.1' });
    expect(tally!.count).toBeGreaterThanOrEqual(30);
    // 30 refusals from one client wrote one entry, not thirty.
    expect(entries.length - before).toBeLessThanOrEqual(1);
  });

  // Last: it leaves 127.0.0.1 throttled.
  it('keys on the socket: 200 wrong guesses under rotating X-Forwarded-For are throttled, and another address still signs in', async () => {
    const startedMs = Date.now();
    let evaluated = 0;
    let throttled = 0;
    for (let i = 0; i < 200; i++) {
      const { text } = await signInFrom('127.0.0.1', `wrong guess ${i}`, { 'X-Forwarded-For': `198.51.100.${i % 250}` });
      if (text.includes('Wrong password or token.')) evaluated++;
      else if (text.includes('Too many wrong guesses')) throttled++;
    }
    const elapsedSec = (Date.now() - startedMs) / 1_000;
    // Free guesses, then one more after each doubling wait (1 s, 2 s, 4 s…) that fits in the time taken.
    expect(evaluated).toBeLessThanOrEqual(FREE_SIGN_IN_FAILURES + Math.floor(Math.log2(elapsedSec + 1)) + 1);
    expect(evaluated + throttled).toBe(200);
    const other = await signInFrom('127.0.0.2', PASSWORD);
    expect(other.setCookie.some((value) => value.startsWith('statescope_session='))).toBe(true);
    const refused = await database.db.auditEntry.findMany({ where: { action: 'refused' } });
    const reasons = refused.map((entry) => entry.params as { action: string; reason: string; client: string; count: number }).filter((params) => params.action === 'sign-in');
    expect(reasons.find((params) => params.reason === 'throttled')).toMatchObject({ client: '127.0.0.1' });
  });

});

/** A sign-in POST from a chosen loopback address (127.0.0.2 is another client to the server). */
async function signInFrom(localAddress: string, secret: string, headers: Record<string, string> = {}): Promise<{ text: string; setCookie: string[] }> {
  const id = actionIds.get('app/login/actions.ts#signIn')!;
  const encoded = new Request('http://encode.local', { method: 'POST', body: (await encodeReply([{ ok: true, message: '' }, formData({ secret, next: '/failures' })])) as FormData });
  const body = Buffer.from(await encoded.arrayBuffer());
  const url = new URL(`${app.url}/login`);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress,
        headers: { ...headers, Origin: app.url, 'Next-Action': id, Accept: 'text/x-component', 'Content-Type': encoded.headers.get('content-type')!, 'Content-Length': body.length },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ text, setCookie: [response.headers['set-cookie'] ?? []].flat() }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** A POST to /import declaring `headers` and sending `sentBytes`, read until the server answers. */
async function rawPost(headers: Record<string, string>, sentBytes: number): Promise<{ status: number; text: string; retryAfter: string | undefined }> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${app.url}/import`, { method: 'POST', headers: { Origin: app.url, 'Next-Action': 'x', ...headers } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, text, retryAfter: [response.headers['retry-after']].flat()[0] });
        request.destroy();
      });
    });
    // The server may close before everything declared is sent: that is the point.
    request.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    if (sentBytes > 0) request.write(Buffer.alloc(sentBytes));
    if (headers['Content-Length'] === undefined || Number(headers['Content-Length']) <= sentBytes) request.end();
  });
}

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}
