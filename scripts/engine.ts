/**
 * `npm run engine`: the local engine as a Step Functions endpoint for the AWS SDK and CLI.
 *
 *   npm run engine -- [--port 8083] [--host 127.0.0.1] [--region us-east-1] [--account 123456789012]
 *                     [--handlers ./my-handlers.ts] [--mock-config ./MockConfigFile.json] [--memory]
 *
 * State machines, executions and their histories live in the database named by DATABASE_URL (the
 * dashboard's, in separate Engine* tables; SQLite by default): after a restart, even a SIGKILL, every
 * RUNNING execution resumes where its history ends. `--memory` keeps everything in memory instead.
 *
 * A `--handlers` module exports task handlers by Lambda function name, function ARN or resource ARN,
 * as `export const handlers = { … }` or `export default { … }`:
 *
 *   export const handlers = {
 *     'my-function': async (event) => ({ ok: true, event }),            // arn:…:function:my-function
 *     'arn:aws:states:::sqs:sendMessage': (input, ctx) => ({ MessageId: ctx.executionArn }),
 *   };
 *
 * A handler gets `(input, context)` (see TaskContext in lib/engine) and returns the result or a promise.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { configureDb, createDb, createEngineStorageBackend, getDatabaseUrl } from '@/lib/db';
import { createDurableStorage, createEngine, type Engine, type EngineOptions, type MockConfig, type TaskHandler } from '@/lib/engine';
import { createSfnApiHandler } from '@/lib/engine/api';
import { applyPendingMigrations } from './lib/apply-pending-migrations';
import { exitWithError } from './lib/exit-with-error';

const DEFAULT_PORT = 8083;
/** Connections still open (long polls) are cut this long after a shutdown signal. */
const SHUTDOWN_GRACE_MS = 2_000;

export type EngineServer = {
  endpoint: string;
  engine: Engine;
  server: Server;
  /** Executions picked up again from the database at start. */
  resumed: number;
  close(): Promise<void>;
};

/**
 * Starts the endpoint (port 0 = any free port) and resolves once it listens. With `databaseUrl`
 * (already migrated), the engine keeps its data there and resumes the RUNNING executions before
 * serving; without it, in memory.
 */
export async function startEngineServer(options: { port?: number; host?: string; engine?: EngineOptions; databaseUrl?: string } = {}): Promise<EngineServer> {
  let storage: Awaited<ReturnType<typeof createDurableStorage>> | undefined;
  let disconnect = async () => {};
  if (options.databaseUrl !== undefined) {
    const db = createDb(options.databaseUrl);
    await configureDb(db, options.databaseUrl);
    storage = await createDurableStorage(createEngineStorageBackend(db), {
      onWriteError: (err, attempt, next) => {
        const then = next.action === 'retry' ? 'retrying' : next.action === 'split' ? 'writing it in parts' : `dropped ${next.dropped.join(', ')}`;
        console.error(`[engine] writing to the database failed (attempt ${attempt}, ${then}):`, err);
      },
    });
    disconnect = () => db.$disconnect();
  }
  const engine = createEngine({ region: 'us-east-1', account: '123456789012', onWarning: (m) => console.warn(`[engine] ${m}`), ...options.engine, ...(storage ? { storage } : {}) });
  const { resumed } = storage ? await engine.resume() : { resumed: 0 };
  const handle = createSfnApiHandler(engine);
  const host = options.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    serve(handle, req, res).catch((err: unknown) => {
      console.error('[engine] request failed:', err);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  // GetActivityTask long-polls for up to 60 s; keep Node's own timeouts out of its way.
  server.requestTimeout = 0;
  server.headersTimeout = 70_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    endpoint,
    engine,
    server,
    resumed,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
      });
      // Running executions stay RUNNING in the database and resume at the next start.
      await storage?.close();
      await disconnect();
    },
  };
}

/**
 * One request through the handler. The body is handed over as a stream, not read here: the handler reads
 * at most the API's request size limit (a 200 MB body used to be buffered whole). When it answers before
 * the body ended (refused as too large), the rest is never kept: see closeAfterAnswer.
 */
async function serve(handle: (request: Request) => Promise<Response>, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const body = hasBody ? toBodyStream(req) : undefined;
  // A streamed body needs `duplex: 'half'` (fetch spec), which TypeScript's DOM RequestInit lacks.
  const init: RequestInit & { duplex: 'half' } = { method, headers, body: body?.stream, duplex: 'half' };
  const request = new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, init);
  const response = await handle(request);
  const answer = Buffer.from(await response.arrayBuffer());
  const unread = body !== undefined && !req.complete;
  res.writeHead(response.status, { ...Object.fromEntries(response.headers), 'content-length': String(answer.length), ...(unread ? { connection: 'close' } : {}) });
  if (unread) closeAfterAnswer(req, body.discard);
  res.end(answer);
}

/**
 * The request body as a web stream that takes one chunk at a time from the socket (backpressure reaches
 * the client). `discard` drops whatever arrives from then on, for a handler that stopped reading.
 */
function toBodyStream(req: IncomingMessage): { stream: ReadableStream<Uint8Array>; discard: () => void } {
  let discarding = false;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      req.on('data', (chunk: Buffer) => {
        if (discarding) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      });
      req.once('end', () => discarding || controller.close());
      req.once('error', (err) => discarding || controller.error(err));
    },
    pull() {
      req.resume();
    },
    cancel() {
      discarding = true;
    },
  });
  return {
    stream,
    discard: () => {
      discarding = true;
      req.resume();
    },
  };
}

/** How long the rest of a refused body is read and dropped before the connection is cut. */
const LINGER_MS = 1_000;

/**
 * After answering a request whose body was not read to its end (`Connection: close`): the rest of the body
 * is read and dropped (never kept) for a moment, then the socket is closed. Node would close it as soon as
 * the answer is written, which resets a client still sending, and that client then loses the answer (the
 * "lingering close" of HTTP servers).
 */
function closeAfterAnswer(req: IncomingMessage, discard: () => void): void {
  discard();
  const socket = req.socket;
  socket.destroySoon = () => {
    socket.end();
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    socket.once('close', () => clearTimeout(timer));
  };
}

const handlersModule = z.object({
  handlers: z.record(z.string(), z.custom<TaskHandler>((v) => typeof v === 'function', 'must be a function')).optional(),
  default: z.record(z.string(), z.custom<TaskHandler>((v) => typeof v === 'function', 'must be a function')).optional(),
});

async function loadHandlers(file: string): Promise<Record<string, TaskHandler>> {
  const mod = handlersModule.parse(await import(pathToFileURL(path.resolve(file)).href));
  const handlers = mod.handlers ?? mod.default;
  if (!handlers) throw new Error(`${file} exports neither \`handlers\` nor a default object of task handlers`);
  return handlers;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      region: { type: 'string', default: 'us-east-1' },
      account: { type: 'string', default: '123456789012' },
      handlers: { type: 'string' },
      'mock-config': { type: 'string' },
      memory: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port ?? process.env.SFN_PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`Invalid port: ${values.port ?? process.env.SFN_PORT}`);
  if (!/^\d{12}$/.test(values.account)) throw new Error(`--account must be 12 digits, got ${values.account}`);
  const handlers = values.handlers ? await loadHandlers(values.handlers) : undefined;
  // The mock file's shape is Step Functions Local's; the engine reads it leniently.
  const mockConfig = values['mock-config'] ? (JSON.parse(await readFile(values['mock-config'], 'utf8')) as MockConfig) : undefined;
  const databaseUrl = values.memory ? undefined : getDatabaseUrl();
  if (databaseUrl !== undefined) await applyPendingMigrations(databaseUrl).catch(exitWithError);
  const { endpoint, engine, close, resumed } = await startEngineServer({ port, host: values.host, databaseUrl, engine: { region: values.region, account: values.account, handlers, mockConfig } });

  const { region } = values;
  console.log(`Statescope engine: Step Functions API at ${endpoint} (region ${region}, account ${values.account})`);
  console.log(
    databaseUrl === undefined
      ? 'Storage: in memory (--memory); everything is lost when the engine stops'
      : `Storage: ${databaseUrl.replace(/\/\/[^@]*@/, '//***@')} (Engine* tables); resumed ${resumed} running execution(s)`,
  );
  if (handlers) console.log(`Task handlers: ${Object.keys(handlers).join(', ') || '(none)'}`);
  console.log(`
AWS SDK for JavaScript v3:
  new SFNClient({ endpoint: '${endpoint}', region: '${region}',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    disableHostPrefix: true })   // StartSyncExecution would otherwise call http://sync-<host>

AWS CLI:
  AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local \\
    aws stepfunctions list-state-machines --endpoint-url ${endpoint} --region ${region}
  (or export AWS_ENDPOINT_URL_SFN=${endpoint}; for start-sync-execution also
   AWS_DISABLE_HOST_PREFIX_INJECTION=true where your CLI supports it)
`);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    const running = engine.runningCount();
    console.log(`\n${signal}: stopping (${running} execution(s) still running ${databaseUrl === undefined ? 'are dropped: storage is in memory' : 'resume at the next start'})`);
    close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
