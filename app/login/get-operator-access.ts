import { randomBytes } from 'node:crypto';
import { cookies, headers } from 'next/headers';
import { cache as perRequest } from 'react';
import {
  EDGE_HEADERS,
  SESSION_COOKIE,
  getActionAccess,
  getAuthConfig,
  getCsrfToken,
  getIdentityProviders,
  getSessionKey,
  readSessionToken,
  type ActionAccess,
  type AuthConfig,
  type AuthRequest,
  type IdentityProvider,
  type Operator,
} from '@/lib/auth';
import { ensureSetting, findSetting, getDb } from '@/lib/db';

export { SESSION_COOKIE };
/** Setting keys: the generated session secret, and the read-only switch. */
export const SESSION_SECRET_SETTING = 'auth.sessionSecret';
export const READ_ONLY_SETTING = 'actions.readOnly';

/** What a page or action needs to know about the request's operator. */
export type OperatorAccess = ActionAccess & {
  /** For route-handler calls from the page (x-csrf-token); null unless allowed by a session or proxy. */
  csrfToken: string | null;
  /** True when the operator came with a bearer token rather than a browser session. */
  viaBearer: boolean;
  signInLabel: string | null;
  problems: string[];
};

export type AuthContext = {
  config: AuthConfig;
  providers: IdentityProvider[];
  sessionKey: string;
  readOnly: boolean;
};

const cache = globalThis as unknown as { statescopeSessionSecret?: Promise<string> };

/** The configured secret, or one generated once and kept in the Setting table (never a constant in code). */
function getSessionSecret(config: AuthConfig): Promise<string> {
  if (config.sessionSecret) return Promise.resolve(config.sessionSecret);
  cache.statescopeSessionSecret ??= (async () => {
    const value = await ensureSetting(await getDb(), SESSION_SECRET_SETTING, () => randomBytes(32).toString('base64url'));
    if (typeof value !== 'string' || value.length < 32) throw new Error(`Setting ${SESSION_SECRET_SETTING} is not a usable secret.`);
    return value;
  })().catch((error: unknown) => {
    cache.statescopeSessionSecret = undefined;
    throw error;
  });
  return cache.statescopeSessionSecret;
}

export async function getAuthContext(): Promise<AuthContext> {
  const config = getAuthConfig(process.env);
  const providers = getIdentityProviders(config);
  const sessionKey = getSessionKey(await getSessionSecret(config), [config.adminPassword, config.adminToken]);
  const readOnly = config.readOnly || (await findSetting(await getDb(), READ_ONLY_SETTING)) === true;
  return { config, providers, sessionKey, readOnly };
}

export function toAuthRequest(source: Headers): AuthRequest {
  return { header: (name) => source.get(name) };
}

/** Who sent the request, as Statescope's own server resolved it from the socket and the trusted proxies. */
export type RequestClient = {
  /** The client's address; 'unknown' when the app runs without Statescope's server (plain `next start`). */
  address: string;
  /** The host the client asked for: never a forwarded host that no trusted proxy set. */
  host: string | null;
  proto: 'http' | 'https';
};

const edge = globalThis as unknown as { statescopeEdgeToken?: string };

/**
 * The client as scripts/lib/dashboard-server.ts marked it. Its headers count only with this process's
 * token; without it (another server in front, or none) the address is unknown and only Host is believed.
 */
export function getRequestClient(source: Headers): RequestClient {
  const token = edge.statescopeEdgeToken;
  if (token && source.get(EDGE_HEADERS.token) === token) {
    return {
      address: source.get(EDGE_HEADERS.client) || 'unknown',
      host: source.get(EDGE_HEADERS.host),
      proto: source.get(EDGE_HEADERS.proto) === 'https' ? 'https' : 'http',
    };
  }
  return { address: 'unknown', host: source.get('host'), proto: 'http' };
}

/**
 * Who the request is from: a provider that vouches for it directly (bearer token, trusted proxy), else a
 * valid session cookie issued by a provider that is still configured.
 */
export async function identifyRequest(
  context: AuthContext,
  request: AuthRequest,
  sessionToken: string | undefined,
): Promise<{ operator: Operator; csrfSubject: string | null; viaBearer: boolean } | null> {
  for (const provider of context.providers) {
    const operator = await provider.identify(request);
    if (!operator) continue;
    const viaBearer = /^Bearer\s/i.test(request.header('authorization') ?? '');
    return { operator, csrfSubject: viaBearer ? null : `provider:${operator.provider}:${operator.id}`, viaBearer };
  }
  const session = readSessionToken(sessionToken, context.sessionKey, Date.now());
  if (!session || !context.providers.some((provider) => provider.id === session.operator.provider)) return null;
  return { operator: session.operator, csrfSubject: `session:${session.nonce}`, viaBearer: false };
}

/**
 * The current request's access to actions, for pages (to show or hide them) and actions (to refuse). Read
 * once per page render: the top nav and the page share it.
 */
export const getOperatorAccess = perRequest(async (): Promise<OperatorAccess> => {
  const context = await getAuthContext();
  const [headerList, cookieStore] = await Promise.all([headers(), cookies()]);
  const identity = await identifyRequest(context, toAuthRequest(headerList), cookieStore.get(SESSION_COOKIE)?.value);
  const access = getActionAccess({ readOnly: context.readOnly, providerCount: context.providers.length, operator: identity?.operator ?? null });
  return {
    ...access,
    csrfToken: access.state === 'allowed' && identity?.csrfSubject ? getCsrfToken(identity.csrfSubject, context.sessionKey) : null,
    viaBearer: identity?.viaBearer ?? false,
    signInLabel: context.providers.find((provider) => provider.signInLabel !== null)?.signInLabel ?? null,
    problems: context.config.problems,
  };
});
