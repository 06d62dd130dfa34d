// npm run bench:sync — issue figure: how many history events per second a sync stores from the local engine
// (served over HTTP as the Step Functions API, read with the real SDK) into a fresh SQLite database; aim
// 20,000/s or more. Also prints the requests made and the request rate used.
//   npm run bench:sync -- [--executions 200] [--long 4] [--long-items 2000]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CreateStateMachineCommand, DescribeExecutionCommand, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { configureDb, createDb, getDatabaseProvider, saveSource } from '@/lib/db';
import { syncSource } from '@/lib/ingest';
import { startEngineServer } from '../scripts/engine';
import { migrateDatabase } from '../test/support/migrate-database';

const EVENTS_PER_SECOND_AIM = 20_000;
/** An inline Map writes 4 events per item plus 6 around it: 61 items make a 250-event history. */
const ITEMS_FOR_250_EVENTS = 61;

const { values } = parseArgs({ options: { executions: { type: 'string', default: '200' }, long: { type: 'string', default: '4' }, 'long-items': { type: 'string', default: '2000' } } });
const executionCount = Number(values.executions);
const longCount = Number(values.long);
const longItems = Number(values['long-items']);

const url = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-sync-')), 'bench.db')}`;
migrateDatabase(url);
const db = createDb(url);
await configureDb(db, url);

const server = await startEngineServer({ port: 0 });
const sfn = new SFNClient({ endpoint: server.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
const definition = JSON.stringify({
  StartAt: 'Price',
  States: {
    Price: {
      Type: 'Map',
      ItemsPath: '$.lines',
      MaxConcurrency: 1,
      ItemProcessor: { StartAt: 'Line', States: { Line: { Type: 'Pass', Parameters: { 'sku.$': '$.sku', 'total.$': 'States.MathAdd($.amount, 1)' }, End: true } } },
      End: true,
    },
  },
});
const { stateMachineArn } = await sfn.send(new CreateStateMachineCommand({ name: 'bench-orders', definition, roleArn: 'arn:aws:iam::123456789012:role/bench' }));
const lines = (n: number) => ({ lines: Array.from({ length: n }, (_, i) => ({ sku: `SKU-${i}`, amount: i })) });

console.log(`database: ${getDatabaseProvider(url)}; engine at ${server.endpoint}`);
console.log(`running ${executionCount} executions of ~250 events and ${longCount} of ~${(longItems * 4 + 6).toLocaleString()} events on the engine…`);
const arns: string[] = [];
for (let i = 0; i < executionCount + longCount; i++) {
  const input = JSON.stringify(i < executionCount ? lines(ITEMS_FOR_250_EVENTS) : lines(longItems));
  const out = await sfn.send(new StartExecutionCommand({ stateMachineArn, name: `order-${i}`, input }));
  arns.push(out.executionArn ?? '');
}
for (const executionArn of arns) {
  while ((await sfn.send(new DescribeExecutionCommand({ executionArn }))).status === 'RUNNING') await new Promise((resolve) => setTimeout(resolve, 10));
}

const source = await saveSource(db, { kind: 'LOCAL', name: 'bench engine', region: 'us-east-1', profile: null, roleArn: null, endpoint: server.endpoint, syncIntervalSec: null, maxRequestsPerSec: null, enabled: true });
let lastPrinted = 0;
const cpuBefore = process.cpuUsage();
const started = performance.now();
const result = await syncSource(db, source.id, {
  onProgress: (progress) => {
    const now = performance.now();
    if (now - lastPrinted < 1000) return;
    lastPrinted = now;
    console.log(`  ${(progress.progress * 100).toFixed(0).padStart(3)}%  ${progress.executionsWritten} executions, ${progress.eventsWritten.toLocaleString()} events, ${progress.requestsMade} requests`);
  },
});
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
// The engine serves from this same process, so this CPU time covers both ends of the wire.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
if (result.status !== 'SUCCEEDED') throw new Error(`sync ended ${result.status}: ${result.status === 'ALREADY_RUNNING' ? '' : result.error}`);
const stored = await db.historyEvent.count();
const { eventsWritten, executionsWritten, requestsMade } = result.progress;
if (stored !== eventsWritten) throw new Error(`stored ${stored} events but the sync counted ${eventsWritten}`);
const perSecond = eventsWritten / seconds;

const again = performance.now();
const second = await syncSource(db, source.id);
const secondSeconds = (performance.now() - again) / 1000;

console.log(`
first sync:       ${executionsWritten} executions, ${eventsWritten.toLocaleString()} history events in ${seconds.toFixed(2)} s
events stored/s:  ${Math.round(perSecond).toLocaleString()} — aim ${EVENTS_PER_SECOND_AIM.toLocaleString()}/s ${perSecond >= EVENTS_PER_SECOND_AIM ? 'OK' : 'UNDER'}
CPU:              ${cpuSeconds.toFixed(2)} s for engine and sync together (${Math.round(eventsWritten / cpuSeconds).toLocaleString()} events per CPU-second; wall time suffers when other processes share the cores)
requests:         ${requestsMade} (${(requestsMade / seconds).toFixed(0)} requests/s; a local source has no ceiling unless maxRequestsPerSec is set)
incremental sync: ${second.status === 'ALREADY_RUNNING' ? '-' : `${second.progress.requestsMade} requests, ${second.progress.executionsWritten} executions written`} in ${(secondSeconds * 1000).toFixed(0)} ms`);

await server.close();
await db.$disconnect();
