/**
 * Headers the dashboard's own server (scripts/lib/dashboard-server.ts) sets on every request after
 * removing any copy a client sent: who the client is, as the socket and trusted proxies vouch.
 */
export const EDGE_HEADERS = {
  /** Proves the others: equal to the token the server keeps for this process. */
  token: 'x-statescope-edge',
  client: 'x-statescope-client',
  host: 'x-statescope-host',
  proto: 'x-statescope-proto',
} as const;

/** The signed session cookie (HttpOnly, SameSite=Lax). */
export const SESSION_COOKIE = 'statescope_session';
