import { describe, expect, it } from 'vitest';
import {
  createEmbeddedIdentityProvider,
  createProxyHeaderIdentityProvider,
  createSession,
  getActionAccess,
  getAuthConfig,
  getCsrfToken,
  getIdentityProviders,
  getSessionKey,
  isCsrfTokenValid,
  isSameOrigin,
  NOT_CONFIGURED_MESSAGE,
  readSessionToken,
  toSessionToken,
  type AuthRequest,
} from '@/lib/auth';

const admin = { id: 'admin', name: 'admin', provider: 'embedded' };
const NOW = Date.UTC(2026, 0, 15, 12);
const request = (headers: Record<string, string>): AuthRequest => ({ header: (name) => headers[name.toLowerCase()] ?? null });

describe('session tokens', () => {
  const key = getSessionKey('a-server-secret-of-at-least-32-characters', ['correct horse', null]);

  it('reads back the operator of a token it signed', () => {
    const session = createSession(admin, { nowMs: NOW, ttlMs: 3_600_000 });
    expect(readSessionToken(toSessionToken(session, key), key, NOW + 1_000)).toEqual(session);
  });

  it('refuses a token whose payload was edited to claim another operator', () => {
    const token = toSessionToken(createSession(admin, { nowMs: NOW, ttlMs: 3_600_000 }), key);
    const [, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...createSession({ ...admin, id: 'mallory' }, { nowMs: NOW, ttlMs: 3_600_000 }) })).toString('base64url');
    expect(readSessionToken(`${forged}.${signature}`, key, NOW)).toBeNull();
  });

  it('refuses an expired token, garbage, and a token signed under another key', () => {
    const session = createSession(admin, { nowMs: NOW, ttlMs: 60_000 });
    expect(readSessionToken(toSessionToken(session, key), key, NOW + 60_000)).toBeNull();
    expect(readSessionToken('not-a-token', key, NOW)).toBeNull();
    expect(readSessionToken('a.b.c', key, NOW)).toBeNull();
    expect(readSessionToken(undefined, key, NOW)).toBeNull();
    const otherKey = getSessionKey('another-server-secret-of-32-characters!!', ['correct horse', null]);
    expect(readSessionToken(toSessionToken(session, otherKey), key, NOW)).toBeNull();
  });

  it('ends every session when the admin password changes', () => {
    const session = createSession(admin, { nowMs: NOW, ttlMs: 3_600_000 });
    const token = toSessionToken(session, key);
    const keyAfterChange = getSessionKey('a-server-secret-of-at-least-32-characters', ['new password!', null]);
    expect(readSessionToken(token, keyAfterChange, NOW)).toBeNull();
  });
});

describe('CSRF tokens', () => {
  const key = 'k'.repeat(43);
  it('accepts the token issued for this session only', () => {
    const token = getCsrfToken('session:abc', key);
    expect(isCsrfTokenValid(token, 'session:abc', key)).toBe(true);
    expect(isCsrfTokenValid(token, 'session:xyz', key)).toBe(false);
    expect(isCsrfTokenValid('', 'session:abc', key)).toBe(false);
    expect(isCsrfTokenValid(null, 'session:abc', key)).toBe(false);
  });
});

describe('same-origin check', () => {
  it('accepts a POST from this host and refuses cross-site or unlabelled ones', () => {
    expect(isSameOrigin(request({ host: 'statescope.local:3000', origin: 'http://statescope.local:3000' }))).toBe(true);
    expect(isSameOrigin(request({ host: 'statescope.local:3000', origin: 'https://evil.example' }))).toBe(false);
    expect(isSameOrigin(request({ host: 'statescope.local:3000' }))).toBe(false);
    expect(isSameOrigin(request({ host: 'statescope.local:3000', origin: 'null' }))).toBe(false);
    expect(isSameOrigin(request({ host: 'statescope.local:3000', referer: 'http://statescope.local:3000/failures' }))).toBe(true);
  });

  it('uses the forwarded host behind a proxy', () => {
    expect(isSameOrigin(request({ host: '127.0.0.1:3000', 'x-forwarded-host': 'ops.example.com', origin: 'https://ops.example.com' }))).toBe(true);
  });
});

describe('embedded identity provider', () => {
  const provider = createEmbeddedIdentityProvider({ adminPassword: 'correct horse', adminToken: 'tok_0123456789abcdef' });

  it('signs in with the admin password or the admin token, and nothing else', async () => {
    expect(await provider.signIn({ secret: 'correct horse' })).toEqual(admin);
    expect(await provider.signIn({ secret: 'tok_0123456789abcdef' })).toEqual(admin);
    expect(await provider.signIn({ secret: 'correct horsE' })).toBeNull();
    expect(await provider.signIn({ secret: '' })).toBeNull();
  });

  it('identifies a request carrying the admin token as a bearer, not the password', async () => {
    expect(await provider.identify(request({ authorization: 'Bearer tok_0123456789abcdef' }))).toEqual(admin);
    expect(await provider.identify(request({ authorization: 'Bearer correct horse' }))).toBeNull();
    expect(await provider.identify(request({}))).toBeNull();
  });
});

describe('proxy header identity provider', () => {
  const provider = createProxyHeaderIdentityProvider({ userHeader: 'x-forwarded-user', secretHeader: 'x-proxy-secret', sharedSecret: 'shared-secret-0123456789' });

  it('trusts the user header only with the proxy’s shared secret', async () => {
    expect(await provider.identify(request({ 'x-forwarded-user': 'alice', 'x-proxy-secret': 'shared-secret-0123456789' }))).toEqual({
      id: 'alice',
      name: 'alice',
      provider: 'proxy-header',
    });
    expect(await provider.identify(request({ 'x-forwarded-user': 'alice' }))).toBeNull();
    expect(await provider.identify(request({ 'x-forwarded-user': 'alice', 'x-proxy-secret': 'guess' }))).toBeNull();
  });
});

describe('configuration and access', () => {
  it('has no open default: with nothing configured nobody can act, and the message says how to enable actions', () => {
    const config = getAuthConfig({});
    const providers = getIdentityProviders(config);
    expect(providers).toHaveLength(0);
    const access = getActionAccess({ readOnly: false, providerCount: providers.length, operator: null });
    expect(access).toMatchObject({ state: 'not-configured', message: NOT_CONFIGURED_MESSAGE });
    expect(NOT_CONFIGURED_MESSAGE).toContain('STATESCOPE_ADMIN_PASSWORD');
  });

  it('ignores a too-short password and says so', () => {
    const config = getAuthConfig({ STATESCOPE_ADMIN_PASSWORD: 'short' });
    expect(config.adminPassword).toBeNull();
    expect(config.problems).toEqual(['STATESCOPE_ADMIN_PASSWORD is shorter than 8 characters and is ignored.']);
    expect(getIdentityProviders(config)).toHaveLength(0);
  });

  it('reads password, token, session length, read-only and proxy settings', () => {
    const config = getAuthConfig({
      STATESCOPE_ADMIN_PASSWORD: 'correct horse',
      STATESCOPE_ADMIN_TOKEN: 'tok_0123456789abcdef',
      STATESCOPE_SESSION_HOURS: '2',
      STATESCOPE_READ_ONLY: 'true',
      STATESCOPE_PROXY_USER_HEADER: 'X-Forwarded-User',
      STATESCOPE_PROXY_SECRET: 'shared-secret-0123456789',
    });
    expect(config).toMatchObject({ adminPassword: 'correct horse', adminToken: 'tok_0123456789abcdef', sessionTtlMs: 7_200_000, readOnly: true });
    expect(config.proxy).toEqual({ userHeader: 'x-forwarded-user', secretHeader: 'x-statescope-proxy-secret', sharedSecret: 'shared-secret-0123456789' });
    expect(getIdentityProviders(config).map((provider) => provider.id)).toEqual(['proxy-header', 'embedded']);
  });

  it('refuses a signed-in operator when read-only is on, and a signed-out request otherwise', () => {
    expect(getActionAccess({ readOnly: true, providerCount: 1, operator: admin }).state).toBe('read-only');
    expect(getActionAccess({ readOnly: false, providerCount: 1, operator: null }).state).toBe('signed-out');
    expect(getActionAccess({ readOnly: false, providerCount: 1, operator: admin })).toEqual({ state: 'allowed', operator: admin });
  });
});
