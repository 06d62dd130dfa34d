import type { IdentityProvider } from './identity-provider';
import { isSameSecret } from './is-same-secret';
import type { Operator } from './operator';

export const EMBEDDED_PROVIDER_ID = 'embedded';

/**
 * The built-in operator: an admin password (for the sign-in form) and/or an admin token (for the form
 * or an `Authorization: Bearer` header, e.g. from scripts). With neither configured nobody can act.
 */
export function createEmbeddedIdentityProvider(config: { adminPassword: string | null; adminToken: string | null }): IdentityProvider {
  const admin: Operator = { id: 'admin', name: 'admin', provider: EMBEDDED_PROVIDER_ID };
  const matches = (secret: string) =>
    secret.length > 0 &&
    ((config.adminPassword !== null && isSameSecret(secret, config.adminPassword)) ||
      (config.adminToken !== null && isSameSecret(secret, config.adminToken)));
  return {
    id: EMBEDDED_PROVIDER_ID,
    signInLabel: config.adminPassword !== null ? 'Admin password' : config.adminToken !== null ? 'Admin token' : null,
    async signIn({ secret }) {
      return matches(secret) ? admin : null;
    },
    async identify(request) {
      const authorization = request.header('authorization');
      const bearer = authorization?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
      if (!bearer || config.adminToken === null) return null;
      return isSameSecret(bearer, config.adminToken) ? admin : null;
    },
  };
}
