// npm start: migrate the database (SQLite by default), load demo data into an empty one, build the
// dashboard if this checkout has not been built yet, and serve it on PORT (default 3000).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { getDatabaseUrl, getDb } from '@/lib/db';
import { getBuildStamp } from './lib/get-build-stamp';
import { prepareDatabase } from './lib/prepare-database';

const port = process.env.PORT ?? '3000';
const next = path.join('node_modules', '.bin', 'next');

await prepareDatabase({ seed: true });
await (await getDb()).$disconnect();

const stampFile = path.join('.next', 'statescope-build-stamp');
const stamp = getBuildStamp();
const built = fs.existsSync(path.join('.next', 'BUILD_ID')) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp;
if (!built) {
  console.log('Building the dashboard (first start of this checkout)…');
  const build = spawnSync(next, ['build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  fs.writeFileSync(stampFile, stamp);
}

console.log(`Statescope on http://localhost:${port} (database: ${getDatabaseUrl().replace(/\/\/[^@]*@/, '//***@')})`);
const server = spawn(next, ['start', '-p', port], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
