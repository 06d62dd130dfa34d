import type { IdentityProvider } from './identity-provider';
import { isSameSecret } from './is-same-secret';

export const PROXY_HEADER_PROVIDER_ID = 'proxy-header';

/**
 * Trusts an authenticating reverse proxy (oauth2-proxy, an ALB with OIDC, …) that puts the user's name in
 * `userHeader`. The proxy must also send `secretHeader: <sharedSecret>`, so a client that reaches the app
 * directly cannot claim a name by setting the header itself.
 */
export function createProxyHeaderIdentityProvider(config: { userHeader: string; secretHeader: string; sharedSecret: string }): IdentityProvider {
  return {
    id: PROXY_HEADER_PROVIDER_ID,
    signInLabel: null,
    async signIn() {
      return null;
    },
    async identify(request) {
      const secret = request.header(config.secretHeader);
      if (secret === null || !isSameSecret(secret, config.sharedSecret)) return null;
      const user = request.header(config.userHeader)?.trim();
      if (!user) return null;
      return { id: user.slice(0, 200), name: user.slice(0, 200), provider: PROXY_HEADER_PROVIDER_ID };
    },
  };
}
