import { isTrustedProxyEntry } from './resolve-client';

/** Shortest admin password and token accepted: anything shorter leaves actions disabled. */
export const MIN_ADMIN_PASSWORD_LENGTH = 8;
export const MIN_ADMIN_TOKEN_LENGTH = 16;
/** A configured session secret must carry at least 256 bits. */
export const MIN_SESSION_SECRET_LENGTH = 32;
export const DEFAULT_SESSION_HOURS = 12;

export type AuthConfig = {
  adminPassword: string | null;
  adminToken: string | null;
  /** From STATESCOPE_SESSION_SECRET; null = generate one and keep it in the database. */
  sessionSecret: string | null;
  sessionTtlMs: number;
  /** STATESCOPE_READ_ONLY: hides and refuses every action, whatever the database setting says. */
  readOnly: boolean;
  /** A trusted authenticating proxy, when configured. */
  proxy: { userHeader: string; secretHeader: string; sharedSecret: string } | null;
  /**
   * STATESCOPE_TRUSTED_PROXIES: addresses or CIDR ranges (or proxy-addr's names loopback, linklocal,
   * uniquelocal) of the reverse proxies whose X-Forwarded-For/-Host/-Proto headers are believed. Empty: none.
   */
  trustedProxies: string[];
  /** Settings that were given but ignored, worded for the operator. */
  problems: string[];
};

/** Reads the sign-in configuration from an environment (passed in, so this stays testable). */
export function getAuthConfig(env: Record<string, string | undefined>): AuthConfig {
  const problems: string[] = [];
  const secretOf = (name: string, minLength: number): string | null => {
    const value = env[name];
    if (value === undefined || value === '') return null;
    if (value.length < minLength) {
      problems.push(`${name} is shorter than ${minLength} characters and is ignored.`);
      return null;
    }
    return value;
  };
  const hours = Number(env.STATESCOPE_SESSION_HOURS ?? DEFAULT_SESSION_HOURS);
  if (!(hours > 0)) problems.push(`STATESCOPE_SESSION_HOURS must be a positive number; using ${DEFAULT_SESSION_HOURS}.`);
  const userHeader = env.STATESCOPE_PROXY_USER_HEADER?.trim().toLowerCase() || null;
  const proxySecret = secretOf('STATESCOPE_PROXY_SECRET', MIN_ADMIN_TOKEN_LENGTH);
  if (userHeader && !proxySecret) problems.push('STATESCOPE_PROXY_USER_HEADER needs STATESCOPE_PROXY_SECRET (the proxy proves itself with it); ignored.');
  return {
    adminPassword: secretOf('STATESCOPE_ADMIN_PASSWORD', MIN_ADMIN_PASSWORD_LENGTH),
    adminToken: secretOf('STATESCOPE_ADMIN_TOKEN', MIN_ADMIN_TOKEN_LENGTH),
    sessionSecret: secretOf('STATESCOPE_SESSION_SECRET', MIN_SESSION_SECRET_LENGTH),
    sessionTtlMs: (hours > 0 ? hours : DEFAULT_SESSION_HOURS) * 3_600_000,
    readOnly: isTrue(env.STATESCOPE_READ_ONLY),
    trustedProxies: toTrustedProxies(env.STATESCOPE_TRUSTED_PROXIES, problems),
    proxy:
      userHeader && proxySecret
        ? { userHeader, secretHeader: env.STATESCOPE_PROXY_SECRET_HEADER?.trim().toLowerCase() || 'x-statescope-proxy-secret', sharedSecret: proxySecret }
        : null,
    problems,
  };
}

function toTrustedProxies(value: string | undefined, problems: string[]): string[] {
  const entries = (value ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  return entries.filter((entry) => {
    if (isTrustedProxyEntry(entry)) return true;
    problems.push(`STATESCOPE_TRUSTED_PROXIES: "${entry.slice(0, 60)}" is not an address, a CIDR range, loopback, linklocal or uniquelocal; ignored.`);
    return false;
  });
}

function isTrue(value: string | undefined): boolean {
  return value !== undefined && ['1', 'true', 'yes', 'on'].includes(value.trim().toLowerCase());
}
