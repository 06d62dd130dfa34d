import type { Operator } from './operator';

/** What an identity provider may read from a request: headers and cookies, nothing framework-specific. */
export type AuthRequest = {
  header(name: string): string | null;
};

/**
 * One way of telling who an operator is. The embedded provider checks an admin password or token from
 * configuration; another (OIDC, a trusted proxy's header) plugs in by implementing the same two methods.
 * A successful `signIn` is turned into a signed session cookie by the app; `identify` vouches for a request
 * on its own (a bearer token, a header set by a trusted proxy) and needs no session.
 */
export type IdentityProvider = {
  id: string;
  /** How the sign-in form should label the secret it asks for; null when this provider has no form. */
  signInLabel: string | null;
  signIn(credentials: { secret: string }): Promise<Operator | null>;
  identify(request: AuthRequest): Promise<Operator | null>;
};
