import { FilterLogEventsCommand, type CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { z } from 'zod';
import { findExecutionRecord, findExecutionSyncStates, listOpenExecutions, listSourceStateMachines, saveExecution, updateStateMachineSyncPoint } from '@/lib/db';
import { getExecutionOutcome, parseExecutionArn, type HistoryEvent, type SourceSettings } from '@/lib/model';
import { describeAwsError, getAwsErrorName } from './aws-error';
import type { SyncClock } from './create-rate-limiter';
import { revisionKey, type SyncContext } from './sync-context';
import type { SyncedStateMachine } from './sync-state-machines';
import { toExecutionRecord } from './to-execution-record';
import { toLogHistoryEvent } from './to-log-history-event';

/** FilterLogEvents' largest page (cloudwatch-metrics.md §5). */
const LOG_PAGE_SIZE = 10_000;
/** A first sync reads this far back; later ones from where the last stopped. */
export const EXPRESS_FIRST_LOOKBACK_MS = 24 * 3600 * 1000;
/** Log events can land a little late; each sync re-reads this much before its cursor (stored events are skipped). */
const LOG_OVERLAP_MS = 5 * 60_000;
/** One sync reads at most this many log events per machine; the next continues from there. */
export const MAX_LOG_EVENTS_PER_SYNC = 200_000;

const logPageSchema = z
  .object({
    events: z.array(z.object({ message: z.string().optional(), timestamp: z.number().optional() }).loose()).optional(),
    nextToken: z.string().optional(),
  })
  .loose();

/**
 * Express executions have no history API: they are read from each machine's CloudWatch Logs log group
 * (cloudwatch-metrics.md §5) and stored like any other execution. What logging hides (level ERROR/FATAL, no
 * execution data, logging off) is said in the run's notes.
 */
export async function syncExpressExecutions(
  context: SyncContext,
  options: { source: SourceSettings; logs: CloudWatchLogsClient; machines: SyncedStateMachine[]; clock: SyncClock },
): Promise<void> {
  const { source, machines, clock } = options;
  if (source.kind !== 'AWS') {
    context.tracker.note(
      `Express executions (${machines.map((m) => m.name).join(', ')}) are not listed by the Step Functions API, and a local endpoint has no CloudWatch Logs to read them from: not synced.`,
    );
    return;
  }
  const points = new Map((await listSourceStateMachines(context.db, context.sourceId)).map((machine) => [machine.id, machine.syncedUntil]));
  const open = await listOpenExecutions(context.db, context.sourceId, 'EXPRESS');
  for (const machine of machines) {
    context.signal?.throwIfAborted();
    const { level, includeExecutionData, logGroupArn } = machine.logging;
    if (!logGroupArn || !level || level === 'OFF') {
      context.tracker.note(`Express machine ${machine.name} does not log: its executions cannot be read (enable logging at level ALL with execution data).`);
      continue;
    }
    if (level !== 'ALL') {
      context.tracker.note(`Express machine ${machine.name} logs at level ${level}: only failed executions and their error events are visible (level ALL logs every event).`);
    }
    if (!includeExecutionData) {
      context.tracker.note(`Express machine ${machine.name} logs without execution data: inputs and outputs are missing (includeExecutionData).`);
    }
    const now = clock.now();
    const cursor = points.get(machine.stateMachineId);
    const openStarts = open.filter((execution) => execution.stateMachineArn === machine.arn).map((execution) => execution.startDate.getTime());
    const startTime = Math.min(cursor ? cursor.getTime() - LOG_OVERLAP_MS : now - EXPRESS_FIRST_LOOKBACK_MS, ...openStarts);
    try {
      await syncMachineLogs(context, machine, options.logs, toLogGroupName(logGroupArn), startTime, now);
    } catch (error) {
      if (context.signal?.aborted) throw error;
      context.tracker.error(`FilterLogEvents ${getAwsErrorName(error)}`, `Could not read the logs of Express machine ${machine.name}: ${describeAwsError(error)}`);
    }
  }
}

async function syncMachineLogs(context: SyncContext, machine: SyncedStateMachine, logs: CloudWatchLogsClient, logGroupName: string, startTime: number, endTime: number): Promise<void> {
  const byExecution = new Map<string, Map<number, HistoryEvent>>();
  let newest = 0;
  let read = 0;
  let skipped = 0;
  let nextToken: string | undefined;
  do {
    const input = { logGroupName, startTime, endTime, limit: LOG_PAGE_SIZE, nextToken };
    const page = logPageSchema.parse(await context.requester.send('FilterLogEvents', (abortSignal) => logs.send(new FilterLogEventsCommand(input), { abortSignal })));
    for (const logEvent of page.events ?? []) {
      read++;
      const converted = toLogHistoryEvent(logEvent.message ?? '');
      if (!converted.ok || parseExecutionArn(converted.value.executionArn)?.stateMachineName !== machine.name) {
        skipped += converted.ok ? 0 : 1;
        continue;
      }
      const { executionArn, event } = converted.value;
      let events = byExecution.get(executionArn);
      if (!events) byExecution.set(executionArn, (events = new Map()));
      events.set(event.id ?? 0, event);
      newest = Math.max(newest, logEvent.timestamp ?? event.timestamp.getTime());
    }
    nextToken = page.nextToken;
  } while (nextToken && read < MAX_LOG_EVENTS_PER_SYNC);
  if (skipped > 0) context.tracker.note(`${skipped} log record(s) in ${logGroupName} are not Step Functions events and were skipped.`);
  if (nextToken) context.tracker.note(`The logs of ${machine.name} hold more than ${MAX_LOG_EVENTS_PER_SYNC} events since the last sync; the next sync continues.`);

  const stored = await findExecutionSyncStates(context.db, [...byExecution.keys()]);
  // An Express execution cannot be asked which definition it ran; the current one is the best guess.
  const revisionId = machine.currentHash ? (context.revisionIds.get(revisionKey(machine.arn, machine.currentHash)) ?? null) : null;
  context.tracker.add({ executionsSeen: byExecution.size });
  for (const [executionArn, eventMap] of byExecution) {
    context.signal?.throwIfAborted();
    const state = stored.get(executionArn);
    let events = [...eventMap.values()].sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
    if (state && state.status !== 'RUNNING' && state.eventCount >= (events.at(-1)?.id ?? 0)) continue;
    if (state && events[0]?.id !== 1) {
      // Started before this read window: the stored part completes it.
      const storedRecord = await findExecutionRecord(context.db, executionArn, { withEvents: true });
      const ids = new Set(events.map((event) => event.id));
      events = [...(storedRecord?.events ?? []).filter((event) => !ids.has(event.id)), ...events].sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
    }
    const parts = parseExecutionArn(executionArn);
    const record = toExecutionRecord(
      {
        executionArn,
        stateMachineArn: machine.arn,
        name: parts?.executionName ?? executionArn.slice(executionArn.lastIndexOf(':') + 1),
        // At level ERROR/FATAL there is no ExecutionStarted: the closing event alone tells the outcome.
        status: getExecutionOutcome(events).status,
        startDate: events.find((event) => event.type === 'ExecutionStarted')?.timestamp ?? events[0].timestamp,
      },
      events,
    );
    const saved = await saveExecution(context.db, { sourceId: context.sourceId, stateMachineId: machine.stateMachineId, revisionId }, record);
    const written = saved.status === 'unchanged' ? 0 : events.filter((event) => (event.id ?? 0) > (state?.eventCount ?? 0)).length;
    context.tracker.add({ executionsWritten: saved.status === 'unchanged' ? 0 : 1, eventsWritten: written });
  }
  if (newest > 0) await updateStateMachineSyncPoint(context.db, machine.stateMachineId, { syncedUntil: new Date(newest), lastSyncedAt: new Date() });
}

/** arn:aws:logs:<region>:<account>:log-group:<name>[:*] → <name> (AWS examples end the ARN in `:*`). */
export function toLogGroupName(logGroupArn: string): string {
  const match = /:log-group:(.+?)(?::\*)?$/.exec(logGroupArn);
  return match ? match[1] : logGroupArn;
}
