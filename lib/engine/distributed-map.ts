import { readFile, readdir, stat, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { compileJsonataTemplate, compilePayloadTemplate, isRecord, StatesError } from '@/lib/asl';
import type { StateMachineType } from '@/lib/model';
import type { CompiledMachine, CompiledState } from './compile-state-machine';
import { ExecutionInterrupted } from './errors';
import { jsonText, type DistributedMapRequest, type Execution, type ExecutionHost, type Thread } from './execution';
import { PropagatedError } from './propagated-error';
import type { StoredExecution } from './storage';

/** Distributed Map's own limit on parallel child executions: ../shared/reference/quotas.md §2. */
const MAX_CHILD_CONCURRENCY = 10_000;
/** Children started at once locally; beyond this they queue (keeps memory flat). */
const LOCAL_CHILD_CONCURRENCY = 1_000;

type ChildMachine = { stateMachineArn: string; name: string; type: StateMachineType; roleArn: string };

/** How a Map Run reaches its child executions (the engine starts, lists and revives them). */
export type MapRunChildren = {
  list(mapRunArn: string): StoredExecution[];
  start(
    sm: ChildMachine,
    machine: CompiledMachine,
    init: { executionArn: string; name: string; input: string; startTime: number; mapRunArn: string; mapItemIndex: number },
  ): Execution;
  /** A child from before: resumed as it was, or redriven. */
  revive(e: StoredExecution, sm: ChildMachine, machine: CompiledMachine, redrive: boolean): Promise<Execution>;
};

type Args = {
  exec: Execution;
  thread: Thread;
  state: CompiledState;
  request: DistributedMapRequest;
  host: ExecutionHost;
  localBucketRoot: string | undefined;
  children: MapRunChildren;
};

/**
 * A Distributed Map: items (inline, or read by ItemReader from local files standing in for S3) are
 * batched and run as child executions with their own histories; the parent records only the Map Run.
 */
export async function runDistributedMap(args: Args): Promise<unknown> {
  const { exec, thread, state, request, host } = args;
  const def = state.def;
  const reader = isRecord(def.ItemReader) ? def.ItemReader : undefined;
  let items: unknown[];
  if (reader) {
    items = await readItems(args, reader);
  } else items = request.items ?? [];
  exec.emit(thread, 'MapStateStarted', 'mapStateStartedEventDetails', { length: reader ? 0 : items.length });

  const config = request.config();
  const processorDef = def.ItemProcessor ?? def.Iterator;
  const processorConfig = isRecord(processorDef) && isRecord(processorDef.ProcessorConfig) ? processorDef.ProcessorConfig : {};
  const label = typeof def.Label === 'string' ? def.Label : undefined;
  // A redrive re-runs the Map Run it failed in (MapRunRedriven); a replay finds the one it started.
  const rerun = thread.rerun;
  thread.rerun = undefined;
  let runId = host.ids.uuid();
  let mapRunArn: string;
  /** Children started from here on belong to this run of the Map; older ones are from before a redrive. */
  let eraStart = -Infinity;
  if (rerun?.mapRunArn !== undefined) {
    mapRunArn = rerun.mapRunArn;
    const id = exec.emit(thread, 'MapRunRedriven', 'mapRunRedrivenEventDetails', { mapRunArn, redriveCount: rerun.mapRunRedriveCount });
    // Live, every earlier child is from before; replayed (a restart after the redrive), the ones
    // started or redriven since the recorded MapRunRedriven belong to it.
    eraStart = exec.lastMatched?.id === id ? exec.lastMatched.timestamp : Infinity;
  } else {
    mapRunArn = `arn:aws:states:${host.region}:${host.account}:mapRun:${exec.stateMachineName}/${label ?? runId}:${host.ids.uuid()}`;
    const id = exec.emit(thread, 'MapRunStarted', 'mapRunStartedEventDetails', { mapRunArn });
    const recorded = exec.lastMatched?.id === id ? (exec.lastMatched.details as { mapRunArn?: unknown } | undefined)?.mapRunArn : undefined;
    if (typeof recorded === 'string') mapRunArn = recorded;
  }
  if (label === undefined) runId = mapRunArn.slice(mapRunArn.lastIndexOf('/') + 1, mapRunArn.lastIndexOf(':'));
  const before = exec.replaying || rerun?.mapRunArn !== undefined ? latestByIndex(args.children.list(mapRunArn)) : new Map<number, StoredExecution>();

  const inputs = await childInputs(args, items);
  const concurrency = Math.min(config.maxConcurrency === 0 ? MAX_CHILD_CONCURRENCY : config.maxConcurrency, LOCAL_CHILD_CONCURRENCY);
  const results: unknown[] = new Array(inputs.length);
  const failures: { Error: string; Cause: string }[] = [];
  let failed = 0;
  let next = 0;
  const childType = processorConfig.ExecutionType === 'EXPRESS' ? 'EXPRESS' : 'STANDARD';
  const childName = `${exec.stateMachineName}/${label ?? runId}`;
  const childMachine: ChildMachine = { stateMachineArn: `arn:aws:states:${host.region}:${host.account}:stateMachine:${childName}`, name: childName, type: childType, roleArn: exec.roleArn };
  const processor = stateProcessor(state);
  const collect = (i: number, child: Pick<StoredExecution, 'status' | 'output' | 'error' | 'cause'>) => {
    if (child.status === 'SUCCEEDED') results[i] = child.output === undefined ? null : (JSON.parse(child.output) as unknown);
    else {
      failed++;
      const f = { Error: child.error ?? 'States.Runtime', Cause: child.cause ?? '' };
      failures.push(f);
      results[i] = f;
    }
  };
  const childFor = async (i: number): Promise<Execution | undefined> => {
    const prior = before.get(i);
    if (prior !== undefined) {
      const current = (prior.redriveDate ?? prior.startDate) >= eraStart;
      if (prior.status === 'RUNNING') return args.children.revive(prior, childMachine, processor, false);
      if (current || prior.status === 'SUCCEEDED') {
        collect(i, prior);
        return undefined;
      }
      // Unsuccessful before this redrive: Standard children are redriven, Express ones run again.
      if (childType === 'STANDARD') return args.children.revive(prior, childMachine, processor, true);
    }
    const name = host.ids.uuid();
    return args.children.start(childMachine, processor, {
      executionArn: `arn:aws:states:${host.region}:${host.account}:${childType === 'EXPRESS' ? 'express' : 'execution'}:${childName}:${name}`,
      name,
      input: jsonText(inputs[i]),
      startTime: host.clock.now(),
      mapRunArn,
      mapItemIndex: i,
    });
  };
  const runChild = async (i: number): Promise<void> => {
    const child = await childFor(i);
    if (!child) return;
    const stop = () => child.stop('States.Aborted', 'The Map Run was aborted');
    thread.signal.addEventListener('abort', stop, { once: true });
    await child.done;
    thread.signal.removeEventListener('abort', stop);
    collect(i, child);
  };
  const worker = async (): Promise<void> => {
    while (next < inputs.length && !thread.signal.aborted) await runChild(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, inputs.length) }, worker));
  if (thread.signal.aborted) {
    const reason: unknown = thread.signal.reason;
    throw reason instanceof ExecutionInterrupted ? reason : new ExecutionInterrupted('aborted');
  }

  const total = inputs.length;
  const { toleratedFailureCount: c, toleratedFailurePercentage: p } = config;
  const withinTolerance =
    failed === 0 || (c !== undefined && failed <= c) || (p !== undefined && total > 0 && (failed / total) * 100 <= p);
  const writer = isRecord(def.ResultWriter) ? def.ResultWriter : undefined;
  let output: unknown = results;
  if (writer) output = await writeResults(args, writer, mapRunArn, runId, inputs, results, failures);
  if (!withinTolerance) {
    const error = 'States.ExceedToleratedFailureThreshold';
    const cause = 'The specified tolerated failure threshold was exceeded';
    exec.emit(thread, 'MapRunFailed', 'mapRunFailedEventDetails', { error, cause });
    throw new PropagatedError(error, cause);
  }
  // Most recordings (2024) point MapStateExited at MapRunSucceeded; a few later ones at MapRunStarted.
  exec.emit(thread, 'MapRunSucceeded', undefined, undefined);
  exec.emit(thread, 'MapStateSucceeded', undefined, undefined, false);
  return output;
}

/** The newest child per item index (an Express child run again after a redrive replaces the old one). */
function latestByIndex(children: StoredExecution[]): Map<number, StoredExecution> {
  const byIndex = new Map<number, StoredExecution>();
  for (const c of children) {
    if (c.mapItemIndex === undefined) continue;
    const seen = byIndex.get(c.mapItemIndex);
    if (!seen || seen.startDate < c.startDate) byIndex.set(c.mapItemIndex, c);
  }
  return byIndex;
}

function stateProcessor(state: CompiledState) {
  if (!state.processor) throw new StatesError('States.Runtime', 'Map state has no ItemProcessor');
  return state.processor;
}

async function childInputs(args: Args, items: unknown[]): Promise<unknown[]> {
  const { exec, thread, state } = args;
  const def = state.def;
  const selected: unknown[] = [];
  for (let i = 0; i < items.length; i++) {
    const t: Thread = { ...thread, mapItem: { Index: i, Value: items[i] }, context: undefined };
    if (state.itemSelector) selected.push(exec.evalTemplate(t, state.itemSelector, args.request.effectiveInput));
    else if (state.itemSelectorJsonata) selected.push(await state.itemSelectorJsonata.evaluate(exec.bindings(t, { input: args.request.effectiveInput })));
    else selected.push(items[i]);
  }
  const batcher = isRecord(def.ItemBatcher) ? def.ItemBatcher : undefined;
  if (!batcher) return selected;
  const maxItems = typeof batcher.MaxItemsPerBatch === 'number' ? batcher.MaxItemsPerBatch : Infinity;
  const maxBytes = typeof batcher.MaxInputBytesPerBatch === 'number' ? batcher.MaxInputBytesPerBatch : 256 * 1024;
  let batchInput: unknown = batcher.BatchInput;
  if (batchInput !== undefined && !state.jsonata) {
    batchInput = exec.evalTemplate(thread, compilePayloadTemplate(batchInput), args.request.effectiveInput);
  } else if (batchInput !== undefined) {
    batchInput = await compileJsonataTemplate(batchInput, 'ItemBatcher/BatchInput').evaluate(exec.bindings(thread, { input: args.request.effectiveInput }));
  }
  const batches: unknown[] = [];
  let current: unknown[] = [];
  let bytes = 0;
  for (const item of selected) {
    const size = Buffer.byteLength(jsonText(item));
    if (current.length > 0 && (current.length >= maxItems || bytes + size > maxBytes)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches.map((b) => (isRecord(batchInput) ? { BatchInput: batchInput, Items: b } : { Items: b }));
}

async function readerParameters(args: Args, reader: Record<string, unknown>): Promise<Record<string, unknown>> {
  const { exec, thread, state } = args;
  const raw = reader.Parameters ?? reader.Arguments ?? {};
  let value: unknown;
  if (state.jsonata) value = await compileJsonataTemplate(raw, 'ItemReader/Arguments').evaluate(exec.bindings(thread, { input: args.request.effectiveInput }));
  else value = exec.evalTemplate(thread, compilePayloadTemplate(raw), args.request.effectiveInput);
  return isRecord(value) ? value : {};
}

function bucketPath(args: Args, bucket: unknown, key: unknown): string {
  if (!args.localBucketRoot) {
    throw new PropagatedError('States.ItemReaderFailed', 'No local bucket folder is configured (EngineOptions.localBucketRoot).');
  }
  const full = path.resolve(args.localBucketRoot, String(bucket ?? ''), String(key ?? ''));
  if (!full.startsWith(path.resolve(args.localBucketRoot))) throw new PropagatedError('States.ItemReaderFailed', `Invalid key: ${String(key)}`);
  return full;
}

async function readItems(args: Args, reader: Record<string, unknown>): Promise<unknown[]> {
  const params = await readerParameters(args, reader);
  const config = isRecord(reader.ReaderConfig) ? reader.ReaderConfig : {};
  const resource = typeof reader.Resource === 'string' ? reader.Resource : '';
  const maxItems = typeof config.MaxItems === 'number' ? config.MaxItems : Infinity;
  try {
    let items: unknown[];
    if (resource.endsWith('s3:listObjectsV2')) {
      const dir = bucketPath(args, params.Bucket, params.Prefix ?? '');
      const names = (await readdir(dir, { recursive: true })).map(String).sort();
      items = [];
      for (const name of names) {
        const st = await stat(path.join(dir, name));
        if (!st.isFile()) continue;
        items.push({ Key: path.posix.join(String(params.Prefix ?? ''), name.split(path.sep).join('/')), Size: st.size, LastModified: st.mtime.toISOString(), StorageClass: 'STANDARD' });
      }
    } else {
      const text = await readFile(bucketPath(args, params.Bucket, params.Key), 'utf8');
      const type = typeof config.InputType === 'string' ? config.InputType : 'JSON';
      if (type === 'JSON') {
        const parsed: unknown = JSON.parse(text);
        if (!Array.isArray(parsed)) throw new Error('The JSON file does not hold an array');
        items = parsed;
      } else if (type === 'JSONL') {
        items = text.split(/\r?\n/).filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as unknown);
      } else if (type === 'CSV') {
        const headers = config.CSVHeaderLocation === 'GIVEN' && Array.isArray(config.CSVHeaders) ? config.CSVHeaders.map(String) : undefined;
        const rows = parseCsv(text, { columns: headers ?? true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
        items = rows;
      } else throw new Error(`Unsupported InputType ${type}`);
    }
    return items.slice(0, maxItems);
  } catch (err) {
    if (err instanceof StatesError) throw err;
    throw new PropagatedError('States.ItemReaderFailed', err instanceof Error ? err.message : String(err));
  }
}

async function writeResults(
  args: Args,
  writer: Record<string, unknown>,
  mapRunArn: string,
  runId: string,
  inputs: unknown[],
  results: unknown[],
  failures: unknown[],
): Promise<unknown> {
  const params = await readerParameters(args, writer);
  const prefix = String(params.Prefix ?? '');
  const base = path.posix.join(prefix, runId);
  const dir = bucketPath(args, params.Bucket, base);
  await mkdir(dir, { recursive: true });
  const succeeded = results.filter((_, i) => !failures.includes(results[i])).map((r, i) => ({ Input: jsonText(inputs[i]), Output: jsonText(r), Status: 'SUCCEEDED' }));
  const failed = failures.map((f) => ({ ...(f as Record<string, unknown>), Status: 'FAILED' }));
  await writeFile(path.join(dir, 'SUCCEEDED_0.json'), JSON.stringify(succeeded));
  if (failed.length > 0) await writeFile(path.join(dir, 'FAILED_0.json'), JSON.stringify(failed));
  const manifest = {
    DestinationBucket: params.Bucket,
    MapRunArn: mapRunArn,
    ResultFiles: {
      FAILED: failed.length > 0 ? [{ Key: `${base}/FAILED_0.json`, Size: 0 }] : [],
      PENDING: [],
      SUCCEEDED: [{ Key: `${base}/SUCCEEDED_0.json`, Size: 0 }],
    },
  };
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  return { MapRunArn: mapRunArn, ResultWriterDetails: { Bucket: params.Bucket, Key: `${base}/manifest.json` } };
}
