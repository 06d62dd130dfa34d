import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { getBuildStamp, NEXT_DIST_DIR } from '@/scripts/lib/get-build-stamp';

export type RunningApp = { url: string; stop: () => Promise<void>; logs: () => string };

const NEXT_BIN = path.join('node_modules', '.bin', 'next');
const SERVE_SCRIPT = path.join('scripts', 'serve.ts');
const READY_TIMEOUT_MS = 60_000;

/**
 * Builds the app unless `.next` holds a build of these very sources (the stamp `npm start` writes), so
 * test files after the first reuse it. Asynchronous: a blocking build starves vitest's worker RPC.
 */
export async function ensureBuilt(): Promise<void> {
  const stampFile = path.join(NEXT_DIST_DIR, 'statescope-build-stamp');
  const stamp = getBuildStamp();
  const built = fs.existsSync(path.join(NEXT_DIST_DIR, 'BUILD_ID')) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp;
  if (built) return;
  const build = spawn(NEXT_BIN, ['build'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  build.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  build.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => build.on('close', resolve));
  if (code !== 0) throw new Error(`next build failed (exit ${code}):\n${output}`);
  fs.writeFileSync(stampFile, stamp);
}

/** A free loopback port, from the kernel. */
export async function getFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The built app behind Statescope's own server (scripts/serve.ts, as `npm start` runs it) on a free port
 * against the given database, resolved once it answers. The server gets its own process group so stop()
 * ends it and only it.
 */
export async function startApp({ databaseUrl, env = {} }: { databaseUrl: string; env?: Record<string, string | undefined> }): Promise<RunningApp> {
  await ensureBuilt();
  const port = await getFreePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', SERVE_SCRIPT], {
    env: { ...process.env, ...env, DATABASE_URL: databaseUrl, PORT: String(port), STATESCOPE_HOST: '127.0.0.1', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = () => stopProcessGroup(child);
  try {
    await waitUntilServing(url, child);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- dashboard server output ---\n${output}`);
  }
  return { url, stop, logs: () => output };
}

async function waitUntilServing(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the dashboard server exited with code ${child.exitCode}`);
    try {
      // Any HTTP answer means the server is up; /import touches no database.
      await fetch(`${url}/import`, { signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`the dashboard server did not answer on ${url} within ${READY_TIMEOUT_MS} ms`);
}

async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }, 5_000);
  await exited;
  clearTimeout(timer);
}
