// npm run sync — sync every enabled AWS and local source now, or one (--source NAME), with progress.
//   npm run sync -- [--source NAME]
//   npm run sync -- --add-local http://localhost:8083 [--name N] [--region R] [--interval S]
//   npm run sync -- --add-aws eu-west-1 [--profile P] [--role-arn ARN] [--name N] [--interval S] [--max-rps N]
//   (--no-sync adds without syncing)
//   npm run sync -- --list
import os from 'node:os';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { findSourceByName, getDb, listSources, recordAuditEntry, saveSource, SourceNameTakenError, type Db } from '@/lib/db';
import { sourceInputSchema, syncSource, type SyncProgress } from '@/lib/ingest';
import type { SourceOverview } from '@/lib/model';
import { exitWithError } from './lib/exit-with-error';
import { prepareDatabase } from './lib/prepare-database';

const USAGE = `Usage:
  npm run sync                                 sync every enabled AWS and local source
  npm run sync -- --source NAME                sync one source
  npm run sync -- --list                       list sources and their last sync
  npm run sync -- --add-local URL [--name N] [--region R] [--interval S] [--max-rps N]
  npm run sync -- --add-aws REGION [--profile P] [--role-arn ARN] [--name N] [--interval S] [--max-rps N]
                                               (a new source is synced at once; --no-sync to skip)

AWS credentials come from the SDK's default chain (environment, ~/.aws, SSO, instance role), or the named
--profile of it; --role-arn is assumed on top. Statescope stores only the profile and role names.`;

const { values } = parseArgs({
  options: {
    source: { type: 'string' },
    list: { type: 'boolean' },
    'add-local': { type: 'string' },
    'add-aws': { type: 'string' },
    name: { type: 'string' },
    region: { type: 'string' },
    profile: { type: 'string' },
    'role-arn': { type: 'string' },
    interval: { type: 'string' },
    'max-rps': { type: 'string' },
    'no-sync': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

await prepareDatabase({ seed: false }).catch(exitWithError);
const db = await getDb();
const controller = new AbortController();
process.on('SIGINT', () => {
  console.log('\nStopping: the sync is recorded as interrupted; the next one covers the rest.');
  controller.abort(new Error('stopped with Ctrl-C'));
});

let exitCode = 0;
try {
  if (values.list) {
    for (const source of await listSources(db)) console.log(describeSource(source));
  } else if (values['add-local'] !== undefined || values['add-aws'] !== undefined) {
    const added = await addSource(db);
    // A new source is synced at once unless --no-sync.
    exitCode = !added ? 2 : values['no-sync'] ? 0 : await syncSources(db, added);
  } else {
    exitCode = await syncSources(db, values.source);
  }
} finally {
  await db.$disconnect();
}
process.exit(exitCode);

async function addSource(db: Db): Promise<string | null> {
  const kind = values['add-aws'] !== undefined ? 'AWS' : 'LOCAL';
  const parsed = sourceInputSchema.safeParse({
    kind,
    name: values.name ?? (kind === 'AWS' ? `AWS ${values['add-aws']}${values.profile ? ` (${values.profile})` : ''}` : `Local ${values['add-local']}`),
    region: kind === 'AWS' ? values['add-aws'] : values.region,
    profile: values.profile,
    roleArn: values['role-arn'],
    endpoint: values['add-local'],
    syncIntervalSec: values.interval,
    maxRequestsPerSec: values['max-rps'],
    enabled: true,
  });
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    const flag: Record<string, string> = { region: kind === 'AWS' ? '--add-aws' : '--region', endpoint: '--add-local', roleArn: '--role-arn', syncIntervalSec: '--interval', maxRequestsPerSec: '--max-rps' };
    for (const [field, messages] of Object.entries(fieldErrors)) console.error(`${flag[field] ?? `--${field}`}: ${(messages ?? []).join(' ')}`);
    return null;
  }
  try {
    const saved = await saveSource(db, parsed.data);
    await recordAuditEntry(db, { actor: `cli:${os.userInfo().username}`, action: 'source-create', targets: [saved.name], params: { ...parsed.data }, outcome: 'SUCCEEDED' });
    console.log(`Added source "${saved.name}" (${saved.kind} ${saved.kind === 'AWS' ? saved.region : saved.endpoint}).`);
    return saved.name;
  } catch (error) {
    if (error instanceof SourceNameTakenError) {
      console.error(`--name: ${error.message} Pick another with --name.`);
      return null;
    }
    throw error;
  }
}

async function syncSources(db: Db, name: string | undefined): Promise<number> {
  let sources: SourceOverview[];
  if (name) {
    const source = await findSourceByName(db, name);
    if (!source) {
      console.error(`No source named "${name}". Known: ${(await listSources(db)).map((s) => s.name).join(', ') || '(none; add one with --add-local or --add-aws)'}`);
      return 2;
    }
    if (source.kind === 'IMPORT') {
      console.error(`"${name}" holds imported files; there is nothing to sync from.`);
      return 2;
    }
    sources = (await listSources(db)).filter((s) => s.id === source.id);
  } else {
    sources = (await listSources(db)).filter((s) => s.enabled && s.kind !== 'IMPORT');
    if (sources.length === 0) {
      console.log('No AWS or local sources to sync. Add one: npm run sync -- --add-local http://localhost:8083');
      return 0;
    }
  }
  let failures = 0;
  for (const source of sources) {
    if (controller.signal.aborted) break;
    console.log(`${source.name} (${source.kind === 'AWS' ? `AWS ${source.region}` : source.endpoint}):`);
    const started = performance.now();
    const printer = createProgressPrinter();
    const result = await syncSource(db, source.id, { signal: controller.signal, onProgress: printer.update });
    printer.done();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (result.status === 'ALREADY_RUNNING') {
      console.log('  another sync of this source is running (the dashboard or npm start); skipped');
      continue;
    }
    const p = result.progress;
    console.log(`  ${result.status} in ${seconds} s: ${p.stateMachinesSeen} state machine(s), ${p.executionsSeen} execution(s) seen, ${p.executionsWritten} written, ${p.eventsWritten.toLocaleString()} event(s), ${p.requestsMade} request(s)${p.throttledRequests ? `, ${p.throttledRequests} throttled` : ''}`);
    for (const note of p.notes) console.log(`  note: ${note}`);
    if (result.error) for (const line of result.error.split('\n')) console.log(`  error: ${line}`);
    if (result.status !== 'SUCCEEDED') failures++;
  }
  return failures > 0 ? 1 : 0;
}

/** One line rewritten in place on a terminal; a line a second otherwise (CI logs). */
function createProgressPrinter() {
  const tty = process.stdout.isTTY;
  let lastLine = 0;
  let printed = false;
  return {
    update(progress: SyncProgress) {
      const now = performance.now();
      if (now - lastLine < (tty ? 100 : 1000)) return;
      lastLine = now;
      const width = 24;
      const filled = Math.round(progress.progress * width);
      const line = `  [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(progress.progress * 100).toFixed(0).padStart(3)}%  ${progress.step} — ${progress.executionsWritten} executions, ${progress.eventsWritten.toLocaleString()} events, ${progress.requestsMade} requests`;
      if (tty) process.stdout.write(`\r${line.slice(0, (process.stdout.columns || 120) - 1).padEnd((process.stdout.columns || 120) - 1)}`);
      else console.log(line);
      printed = true;
    },
    done() {
      if (tty && printed) process.stdout.write('\n');
    },
  };
}

function describeSource(source: SourceOverview): string {
  const where = source.kind === 'AWS' ? `AWS ${source.region}${source.profile ? `, profile ${source.profile}` : ''}${source.roleArn ? `, role ${source.roleArn}` : ''}` : source.kind === 'LOCAL' ? source.endpoint : 'imported files';
  const run = source.lastRun;
  const last = run ? `last sync ${run.status} ${run.startedAt.toISOString()} (${run.executionsWritten} written, ${run.eventsWritten} events)` : 'never synced';
  const interval = source.syncIntervalSec ? `every ${source.syncIntervalSec} s` : 'manual';
  return `${source.name}: ${where}; ${source.enabled ? interval : 'disabled'}; ${source.executionCount} executions; ${last}`;
}
