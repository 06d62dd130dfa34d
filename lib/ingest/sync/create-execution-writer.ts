import { saveExecution, saveExecutions, type Db, type SaveExecutionResult, type SaveExecutionTarget } from '@/lib/db';
import type { ExecutionRecord } from '@/lib/model';

/** A batch is written once it holds this many events or executions (one transaction each). */
const BATCH_EVENTS = 10_000;
const BATCH_EXECUTIONS = 200;
/** …or once its oldest record has waited this long, so a slow sync still shows progress and keeps its work. */
const BATCH_MAX_WAIT_MS = 1_000;
/** Readers wait while this many events are waiting to be written, so memory stays bounded. */
const MAX_QUEUED_EVENTS = 4 * BATCH_EVENTS;

type Pending = { target: SaveExecutionTarget; record: ExecutionRecord; resolve: (result: SaveExecutionResult) => void; reject: (error: unknown) => void };

export type ExecutionWriter = {
  /** Queues a record; resolves once there is room to read more, with a promise of its save. */
  add(target: SaveExecutionTarget, record: ExecutionRecord): Promise<{ saved: Promise<SaveExecutionResult> }>;
  /** Writes what is queued and waits for every write so far. */
  flush(): Promise<void>;
};

/**
 * Batches execution saves: histories are read concurrently and written a batch per transaction, one batch
 * at a time (SQLite has one writer). A batch that fails is retried one execution at a time, so one bad
 * record costs only itself.
 */
export function createExecutionWriter(db: Db): ExecutionWriter {
  let pending: Pending[] = [];
  let pendingEvents = 0;
  let pendingSince = 0;
  let queuedEvents = 0;
  let chain: Promise<void> = Promise.resolve();

  const write = async (batch: Pending[]) => {
    const events = batch.reduce((sum, item) => sum + item.record.events.length, 0);
    try {
      const results = await saveExecutions(db, batch.map(({ target, record }) => ({ target, record })));
      batch.forEach((item, index) => item.resolve(results[index]));
    } catch {
      for (const item of batch) {
        await saveExecution(db, item.target, item.record).then(item.resolve, item.reject);
      }
    } finally {
      queuedEvents -= events;
    }
  };

  const flushPending = () => {
    if (pending.length === 0) return chain;
    const batch = pending;
    pending = [];
    pendingEvents = 0;
    chain = chain.then(() => write(batch));
    return chain;
  };

  return {
    async add(target, record) {
      const saved = new Promise<SaveExecutionResult>((resolve, reject) => pending.push({ target, record, resolve, reject }));
      // The caller handles the outcome once add returns; until then a failure must not count as unhandled.
      saved.catch(() => undefined);
      if (pending.length === 1) pendingSince = Date.now();
      pendingEvents += record.events.length;
      queuedEvents += record.events.length;
      if (pendingEvents >= BATCH_EVENTS || pending.length >= BATCH_EXECUTIONS || Date.now() - pendingSince >= BATCH_MAX_WAIT_MS) void flushPending();
      while (queuedEvents > MAX_QUEUED_EVENTS) await flushPending();
      return { saved };
    },
    async flush() {
      await flushPending();
      await chain;
    },
  };
}
