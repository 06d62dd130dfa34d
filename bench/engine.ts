/**
 * Engine throughput, side by side with aws-local-stepfunctions (the npm peer).
 * Run: npm run bench:engine  (node --expose-gc --import tsx bench/engine.ts)
 * Our engine records the full AWS-format history for every execution; the peer records none.
 * Each workload runs once per side to warm up, then five times per side, alternating, after a full GC
 * each; the table gives each side's median run. `npm run bench:engine -- <words>` runs the matching workloads.
 * `npm run bench:engine -- --baseline <dir> [words]` adds the engine of another checkout (a worktree of the
 * commit before a change) as a third side, so the table reads old against new from the same run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { configureDb, createDb, createEngineStorageBackend } from '@/lib/db';
import { createDurableStorage, createEngine, createVirtualClock, type Engine, type EngineStorage } from '@/lib/engine';
import { loadBaselineEngine, type EngineLib } from './load-baseline-engine';

const current: EngineLib = { createEngine, createVirtualClock, createDurableStorage };

// aws-local-stepfunctions v3 calls Promise.withResolvers, which Node 20 lacks.
type Resolvers<T> = { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void };
const P = Promise as unknown as { withResolvers?: <T>() => Resolvers<T> };
if (!P.withResolvers) {
  P.withResolvers = <T>() => {
    let resolve!: (v: T) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

type Definition = Record<string, unknown>;
type Workload = {
  name: string;
  definition: Definition;
  input: unknown;
  executions: number;
  /** State transitions (states entered, retries counted as attempts) per execution. */
  transitionsPerExecution: number;
  concurrent?: boolean;
  peer?: boolean;
  taskHandler?: 'flaky';
  type?: 'STANDARD' | 'EXPRESS';
  /** Histories written to a SQLite file (durable storage) instead of kept in memory; the time includes the last write. */
  durable?: boolean;
};

const gc = (globalThis as { gc?: () => void }).gc;

function passChain(n: number): Definition {
  const States: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    States[`S${i}`] = {
      Type: 'Pass',
      Parameters: { 'value.$': '$.value', 'step': i, 'meta.$': '$.meta' },
      ResultPath: '$',
      ...(i === n - 1 ? { End: true } : { Next: `S${i + 1}` }),
    };
  }
  return { StartAt: 'S0', States };
}

function branch(n: number, b: number): Definition {
  const States: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    States[`B${b}S${i}`] = { Type: 'Pass', ResultPath: `$.s${i}`, Result: i, ...(i === n - 1 ? { End: true } : { Next: `B${b}S${i + 1}` }) };
  }
  return { StartAt: `B${b}S0`, States };
}

function jsonataChain(n: number): Definition {
  const States: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    States[`J${i}`] = { Type: 'Pass', Output: '{% {"n": $states.input.n + 1, "tag": $states.input.tag} %}', ...(i === n - 1 ? { End: true } : { Next: `J${i + 1}` }) };
  }
  return { QueryLanguage: 'JSONata', StartAt: 'J0', States };
}

const items = Array.from({ length: 10_000 }, (_, i) => ({ id: i }));

const workloads: Workload[] = [
  { name: 'Pass chain 200 (JSONPath Parameters/ResultPath) ×500', definition: passChain(200), input: { value: 1, meta: { a: 'b' } }, executions: 500, transitionsPerExecution: 200, peer: true },
  {
    name: 'Inline Map over 10,000 items',
    definition: {
      StartAt: 'M',
      States: { M: { Type: 'Map', MaxConcurrency: 0, ItemsPath: '$.items', ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: 'P', States: { P: { Type: 'Pass', Parameters: { 'id.$': '$.id' }, End: true } } }, ResultPath: null, End: true } },
    },
    input: { items },
    executions: 3,
    transitionsPerExecution: 10_001,
    // 40,000 events: over Standard's 25,000-event history limit, so it runs as Express (as it must on AWS).
    type: 'EXPRESS',
    peer: true,
  },
  {
    name: 'Parallel 10 branches × 20 states ×1,000',
    definition: { StartAt: 'Par', States: { Par: { Type: 'Parallel', Branches: Array.from({ length: 10 }, (_, b) => branch(20, b)), ResultPath: null, End: true } } },
    input: { x: 1 },
    executions: 1_000,
    transitionsPerExecution: 201,
    peer: true,
  },
  {
    name: 'Retrying Task (2 failures, back-off) ×500',
    definition: {
      StartAt: 'T',
      States: { T: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:111111111111:function:flaky', Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 2 }], Next: 'Done' }, Done: { Type: 'Pass', End: true } },
    },
    input: { n: 1 },
    executions: 500,
    transitionsPerExecution: 4,
    peer: true,
    taskHandler: 'flaky',
  },
  {
    name: '1,000 concurrent executions (10 Pass + Wait 5 s)',
    definition: { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 5, Next: 'S0' }, ...(passChain(10).States as Record<string, unknown>) } },
    input: { value: 1, meta: {} },
    executions: 1_000,
    transitionsPerExecution: 11,
    concurrent: true,
    peer: true,
  },
  { name: 'JSONata chain 50 ×200', definition: jsonataChain(50), input: { n: 0, tag: 'x' }, executions: 200, transitionsPerExecution: 50, peer: false },
  {
    name: 'Pass chain 200 ×100, durable (SQLite)',
    definition: passChain(200),
    input: { value: 1, meta: { a: 'b' } },
    executions: 100,
    transitionsPerExecution: 200,
    peer: false,
    durable: true,
  },
];

type Result = { seconds: number; transitions: number; peakHeapMb: number };

function flaky(): (input: unknown) => unknown {
  const attempts = new WeakMap<object, number>();
  let counter = 0;
  void attempts;
  return (input) => {
    counter++;
    if (counter % 3 !== 0) throw new Error('transient');
    return input;
  };
}

/** A migrated SQLite file and the engine's durable storage on it. */
async function openDurableStorage(lib: EngineLib): Promise<{ storage: EngineStorage & { close(): Promise<void> }; done: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'statescope-bench-engine-'));
  const url = `file:${path.join(dir, 'bench.db')}`;
  execFileSync(path.join('node_modules', '.bin', 'prisma'), ['migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: url }, stdio: 'pipe' });
  const db = createDb(url);
  await configureDb(db, url);
  const storage = await lib.createDurableStorage(createEngineStorageBackend(db));
  return {
    storage,
    done: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function runOurs(w: Workload, lib: EngineLib): Promise<Result> {
  gc?.();
  const clock = lib.createVirtualClock({ autoAdvance: true });
  const durable = w.durable ? await openDurableStorage(lib) : undefined;
  const engine: Engine = lib.createEngine({ clock, storage: durable?.storage });
  if (w.taskHandler === 'flaky') engine.registerHandler('flaky', flaky());
  const { stateMachineArn } = engine.createStateMachine({ name: 'bench', definition: JSON.stringify(w.definition), type: w.type });
  const input = JSON.stringify(w.input);
  let peak = 0;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().heapUsed));
  const start = performance.now();
  if (w.concurrent) {
    const arns = Array.from({ length: w.executions }, () => engine.startExecution({ stateMachineArn, input }).executionArn);
    sample();
    await Promise.all(arns.map((a) => engine.waitForExecution(a)));
  } else {
    for (let i = 0; i < w.executions; i++) {
      const { executionArn } = engine.startExecution({ stateMachineArn, input });
      const d = await engine.waitForExecution(executionArn);
      if (d.status !== 'SUCCEEDED') throw new Error(`${w.name}: ${d.status} ${d.error ?? ''} ${d.cause ?? ''}`);
      if (i % 50 === 0) sample();
    }
  }
  await durable?.storage.close();
  const seconds = (performance.now() - start) / 1000;
  sample();
  await durable?.done();
  return { seconds, transitions: w.executions * w.transitionsPerExecution, peakHeapMb: peak / 2 ** 20 };
}

async function runPeer(w: Workload): Promise<Result | undefined> {
  if (!w.peer) return undefined;
  const { StateMachine } = await import('aws-local-stepfunctions');
  gc?.();
  const sm = new StateMachine(w.definition as never, { validationOptions: { checkArn: false, checkPaths: false } });
  const handler = flaky();
  const overrides = {
    taskResourceLocalHandlers: w.taskHandler ? { T: async (input: unknown) => handler(input) as never } : undefined,
    waitTimeOverrides: { W: 0 },
    retryIntervalOverrides: { T: 0 },
  };
  let peak = 0;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().heapUsed));
  const start = performance.now();
  if (w.concurrent) {
    const runs = Array.from({ length: w.executions }, () => sm.run(w.input as never, { overrides }).result);
    sample();
    await Promise.all(runs);
  } else {
    for (let i = 0; i < w.executions; i++) {
      await sm.run(w.input as never, { overrides }).result;
      if (i % 50 === 0) sample();
    }
  }
  const seconds = (performance.now() - start) / 1000;
  sample();
  return { seconds, transitions: w.executions * w.transitionsPerExecution, peakHeapMb: peak / 2 ** 20 };
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** Measured runs per side: each side is warmed up by one full run first, and the median is reported. */
const ROUNDS = 5;

function median(results: Result[]): Result {
  const sorted = [...results].sort((x, y) => x.transitions / x.seconds - y.transitions / y.seconds);
  return sorted[Math.floor(sorted.length / 2)];
}

function rate(r: Result | undefined): number | undefined {
  return r ? r.transitions / r.seconds : undefined;
}

function ratio(x: number | undefined, y: number | undefined): string {
  return x !== undefined && y !== undefined ? (x / y).toFixed(2) + '×' : 'n/a';
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--baseline');
  const baselineDir = at >= 0 ? args.splice(at, 2)[1] : undefined;
  if (at >= 0 && !baselineDir) throw new Error('--baseline needs a directory');
  const baseline = baselineDir ? await loadBaselineEngine(baselineDir) : undefined;
  const only = args[0];
  console.log(`Median of ${ROUNDS} runs per side after one warm-up run each, the sides alternating.`);
  if (baseline) {
    console.log(`old: ${baselineDir}; new: this checkout.`);
    console.log('| workload | old transitions/s | new transitions/s | new ÷ old | new peak heap MB | peer transitions/s | new ÷ peer |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  } else {
    console.log('| workload | ours transitions/s | ours peak heap MB | peer transitions/s | peer peak heap MB | ratio |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  }
  for (const w of workloads) {
    if (only && !w.name.toLowerCase().includes(only.toLowerCase())) continue;
    const ours: Result[] = [];
    const old: Result[] = [];
    const peer: Result[] = [];
    let peerFailed = !w.peer;
    for (let round = 0; round <= ROUNDS; round++) {
      if (baseline) {
        const b = await runOurs(w, baseline);
        if (round > 0) old.push(b);
      }
      const o = await runOurs(w, current);
      if (round > 0) ours.push(o);
      if (peerFailed) continue;
      try {
        const p = await runPeer(w);
        if (round > 0 && p) peer.push(p);
      } catch (err) {
        console.error(`peer failed on ${w.name}: ${err instanceof Error ? err.message : String(err)}`);
        peerFailed = true;
      }
    }
    const o = median(ours);
    const p = peer.length > 0 ? median(peer) : undefined;
    const oursRate = rate(o) as number;
    const peerRate = rate(p);
    if (baseline) {
      const oldRate = rate(median(old));
      console.log(
        `| ${w.name} | ${fmt(oldRate as number)} | ${fmt(oursRate)} | ${ratio(oursRate, oldRate)} | ${o.peakHeapMb.toFixed(0)} | ${peerRate ? fmt(peerRate) : 'n/a'} | ${ratio(oursRate, peerRate)} |`,
      );
      continue;
    }
    console.log(
      `| ${w.name} | ${fmt(oursRate)} | ${o.peakHeapMb.toFixed(0)} | ${peerRate ? fmt(peerRate) : 'n/a'} | ${p ? p.peakHeapMb.toFixed(0) : 'n/a'} | ${peerRate ? (oursRate / peerRate).toFixed(1) + '×' : 'n/a'} |`,
    );
  }
}

void main();
