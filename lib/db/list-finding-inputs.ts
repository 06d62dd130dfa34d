import {
  HISTORY_RETENTION_MS,
  REDRIVE_WINDOW_MS,
  type ClosingExecution,
  type FindingExecution,
  type FindingInputs,
  type FindingMetric,
  type FindingSource,
  type FindingStateMachine,
  type HistoryEvent,
  type PayloadSample,
} from '@/lib/model';
import { chunkQueryList } from './chunk-query-list';
import type { Db } from './client';
import { toHistoryEvent } from './list-history-events';
import { toExecutionStatus as toStatus } from './to-execution-summary';

export type FindingInputsOptions = {
  now: Date;
  /** Running executions read with their histories (the most recently active first). */
  maxRunning?: number;
  /** Successful durations per machine for its baseline. */
  maxDurationSamples?: number;
  /** Closed executions per machine whose payloads are measured. */
  payloadExecutionsPerMachine?: number;
  /** Width of the window rates are measured over, ending at `now`. */
  rateWindowMs?: number;
  /** How far back machine-level maxima (largest history, longest run) look. */
  recentMs?: number;
};

const DAY_MS = 86_400_000;
/** Retention warnings reach at most this far ahead (the settings' upper bound). */
const RETENTION_LOOKAHEAD_MS = 30 * DAY_MS;
/** Caps that keep one read bounded on a large account; rates computed from capped samples are lower bounds. */
const MAX_RATE_SAMPLES = 200_000;
const MAX_CLOSING = 5_000;
const MAX_PAYLOAD_EVENTS_PER_MACHINE = 20_000;
const ID_CHUNK = 200;
/** The metrics quota detection reads (cloudwatch-metrics.md §2.2, §2.8). */
const QUOTA_METRICS = [
  'ProvisionedBucketSize',
  'ProvisionedRefillRate',
  'ConsumedCapacity',
  'ThrottledEvents',
  'ExecutionThrottled',
  'OpenExecutionCount',
  'OpenExecutionLimit',
];

/** Everything stuck-run and quota-risk detection reads, in one pass over the database. */
export async function listFindingInputs(db: Db, options: FindingInputsOptions): Promise<FindingInputs> {
  const now = options.now.getTime();
  const recentSince = new Date(now - (options.recentMs ?? 30 * DAY_MS));
  const rateWindowMs = options.rateWindowMs ?? DAY_MS;

  const machineRows = await db.stateMachine.findMany({
    select: {
      id: true,
      arn: true,
      name: true,
      type: true,
      sourceId: true,
      source: { select: { name: true, region: true } },
      revisions: { orderBy: { firstSeenAt: 'desc' }, take: 1, select: { definition: true } },
    },
    orderBy: { name: 'asc' },
  });
  const machineById = new Map(machineRows.map((machine) => [machine.id, machine]));

  const [running, runningTotal, stateMachines, closing, payloadSamples, sources] = await Promise.all([
    listRunning(db, options.maxRunning ?? 500, machineById),
    db.execution.count({ where: { status: 'RUNNING' } }),
    Promise.all(
      machineRows.map(async (machine): Promise<FindingStateMachine> => {
        const [durations, largestHistory, largestInput, largestOutput, longestRun] = await Promise.all([
          db.execution.findMany({
            where: { stateMachineId: machine.id, status: 'SUCCEEDED', durationMs: { not: null } },
            orderBy: { startDate: 'desc' },
            take: options.maxDurationSamples ?? 1_000,
            select: { durationMs: true },
          }),
          db.execution.findFirst({
            where: { stateMachineId: machine.id, startDate: { gte: recentSince } },
            orderBy: { eventCount: 'desc' },
            select: { arn: true, eventCount: true, status: true },
          }),
          db.execution.findFirst({
            where: { stateMachineId: machine.id, startDate: { gte: recentSince }, inputBytes: { not: null } },
            orderBy: { inputBytes: 'desc' },
            select: { arn: true, inputBytes: true },
          }),
          db.execution.findFirst({
            where: { stateMachineId: machine.id, startDate: { gte: recentSince }, outputBytes: { not: null } },
            orderBy: { outputBytes: 'desc' },
            select: { arn: true, outputBytes: true },
          }),
          db.execution.findFirst({
            where: { stateMachineId: machine.id, startDate: { gte: recentSince }, durationMs: { not: null } },
            orderBy: { durationMs: 'desc' },
            select: { arn: true, durationMs: true, status: true },
          }),
        ]);
        const inputBytes = largestInput?.inputBytes ?? -1;
        const outputBytes = largestOutput?.outputBytes ?? -1;
        return {
          arn: machine.arn,
          name: machine.name,
          type: machine.type,
          sourceName: machine.source.name,
          region: machine.source.region,
          definition: machine.revisions[0]?.definition ?? null,
          successDurationsMs: durations.map((row) => row.durationMs ?? 0),
          largestHistory: largestHistory
            ? { executionArn: largestHistory.arn, eventCount: largestHistory.eventCount, status: toStatus(largestHistory.status) }
            : null,
          largestExecutionPayload:
            inputBytes < 0 && outputBytes < 0
              ? null
              : inputBytes >= outputBytes
                ? { executionArn: largestInput?.arn ?? '', bytes: inputBytes, field: 'input' }
                : { executionArn: largestOutput?.arn ?? '', bytes: outputBytes, field: 'output' },
          longestRun:
            longestRun && longestRun.durationMs !== null
              ? { executionArn: longestRun.arn, durationMs: longestRun.durationMs, status: toStatus(longestRun.status) }
              : null,
        };
      }),
    ),
    listClosing(db, now),
    listPayloadSamples(db, machineRows.map((machine) => machine.id), options.payloadExecutionsPerMachine ?? 10, recentSince),
    listSources(db, now, rateWindowMs, machineRows),
  ]);

  return { running, runningTotal, stateMachines, closing, payloadSamples, sources };
}

type MachineRow = {
  id: number;
  arn: string;
  name: string;
  type: string;
  sourceId: number;
  source: { name: string; region: string | null };
  revisions: { definition: string }[];
};

async function listRunning(db: Db, take: number, machineById: Map<number, MachineRow>): Promise<FindingExecution[]> {
  const rows = await db.execution.findMany({
    where: { status: 'RUNNING' },
    orderBy: [{ lastEventAt: 'desc' }, { id: 'desc' }],
    take,
    omit: { input: true, output: true },
    include: { revision: { select: { definition: true } }, source: { select: { name: true } } },
  });
  const events = await listEventsByExecution(db, rows.map((row) => row.id));
  return rows.map((row) => {
    const machine = machineById.get(row.stateMachineId);
    return {
      arn: row.arn,
      name: row.name,
      stateMachineArn: machine?.arn ?? '',
      stateMachineName: machine?.name ?? '',
      stateMachineType: machine?.type ?? 'STANDARD',
      sourceName: row.source.name,
      status: toStatus(row.status),
      startDate: row.startDate,
      eventCount: row.eventCount,
      lastEventAt: row.lastEventAt,
      lastSyncedAt: row.lastSyncedAt,
      historyComplete: row.historyComplete,
      redriveCount: row.redriveCount,
      definition: row.revision?.definition ?? machine?.revisions[0]?.definition ?? null,
      events: events.get(row.id) ?? [],
    };
  });
}

async function listEventsByExecution(db: Db, executionIds: number[], where: { types?: string[]; take?: number } = {}): Promise<Map<number, HistoryEvent[]>> {
  const byExecution = new Map<number, HistoryEvent[]>();
  for (const ids of chunkQueryList(executionIds, { maxItems: ID_CHUNK })) {
    const rows = await db.historyEvent.findMany({
      where: { executionId: { in: ids }, ...(where.types ? { type: { in: where.types } } : {}) },
      orderBy: [{ executionId: 'asc' }, { eventId: 'asc' }],
      ...(where.take ? { take: where.take } : {}),
    });
    for (const row of rows) {
      const list = byExecution.get(row.executionId) ?? [];
      list.push(toHistoryEvent(row));
      byExecution.set(row.executionId, list);
    }
  }
  return byExecution;
}

async function listClosing(db: Db, now: number): Promise<ClosingExecution[]> {
  const select = {
    arn: true,
    name: true,
    status: true,
    stopDate: true,
    eventCount: true,
    redriveCount: true,
    redriveDate: true,
    redriveStatus: true,
    historyComplete: true,
    stateMachine: { select: { arn: true, name: true, type: true } },
    source: { select: { name: true, kind: true } },
  } as const;
  const [redrivable, expiring] = await Promise.all([
    db.execution.findMany({
      where: { status: { in: ['FAILED', 'TIMED_OUT', 'ABORTED'] }, stopDate: { gte: new Date(now - REDRIVE_WINDOW_MS) } },
      orderBy: { stopDate: 'asc' },
      take: MAX_CLOSING,
      select,
    }),
    db.execution.findMany({
      where: { stopDate: { gte: new Date(now - HISTORY_RETENTION_MS), lte: new Date(now - HISTORY_RETENTION_MS + RETENTION_LOOKAHEAD_MS) } },
      orderBy: { stopDate: 'asc' },
      take: MAX_CLOSING,
      select,
    }),
  ]);
  const seen = new Set<string>();
  const closing: ClosingExecution[] = [];
  for (const row of [...redrivable, ...expiring]) {
    if (seen.has(row.arn) || row.stopDate === null) continue;
    seen.add(row.arn);
    closing.push({
      arn: row.arn,
      name: row.name,
      stateMachineArn: row.stateMachine.arn,
      stateMachineName: row.stateMachine.name,
      stateMachineType: row.stateMachine.type,
      sourceName: row.source.name,
      sourceKind: row.source.kind,
      status: toStatus(row.status),
      stopDate: row.stopDate,
      eventCount: row.eventCount,
      redriveCount: row.redriveCount,
      redriveDate: row.redriveDate,
      redriveStatus: row.redriveStatus,
      historyComplete: row.historyComplete,
    });
  }
  return closing;
}

/** Per machine: its latest closed executions and any that hit States.DataLimitExceeded, with all their events. */
async function listPayloadSamples(db: Db, machineIds: number[], perMachine: number, recentSince: Date): Promise<PayloadSample[]> {
  const samples: PayloadSample[] = [];
  for (const stateMachineId of machineIds) {
    const select = { id: true, arn: true, name: true, status: true, eventCount: true, stateMachine: { select: { arn: true } } } as const;
    const [latest, oversized] = await Promise.all([
      db.execution.findMany({ where: { stateMachineId, status: { not: 'RUNNING' } }, orderBy: { startDate: 'desc' }, take: perMachine, select }),
      db.execution.findMany({
        where: { stateMachineId, error: 'States.DataLimitExceeded', startDate: { gte: recentSince } },
        orderBy: { startDate: 'desc' },
        take: perMachine,
        select,
      }),
    ]);
    const rows = [...new Map([...oversized, ...latest].map((row) => [row.id, row])).values()];
    let budget = MAX_PAYLOAD_EVENTS_PER_MACHINE;
    const chosen = rows.filter((row) => (budget -= row.eventCount) >= 0 || row === rows[0]);
    const events = await listEventsByExecution(db, chosen.map((row) => row.id));
    for (const row of chosen) {
      samples.push({
        executionArn: row.arn,
        executionName: row.name,
        stateMachineArn: row.stateMachine.arn,
        status: toStatus(row.status),
        events: events.get(row.id) ?? [],
      });
    }
  }
  return samples;
}

async function listSources(db: Db, now: number, windowMs: number, machines: MachineRow[]): Promise<FindingSource[]> {
  const since = new Date(now - windowMs);
  const sources = await db.source.findMany({ select: { id: true, name: true, kind: true, region: true, accountId: true }, orderBy: { name: 'asc' } });
  return Promise.all(
    sources.map(async (source): Promise<FindingSource> => {
      const machineIds = machines.filter((machine) => machine.sourceId === source.id).map((machine) => machine.id);
      const machineArn = new Map(machines.map((machine) => [machine.id, machine.arn]));
      const [open, starts, transitions, accountMetrics, machineMetrics] = await Promise.all([
        db.execution.count({ where: { sourceId: source.id, status: 'RUNNING', stateMachine: { type: 'STANDARD' } } }),
        db.execution.findMany({
          where: { sourceId: source.id, startDate: { gte: since, lte: new Date(now) } },
          select: { startDate: true, stateMachine: { select: { type: true } } },
          orderBy: { startDate: 'desc' },
          take: MAX_RATE_SAMPLES,
        }),
        // Express transitions are not throttled (quotas.md §3): count Standard ones only.
        db.historyEvent.findMany({
          where: {
            type: { endsWith: 'StateEntered' },
            timestamp: { gte: since, lte: new Date(now) },
            execution: { sourceId: source.id, stateMachine: { type: 'STANDARD' } },
          },
          select: { timestamp: true },
          orderBy: { timestamp: 'desc' },
          take: MAX_RATE_SAMPLES,
        }),
        db.sourceMetricHour.findMany({
          where: { sourceId: source.id, metric: { in: QUOTA_METRICS }, hourStart: { gte: since } },
          orderBy: { hourStart: 'asc' },
        }),
        // An account may hold 100,000 state machines (quotas.md §1): more ids than one statement binds.
        Promise.all(
          chunkQueryList(machineIds).map((ids) =>
            db.metricHour.findMany({ where: { stateMachineId: { in: ids }, metric: { in: QUOTA_METRICS }, hourStart: { gte: since } }, orderBy: { hourStart: 'asc' } }),
          ),
        ).then((chunks) => chunks.flat().sort((a, b) => a.hourStart.getTime() - b.hourStart.getTime())),
      ]);
      const metrics: FindingMetric[] = [
        ...accountMetrics.map((row) => ({
          metric: row.metric,
          statistic: row.statistic,
          hourStart: row.hourStart,
          value: row.value,
          stateMachineArn: null,
          dimension: row.dimension || null,
        })),
        ...machineMetrics.map((row) => ({
          metric: row.metric,
          statistic: row.statistic,
          hourStart: row.hourStart,
          value: row.value,
          stateMachineArn: machineArn.get(row.stateMachineId) ?? null,
          dimension: null,
        })),
      ];
      return {
        name: source.name,
        kind: source.kind,
        region: source.region,
        accountId: source.accountId,
        openStandardExecutions: open,
        recentStarts: starts.map((row) => ({ startDate: row.startDate, type: row.stateMachine.type })),
        recentTransitions: transitions.map((row) => row.timestamp),
        windowMs,
        samplesCapped: starts.length >= MAX_RATE_SAMPLES || transitions.length >= MAX_RATE_SAMPLES,
        metrics,
      };
    }),
  );
}
