import proxyAddr from 'proxy-addr';

/** Who sent a request, as far as the socket and the trusted proxies in front of it can vouch. */
export type ResolvedClient = {
  /** The client's address: the socket's peer, or the first hop a trusted proxy reports. */
  address: string;
  /** The Host the client asked for: X-Forwarded-Host only when the peer is a trusted proxy. */
  host: string | null;
  proto: 'http' | 'https';
  /** True when the socket's peer is a trusted proxy (its forwarded headers were used). */
  viaTrustedProxy: boolean;
};

/** proxy-addr's names for address ranges, accepted in STATESCOPE_TRUSTED_PROXIES beside addresses and CIDRs. */
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

export function isTrustedProxyEntry(entry: string): boolean {
  if (RANGE_NAMES.has(entry)) return true;
  try {
    proxyAddr.compile(entry);
    return true;
  } catch {
    return false;
  }
}

/**
 * Resolves the client behind a request from the socket's peer address and the forwarded headers that the
 * configured proxies are trusted to set (proxy-addr, as Express does): X-Forwarded-For is walked from the
 * nearest hop outwards while each hop is a trusted proxy, and X-Forwarded-Host/-Proto count only when the
 * peer itself is one. A client that talks to us directly cannot claim another address or host.
 */
export function resolveClient(input: {
  peerAddress: string;
  header(name: string): string | null;
  trustedProxies: readonly string[];
  encrypted?: boolean;
}): ResolvedClient {
  const trust = proxyAddr.compile([...input.trustedProxies]);
  const forwardedFor = input.header('x-forwarded-for');
  const request = {
    connection: { remoteAddress: input.peerAddress },
    socket: { remoteAddress: input.peerAddress },
    headers: forwardedFor === null ? {} : { 'x-forwarded-for': forwardedFor },
  };
  const viaTrustedProxy = input.peerAddress !== '' && trust(input.peerAddress, 0);
  const address = proxyAddr(request as unknown as Parameters<typeof proxyAddr>[0], trust);
  const ownProto = input.encrypted ? 'https' : 'http';
  const forwardedProto = viaTrustedProxy ? firstValue(input.header('x-forwarded-proto'))?.toLowerCase() : undefined;
  return {
    address: address || input.peerAddress || 'unknown',
    host: (viaTrustedProxy ? firstValue(input.header('x-forwarded-host')) : undefined) || input.header('host'),
    proto: forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : ownProto,
    viaTrustedProxy,
  };
}

function firstValue(header: string | null): string | undefined {
  return header?.split(',')[0]?.trim() || undefined;
}
