import { findSource, recordAuditEntry, type Db } from '@/lib/db';
import { createSourceClients, type SourceClients } from '../create-source-clients';
import type { SyncClock } from '../sync/create-rate-limiter';
import { describeAwsError } from '../sync/aws-error';
import { syncExecutions } from '../sync/sync-executions';
import type { ActionResult, ActionTarget, ExecutionAction } from './execution-action';
import { getActionRateLimits } from './get-action-rate-limits';
import { runExecutionActions, type ActionSource } from './run-execution-actions';

export type SkippedExecution = { executionArn: string; message: string };

/** What a bulk action reports while it runs (streamed to the page as JSON lines). */
export type ActionProgressEvent =
  | { type: 'start'; total: number; skipped: number }
  | { type: 'result'; result: ActionResult; done: number; total: number }
  | { type: 'synced'; synced: number; failed: number; message?: string }
  | { type: 'done'; outcome: ActionOutcome; succeeded: number; failed: number; skipped: number; auditEntryId: number };

export type ActionOutcome = 'SUCCEEDED' | 'PARTIAL' | 'FAILED';

export type PerformExecutionActionOptions = {
  /** The operator's id, for the audit log. */
  actor: string;
  action: ExecutionAction;
  /** The eligible executions to act on. */
  targets: readonly ActionTarget[];
  /** Selected executions that are not acted on, with the reason (kept in the audit entry). */
  skipped: readonly SkippedExecution[];
  onProgress?: (event: ActionProgressEvent) => void;
  /** Clients to use instead of each source's own (tests). */
  clients?: ReadonlyMap<number, SourceClients>;
  clock?: SyncClock;
  random?: () => number;
  signal?: AbortSignal;
};

export type PerformExecutionActionResult = {
  outcome: ActionOutcome;
  results: ActionResult[];
  auditEntryId: number;
};

/** Audit params keep at most this many skipped executions and this much task output. */
const MAX_AUDITED_SKIPS = 200;
const MAX_AUDITED_OUTPUT_CHARS = 4_096;

/**
 * Runs an action on the eligible executions through their sources' APIs, re-reads those executions so the
 * pages show what changed (status, redriveCount, redriveStatus), and writes one audit entry: who, what,
 * on which executions, and each one's result.
 */
export async function performExecutionAction(db: Db, options: PerformExecutionActionOptions): Promise<PerformExecutionActionResult> {
  const { targets } = options;
  options.onProgress?.({ type: 'start', total: targets.length, skipped: options.skipped.length });

  const sourceIds = [...new Set(targets.map((target) => target.sourceId))];
  const sources = new Map<number, ActionSource>();
  const unreachable = new Map<number, string>();
  for (const sourceId of sourceIds) {
    const source = await findSource(db, sourceId);
    if (!source) {
      unreachable.set(sourceId, `Source ${sourceId} no longer exists.`);
      continue;
    }
    try {
      const clients = options.clients?.get(sourceId) ?? createSourceClients(source, { maxAttempts: 1 });
      sources.set(sourceId, { sfn: clients.sfn, limits: getActionRateLimits(source) });
    } catch (error) {
      unreachable.set(sourceId, `Source "${source.name}": ${(error as Error).message}`);
    }
  }

  let done = 0;
  const progress = (result: ActionResult) => options.onProgress?.({ type: 'result', result, done: ++done, total: targets.length });
  const results: ActionResult[] = [];
  const reachable = targets.filter((target) => !unreachable.has(target.sourceId));
  for (const target of targets) {
    const problem = unreachable.get(target.sourceId);
    if (!problem) continue;
    const result = { executionArn: target.executionArn, ok: false, message: problem, attempts: 0, throttled: 0 };
    results.push(result);
    progress(result);
  }
  results.push(
    ...(await runExecutionActions({ action: options.action, targets: reachable, sources, clock: options.clock, random: options.random, signal: options.signal, onResult: progress })),
  );

  await resync(db, reachable, options);

  const succeeded = results.filter((result) => result.ok).length;
  const outcome: ActionOutcome = succeeded === results.length && results.length > 0 ? 'SUCCEEDED' : succeeded === 0 ? 'FAILED' : 'PARTIAL';
  const auditEntryId = await recordAuditEntry(db, {
    actor: options.actor,
    action: options.action.kind,
    targets: targets.map((target) => target.executionArn),
    params: {
      ...toAuditedParams(options.action),
      ...(targets.some((target) => target.taskRoute) ? { taskRoutes: [...new Set(targets.map((target) => target.taskRoute?.via ?? 'none'))] } : {}),
      skippedCount: options.skipped.length,
      skipped: options.skipped.slice(0, MAX_AUDITED_SKIPS).map((skip) => ({ arn: skip.executionArn, reason: skip.message })),
      throttledRequests: results.reduce((sum, result) => sum + result.throttled, 0),
    },
    outcome,
    results: results.map((result) => ({ target: result.executionArn, ok: result.ok, message: result.message })),
  });
  options.onProgress?.({ type: 'done', outcome, succeeded, failed: results.length - succeeded, skipped: options.skipped.length, auditEntryId });
  return { outcome, results, auditEntryId };
}

/** Reads the targets again so the pages show the action's effect; a failed re-read never fails the action. */
async function resync(db: Db, targets: readonly ActionTarget[], options: PerformExecutionActionOptions): Promise<void> {
  let synced = 0;
  let failed = 0;
  const messages: string[] = [];
  const bySource = new Map<number, string[]>();
  for (const target of targets) bySource.set(target.sourceId, [...(bySource.get(target.sourceId) ?? []), target.executionArn]);
  for (const [sourceId, executionArns] of bySource) {
    try {
      const outcome = await syncExecutions(db, { sourceId, executionArns, clients: options.clients?.get(sourceId), signal: options.signal });
      synced += outcome.filter((item) => item.ok).length;
      failed += outcome.filter((item) => !item.ok).length;
      messages.push(...outcome.filter((item) => !item.ok && item.message).map((item) => `${item.arn}: ${item.message}`));
    } catch (error) {
      failed += executionArns.length;
      messages.push(describeAwsError(error));
    }
  }
  options.onProgress?.({ type: 'synced', synced, failed, ...(messages.length ? { message: messages.slice(0, 3).join('; ') } : {}) });
}

function toAuditedParams(action: ExecutionAction): Record<string, unknown> {
  switch (action.kind) {
    case 'redrive':
      return {};
    case 'stop':
    case 'send-task-failure':
      return { error: action.error ?? null, cause: action.cause ?? null };
    case 'send-task-success':
      return { output: action.output.length > MAX_AUDITED_OUTPUT_CHARS ? `${action.output.slice(0, MAX_AUDITED_OUTPUT_CHARS)}…` : action.output };
  }
}

