// npm start: migrate the database (SQLite by default), load demo data into an empty one, build the
// dashboard if this checkout has not been built yet, and serve it on PORT (default 3000), with the local
// Step Functions endpoint beside it on SFN_PORT (default 8083).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadAlertConfig, startAlertLoop, type AlertLoop } from '@/lib/alerts';
import { getDatabaseUrl, getDb } from '@/lib/db';
import { ensureLocalEngineSource, startBackgroundSync, type BackgroundSync } from '@/lib/ingest';
import { createLiveDemo } from '@/prisma/demo/create-live-demo';
import { startEngineServer, type EngineServer } from './engine';
import { getBuildStamp, NEXT_DIST_DIR } from './lib/get-build-stamp';
import { prepareDatabase } from './lib/prepare-database';

const port = process.env.PORT ?? '3000';
const next = path.join('node_modules', '.bin', 'next');

await prepareDatabase({ seed: true });
await (await getDb()).$disconnect();

const stampFile = path.join(NEXT_DIST_DIR, 'statescope-build-stamp');
const stamp = getBuildStamp();
const built = fs.existsSync(path.join(NEXT_DIST_DIR, 'BUILD_ID')) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp;
if (!built) {
  console.log('Building the dashboard (first start of this checkout)…');
  const build = spawnSync(next, ['build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  fs.writeFileSync(stampFile, stamp);
}

const enginePort = Number(process.env.SFN_PORT ?? 8083);
let engine: EngineServer | null = null;
try {
  // The demo workflows' handlers, and a few runs left open there to approve, stop or watch.
  const liveDemo = createLiveDemo();
  // Durable: the engine keeps its data in the same database (Engine* tables) and resumes what was running.
  engine = await startEngineServer({ port: enginePort, databaseUrl: getDatabaseUrl(), engine: { handlers: liveDemo.handlers } });
  console.log(`Local Step Functions endpoint on ${engine.endpoint} (aws stepfunctions --endpoint-url ${engine.endpoint} …); ${engine.resumed} running execution(s) resumed`);
  try {
    const live = liveDemo.start(engine.engine);
    if (live.startedExecutions.length > 0) console.log(`Demo runs in the local engine: ${live.startedExecutions.length} started (an order waits for approval, a backup for its tape worker)`);
  } catch (error) {
    console.warn(`Demo runs not started in the local engine: ${(error as Error).message}`);
  }
} catch (error) {
  // The dashboard is still useful without the endpoint, e.g. when another engine already holds the port.
  console.warn(`Local Step Functions endpoint not started on port ${enginePort}: ${(error as Error).message}`);
}

// Background sync: the local engine as the source "Local engine", and every enabled source on its interval
// (STATESCOPE_BACKGROUND_SYNC=off turns it off; LOCAL_ENGINE_SYNC_INTERVAL_SEC sets the engine's first interval).
let backgroundSync: BackgroundSync | null = null;
if (process.env.STATESCOPE_BACKGROUND_SYNC !== 'off') {
  const db = await getDb();
  if (engine) await ensureLocalEngineSource(db, engine.endpoint, { syncIntervalSec: Number(process.env.LOCAL_ENGINE_SYNC_INTERVAL_SEC) || undefined });
  backgroundSync = startBackgroundSync(db, {
    onSynced: (source, result) => {
      if (result.status !== 'SUCCEEDED' && result.status !== 'ALREADY_RUNNING') console.warn(`[sync] ${source.name}: ${result.status}${result.error ? ` — ${result.error.split('\n')[0]}` : ''}`);
    },
    onError: (source, error) => console.warn(`[sync] ${source.name}: ${(error as Error).message}`),
  });
}

// Alerts: evaluate the rules and deliver the outbox every STATESCOPE_ALERTS_INTERVAL_SEC (default 60);
// STATESCOPE_ALERTS=off turns it off (e.g. when cron runs `npm run findings -- --alerts` instead).
let alertLoop: AlertLoop | null = null;
if (process.env.STATESCOPE_ALERTS !== 'off') {
  const db = await getDb();
  const file = process.env.STATESCOPE_ALERTS_FILE;
  try {
    if (file) console.log(`Alert rules from ${file}: ${(await loadAlertConfig(db, file)).saved} loaded`);
  } catch (error) {
    console.warn(`[alerts] ${(error as Error).message}`);
  }
  alertLoop = startAlertLoop(db, {
    intervalMs: (Number(process.env.STATESCOPE_ALERTS_INTERVAL_SEC) || 60) * 1_000,
    publicUrl: process.env.STATESCOPE_PUBLIC_URL ?? `http://localhost:${port}`,
    onRun: (result) => {
      if (result.delivery.failed > 0 || result.delivery.retrying > 0) console.warn(`[alerts] ${result.delivery.delivered} delivered, ${result.delivery.retrying} to retry, ${result.delivery.failed} failed (see /alerts)`);
    },
    onError: (error) => console.warn(`[alerts] ${(error as Error).message}`),
  });
}

console.log(`Statescope on http://localhost:${port} (database: ${getDatabaseUrl().replace(/\/\/[^@]*@/, '//***@')})`);
// The dashboard runs in a process of its own, behind Statescope's server (client address, body limits).
const server = spawn(process.execPath, ['--import', 'tsx', path.join('scripts', 'serve.ts')], { stdio: 'inherit', env: { ...process.env, PORT: port } });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', async (code) => {
  await alertLoop?.stop();
  await backgroundSync?.stop();
  await engine?.close();
  process.exit(code ?? 0);
});
