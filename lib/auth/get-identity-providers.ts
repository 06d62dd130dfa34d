import { createEmbeddedIdentityProvider } from './create-embedded-identity-provider';
import { createProxyHeaderIdentityProvider } from './create-proxy-header-identity-provider';
import type { AuthConfig } from './get-auth-config';
import type { IdentityProvider } from './identity-provider';

/** The providers a configuration enables, in the order a request is tried against them. */
export function getIdentityProviders(config: AuthConfig): IdentityProvider[] {
  const providers: IdentityProvider[] = [];
  if (config.proxy) providers.push(createProxyHeaderIdentityProvider(config.proxy));
  if (config.adminPassword !== null || config.adminToken !== null) providers.push(createEmbeddedIdentityProvider(config));
  return providers;
}
