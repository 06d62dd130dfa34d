import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/test/support/test-database';
import { seedFormulaMachines } from '../csv/formula-names';
import { startApp, type RunningApp } from './support';

/** %-escapes that do not decode: cut short, not hex, an overlong form, an encoded lone surrogate. */
const MALFORMED = ['%', '%ZZ', '%E0%A4%A', 'abc%', '%C0%AF', '%ED%A0%80'];
/** Every dynamic route of the app, with the segment to fill. */
const ROUTES = ['/executions/{}', '/executions/{}/replay-data?model=1', '/executions/{}/replay-data?detailsOf=1', '/state-machines/{}', '/failures/{}', '/sources/{}', '/sources/{}/status'];

describe('addresses with malformed %-escapes', () => {
  let database: TestDatabase;
  let app: RunningApp;
  let executionArn: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedFormulaMachines(database.db);
    executionArn = (await database.db.execution.findFirstOrThrow({ select: { arn: true } })).arn;
    app = await startApp({ databaseUrl: database.url });
  });
  afterAll(async () => {
    await app?.stop();
    await database?.cleanup();
  });

  const get = async (path: string) => {
    const response = await fetch(`${app.url}${path}`, { redirect: 'manual' });
    return { status: response.status, body: await response.text() };
  };

  it.each(ROUTES.flatMap((route) => MALFORMED.map((segment) => route.replace('{}', segment))))('answers %s with 400, not 500', async (path) => {
    const { status, body } = await get(path);
    expect(status, body.slice(0, 200)).toBe(400);
    expect(body).toContain('malformed %-escape');
  });

  it.each([
    '/executions?error=%ZZ',
    '/executions?status=%&machine=%E0%A4%A',
    '/failures?search=%E0%A4%A',
    '/costs?month=%ZZ',
    '/executions/{arn}?event=%ZZ&visit=%',
    '/failures/abc%25',
    '/executions/arn%3Aaws%3Astates%3Anone',
  ])('answers %s without a server error', async (template) => {
    const { status, body } = await get(template.replace('{arn}', encodeURIComponent(executionArn)));
    expect([200, 404, 422], body.slice(0, 200)).toContain(status);
  });

  it('still serves a well-formed address', async () => {
    expect((await get(`/executions/${encodeURIComponent(executionArn)}`)).status).toBe(200);
    expect((await get('/failures')).status).toBe(200);
  });
});
