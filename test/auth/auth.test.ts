import { describe, expect, it } from 'vitest';
import {
  createEmbeddedIdentityProvider,
  createSignInThrottle,
  FREE_SIGN_IN_FAILURES,
  MAX_THROTTLED_CLIENTS,
  resolveClient,
  SIGN_IN_BACKOFF_BASE_MS,
  SIGN_IN_BACKOFF_MAX_MS,
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
  const HOST = 'statescope.local:3000';
  it('accepts a POST from this host and refuses cross-site or unlabelled ones', () => {
    expect(isSameOrigin(request({ origin: 'http://statescope.local:3000' }), HOST)).toBe(true);
    expect(isSameOrigin(request({ origin: 'https://evil.example' }), HOST)).toBe(false);
    expect(isSameOrigin(request({}), HOST)).toBe(false);
    expect(isSameOrigin(request({ origin: 'null' }), HOST)).toBe(false);
    expect(isSameOrigin(request({ referer: 'http://statescope.local:3000/failures' }), HOST)).toBe(true);
    expect(isSameOrigin(request({ origin: 'http://statescope.local:3000' }), null)).toBe(false);
  });

  it('compares with the host our server resolved, never a forwarded host the client set', () => {
    const spoofed = { host: '127.0.0.1:3000', 'x-forwarded-host': 'evil.example', origin: 'https://evil.example' };
    const direct = resolveClient({ peerAddress: '203.0.113.9', header: request(spoofed).header, trustedProxies: [] });
    expect(direct.host).toBe('127.0.0.1:3000');
    expect(isSameOrigin(request(spoofed), direct.host)).toBe(false);
    const behindProxy = { host: '127.0.0.1:3000', 'x-forwarded-host': 'ops.example.com', origin: 'https://ops.example.com' };
    const proxied = resolveClient({ peerAddress: '10.0.0.5', header: request(behindProxy).header, trustedProxies: ['10.0.0.0/8'] });
    expect(isSameOrigin(request(behindProxy), proxied.host)).toBe(true);
  });
});

describe('client address behind trusted proxies', () => {
  const resolve = (peerAddress: string, headers: Record<string, string>, trustedProxies: string[]) =>
    resolveClient({ peerAddress, header: request(headers).header, trustedProxies });
  it.each([
    { case: 'a direct client that sends X-Forwarded-For', peer: '203.0.113.9', xff: '1.2.3.4', trusted: [], client: '203.0.113.9' },
    { case: 'a direct client, with the loopback proxy trusted', peer: '203.0.113.9', xff: '1.2.3.4', trusted: ['loopback'], client: '203.0.113.9' },
    { case: 'one trusted proxy', peer: '127.0.0.1', xff: '198.51.100.7', trusted: ['loopback'], client: '198.51.100.7' },
    { case: 'a client that prepends a fake hop behind a trusted proxy', peer: '127.0.0.1', xff: '1.2.3.4, 198.51.100.7', trusted: ['loopback'], client: '198.51.100.7' },
    { case: 'two trusted proxies', peer: '10.0.0.5', xff: '198.51.100.7, 10.0.0.9', trusted: ['10.0.0.0/8'], client: '198.51.100.7' },
    { case: 'an untrusted proxy', peer: '192.0.2.1', xff: '198.51.100.7', trusted: ['10.0.0.0/8'], client: '192.0.2.1' },
    { case: 'an IPv6 peer', peer: '::1', xff: '198.51.100.7', trusted: ['loopback'], client: '198.51.100.7' },
    { case: 'no forwarded header', peer: '::ffff:127.0.0.1', xff: null, trusted: ['loopback'], client: '::ffff:127.0.0.1' },
  ])('$case', ({ peer, xff, trusted, client }) => {
    expect(resolve(peer, xff === null ? {} : { 'x-forwarded-for': xff }, trusted).address).toBe(client);
  });

  it('believes X-Forwarded-Proto and -Host only from a trusted proxy', () => {
    const headers = { host: 'app:3000', 'x-forwarded-host': 'ops.example.com', 'x-forwarded-proto': 'https' };
    expect(resolve('203.0.113.9', headers, ['loopback'])).toMatchObject({ host: 'app:3000', proto: 'http', viaTrustedProxy: false });
    expect(resolve('127.0.0.1', headers, ['loopback'])).toMatchObject({ host: 'ops.example.com', proto: 'https', viaTrustedProxy: true });
  });

  it('reads STATESCOPE_TRUSTED_PROXIES and names the entries it ignores', () => {
    const config = getAuthConfig({ STATESCOPE_TRUSTED_PROXIES: 'loopback, 10.0.0.0/8, 2001:db8::1, proxy.example, 10.0.0.0/99' });
    expect(config.trustedProxies).toEqual(['loopback', '10.0.0.0/8', '2001:db8::1']);
    expect(config.problems).toHaveLength(2);
    expect(config.problems[0]).toContain('"proxy.example"');
    expect(getAuthConfig({}).trustedProxies).toEqual([]);
  });
});

describe('sign-in throttle', () => {
  it('lets a few wrong guesses through, then doubles the wait after each', () => {
    const throttle = createSignInThrottle();
    let now = NOW;
    for (let i = 0; i < FREE_SIGN_IN_FAILURES; i++) {
      expect(throttle.check('203.0.113.9', now).allowed).toBe(true);
      throttle.recordFailure('203.0.113.9', now);
    }
    expect(throttle.check('203.0.113.9', now)).toEqual({ allowed: false, retryAfterMs: SIGN_IN_BACKOFF_BASE_MS });
    now += SIGN_IN_BACKOFF_BASE_MS;
    expect(throttle.check('203.0.113.9', now).allowed).toBe(true);
    throttle.recordFailure('203.0.113.9', now);
    expect(throttle.check('203.0.113.9', now)).toEqual({ allowed: false, retryAfterMs: 2 * SIGN_IN_BACKOFF_BASE_MS });
  });

  it('caps the wait, and a success clears it', () => {
    const throttle = createSignInThrottle();
    for (let i = 0; i < 40; i++) throttle.recordFailure('203.0.113.9', NOW);
    expect(throttle.check('203.0.113.9', NOW)).toEqual({ allowed: false, retryAfterMs: SIGN_IN_BACKOFF_MAX_MS });
    throttle.recordSuccess('203.0.113.9');
    expect(throttle.check('203.0.113.9', NOW).allowed).toBe(true);
  });

  it('never locks out another client: one address guessing does not slow the operator at another', () => {
    const throttle = createSignInThrottle();
    for (let i = 0; i < 200; i++) throttle.recordFailure('198.51.100.66', NOW);
    expect(throttle.check('198.51.100.66', NOW).allowed).toBe(false);
    expect(throttle.check('203.0.113.9', NOW).allowed).toBe(true);
  });

  it('admits at most 5 guesses in 3.5 s from one client, however it labels itself', () => {
    const throttle = createSignInThrottle();
    let tried = 0;
    for (let now = NOW; now < NOW + 3_500; now += 10) {
      if (!throttle.check('203.0.113.9', now).allowed) continue;
      tried++;
      throttle.recordFailure('203.0.113.9', now);
    }
    expect(tried).toBeLessThanOrEqual(5);
  });

  it('remembers a bounded number of clients, forgetting the longest quiet first', () => {
    const throttle = createSignInThrottle();
    for (let i = 0; i < 10; i++) throttle.recordFailure('198.51.100.66', NOW);
    expect(throttle.check('198.51.100.66', NOW).allowed).toBe(false);
    for (let i = 0; i < MAX_THROTTLED_CLIENTS; i++) throttle.recordFailure(`client-${i}`, NOW + 1);
    expect(throttle.check('198.51.100.66', NOW + 1).allowed).toBe(true);
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
