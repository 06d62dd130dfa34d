import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import next from 'next';
import { CROSS_SITE_MESSAGE, EDGE_HEADERS, SESSION_COOKIE, getAuthConfig, getUploadLimits, isSameOrigin, resolveClient, type ResolvedClient, type UploadLimits } from '@/lib/auth';
import { recordRefusal } from '@/app/login/record-refusal';
import { watchMultipartHeaders } from './watch-multipart-headers';

export type DashboardServer = { url: string; close(): Promise<void> };

/** Forwarded headers a client could set; dropped unless the peer is a trusted proxy. */
const FORWARDED_HEADERS = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'forwarded'];
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The dashboard behind a thin Node server of ours rather than bare `next start`, because only the socket
 * knows the client's address (Next's request APIs do not expose it): the server resolves the client through
 * the trusted proxies, strips forwarded headers nobody trusted, tells the app who the client is in headers
 * only it can set (a per-process token proves them), and bounds request bodies before Next reads any.
 */
export async function startDashboardServer(options: { port: number; hostname?: string; dev?: boolean }): Promise<DashboardServer> {
  const config = getAuthConfig(process.env);
  const limits = getUploadLimits(process.env);
  const edgeToken = randomBytes(24).toString('base64url');
  // The app (same process) checks the token: headers without it came from elsewhere and are ignored.
  (globalThis as { statescopeEdgeToken?: string }).statescopeEdgeToken = edgeToken;

  const app = next({ dev: options.dev ?? false, hostname: options.hostname ?? 'localhost', port: options.port, customServer: true });
  await app.prepare();
  const handle = app.getRequestHandler();
  let uploadsInFlight = 0;

  const server = http.createServer((req, res) => {
    if (hasMalformedEscape(req.url)) return refuse(req, res, { status: 400, message: 'Bad request: the address has a malformed %-escape.' });
    const refusal = getBodyRefusal(req, limits, uploadsInFlight);
    if (refusal) return refuse(req, res, refusal);
    if (isLargeBody(req, limits)) {
      uploadsInFlight++;
      res.once('close', () => uploadsInFlight--);
    }
    const client = markClient(req, config.trustedProxies, edgeToken);
    if (isCrossSiteWrite(req, client.host)) {
      // Next would answer a cross-site server action with a 500; refuse it plainly, and keep a trace.
      recordRefusal({ action: req.headers['next-action'] ? 'server-action' : `${req.method} ${(req.url ?? '').split('?')[0].slice(0, 200)}`, reason: 'cross-site', message: CROSS_SITE_MESSAGE, client: client.address, actor: null });
      return refuse(req, res, { status: 403, message: CROSS_SITE_MESSAGE });
    }
    if (req.method === 'POST') watchMultipartHeaders(req, res);
    handle(req, res).catch((error: unknown) => {
      console.error('request failed', error);
      if (!res.headersSent) refuse(req, res, { status: 500, message: 'Internal server error.' });
      else res.destroy();
    });
  });
  // The development server's hot reload talks over a WebSocket.
  if (options.dev) {
    const upgrade = app.getUpgradeHandler();
    server.on('upgrade', (req, socket, head) => void upgrade(req, socket, head));
  }
  server.requestTimeout = 10 * 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.hostname, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${options.hostname && options.hostname !== '0.0.0.0' && options.hostname !== '::' ? options.hostname : 'localhost'}:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await app.close();
    },
  };
}

/**
 * A path whose %-escapes do not decode (`/executions/%E0%A4%A`, `/failures/%`): Next fails to decode the
 * dynamic segment before any route runs and, finding no /400 page to render, answers a bare 500. It is the
 * client's error, so it gets a 400 here. (Query strings are decoded leniently by Next and reach the pages.)
 */
function hasMalformedEscape(url: string | undefined): boolean {
  try {
    decodeURIComponent((url ?? '/').split('?')[0]);
    return false;
  } catch {
    return true;
  }
}

function markClient(req: IncomingMessage, trustedProxies: readonly string[], edgeToken: string): ResolvedClient {
  const header = (name: string) => {
    const value = req.headers[name];
    return Array.isArray(value) ? value.join(', ') : (value ?? null);
  };
  const client = resolveClient({
    peerAddress: req.socket.remoteAddress ?? '',
    header,
    trustedProxies,
    encrypted: (req.socket as TLSSocket).encrypted === true,
  });
  for (const name of Object.values(EDGE_HEADERS)) delete req.headers[name];
  if (!client.viaTrustedProxy) for (const name of FORWARDED_HEADERS) delete req.headers[name];
  req.headers[EDGE_HEADERS.token] = edgeToken;
  req.headers[EDGE_HEADERS.client] = client.address;
  if (client.host) req.headers[EDGE_HEADERS.host] = client.host;
  req.headers[EDGE_HEADERS.proto] = client.proto;
  return client;
}

/** A write whose Origin (or Referer) names another site; requests without either (scripts) go on to the app's checks. */
function isCrossSiteWrite(req: IncomingMessage, host: string | null): boolean {
  if (!BODY_METHODS.has(req.method ?? '')) return false;
  const claimed = req.headers.origin ?? req.headers.referer;
  if (claimed === undefined) return req.headers['sec-fetch-site'] === 'cross-site';
  return !isSameOrigin({ header: (name) => (name === 'origin' ? (req.headers.origin ?? null) : name === 'referer' ? (req.headers.referer ?? null) : null) }, host);
}

function declaredLength(req: IncomingMessage): number | null {
  const value = req.headers['content-length'];
  return value === undefined ? null : Number(value);
}

function isLargeBody(req: IncomingMessage, limits: UploadLimits): boolean {
  const length = declaredLength(req);
  return length !== null && length > limits.anonymousBodyBytes;
}

/** Refuses, from the headers alone, a body the server will not read: too large, unsized, or one upload too many. */
function getBodyRefusal(req: IncomingMessage, limits: UploadLimits, uploadsInFlight: number): { status: number; message: string; retryAfterSec?: number } | null {
  if (!BODY_METHODS.has(req.method ?? '')) return null;
  const length = declaredLength(req);
  if (length === null) {
    if (req.headers['transfer-encoding']) return { status: 411, message: 'Send the request body with a Content-Length.' };
    return null;
  }
  if (!Number.isSafeInteger(length) || length < 0) return { status: 400, message: 'Invalid Content-Length.' };
  // Without a session cookie or a bearer token only small bodies (the sign-in form) are read.
  const mayUpload = Boolean(req.headers.authorization) || hasCookie(req.headers.cookie, SESSION_COOKIE);
  const limit = mayUpload ? limits.maxUploadBytes : limits.anonymousBodyBytes;
  if (length > limit) {
    return {
      status: 413,
      message: mayUpload
        ? `The upload is ${toMiB(length)} MiB; the limit is ${toMiB(limits.maxUploadBytes)} MiB (STATESCOPE_MAX_UPLOAD_MB).`
        : `Sign in to upload more than ${toMiB(limits.anonymousBodyBytes)} MiB.`,
    };
  }
  if (length > limits.anonymousBodyBytes && uploadsInFlight >= limits.maxConcurrentUploads) {
    return {
      status: 429,
      message: `${uploadsInFlight} upload(s) are already being read (STATESCOPE_MAX_CONCURRENT_UPLOADS); try again in a few seconds.`,
      retryAfterSec: 5,
    };
  }
  return null;
}

function hasCookie(header: string | undefined, name: string): boolean {
  return (header ?? '').split(';').some((pair) => pair.trim().startsWith(`${name}=`));
}

/** Bodies up to this size are read and dropped before a refusal, so the client sees the answer instead of a broken pipe. */
const DRAIN_BYTES = 1_048_576;

function refuse(req: IncomingMessage, res: ServerResponse, refusal: { status: number; message: string; retryAfterSec?: number }): void {
  res.statusCode = refusal.status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  if (refusal.retryAfterSec) res.setHeader('Retry-After', String(refusal.retryAfterSec));
  const length = declaredLength(req);
  if (length !== null && length > 0 && length <= DRAIN_BYTES && !req.readableEnded) {
    req.once('end', () => res.end(`${refusal.message}\n`));
    req.once('error', () => res.destroy());
    req.resume();
    return;
  }
  res.setHeader('Connection', 'close');
  res.end(`${refusal.message}\n`);
}

function toMiB(bytes: number): string {
  return (bytes / 1_048_576).toFixed(1).replace(/\.0$/, '');
}
