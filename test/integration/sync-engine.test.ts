import {
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  ListMapRunsCommand,
  RedriveExecutionCommand,
  SendTaskSuccessCommand,
  StopExecutionCommand,
  type SFNClient,
} from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireSyncLease, listSyncRuns, startSyncRun } from '@/lib/db';
import { createSourceClients, syncExecutions, syncSource } from '@/lib/ingest';
import type { EngineServer } from '@/scripts/engine';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { addLocalSource, createMachine, definitions, distributedMapDefinition, readHistory, startExecutions, startSyncEngine, storedEventIds, waitUntilClosed } from './sync-support';

/** Every stored execution's events are exactly 1..n, the engine's count, and nothing else. */
async function expectSameHistories(database: TestDatabase, sfn: SFNClient, arns: readonly string[]) {
  const stored = await storedEventIds(database.db);
  for (const arn of arns) {
    const engineEvents = await readHistory(sfn, arn);
    expect(stored.get(arn), arn).toEqual(engineEvents.map((event) => event.id));
    expect(stored.get(arn)).toEqual(Array.from({ length: engineEvents.length }, (_, i) => i + 1));
  }
}

describe('sync from the local engine as a Step Functions endpoint', () => {
  let database: TestDatabase;
  let server: EngineServer;
  let sfn: SFNClient;
  let sourceId: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    ({ server, sfn } = await startSyncEngine());
    sourceId = await addLocalSource(database.db, server.endpoint);
  });
  afterAll(async () => {
    await server?.close();
    await database?.cleanup();
  });

  let chainArn: string;
  let firstRuns: string[];

  it('stores every state machine with its definition and every execution with its full history', async () => {
    chainArn = await createMachine(sfn, 'orders', definitions.chain());
    const failArn = await createMachine(sfn, 'refunds', definitions.fail);
    firstRuns = [...(await startExecutions(sfn, chainArn, 3)), ...(await startExecutions(sfn, failArn, 1))];
    await waitUntilClosed(sfn, firstRuns);

    const result = await syncSource(database.db, sourceId);
    expect(result.status).toBe('SUCCEEDED');
    if (result.status === 'ALREADY_RUNNING') return;
    expect(result.progress).toMatchObject({ stateMachinesSeen: 2, executionsSeen: 4, executionsWritten: 4, eventsWritten: 3 * 22 + 5 });
    expect(result.progress.notes.join(' ')).toMatch(/CloudWatch metrics are not available from a local endpoint/);
    await expectSameHistories(database, sfn, firstRuns);

    const failed = await database.db.execution.findUniqueOrThrow({ where: { arn: firstRuns[3] }, include: { revision: true } });
    expect(failed).toMatchObject({ status: 'FAILED', error: 'Oops', cause: 'on purpose', failedStateName: 'F', historyComplete: true, redriveStatus: expect.any(String) });
    expect(failed.revision?.definition).toBe(definitions.fail);
    const [run] = await listSyncRuns(database.db, sourceId);
    expect(run).toMatchObject({ status: 'SUCCEEDED', progress: 1, executionsWritten: 4, error: null });
    expect(run.finishedAt).not.toBeNull();
  });

  it('a second sync reads only the executions started since, and re-reads nothing else', async () => {
    const newRuns = await startExecutions(sfn, chainArn, 2, {}, 'later');
    await waitUntilClosed(sfn, newRuns);
    const result = await syncSource(database.db, sourceId);
    if (result.status === 'ALREADY_RUNNING') throw new Error('lease held');
    expect(result.progress.executionsWritten).toBe(2);
    expect(result.progress.eventsWritten).toBe(2 * 22);
    // ListStateMachines + 2 × DescribeStateMachine + 2 × ListExecutions + 2 × GetExecutionHistory; known
    // definitions need no lookup. The failed run (refunds) started after the listing's floor, so no machine
    // needs its redriven executions listed.
    expect(result.progress.requestsMade).toBe(7);
    await expectSameHistories(database, sfn, [...firstRuns, ...newRuns]);
  });

  it('gives a running execution its new events on the next sync, up to its end', async () => {
    const callbackArn = await createMachine(sfn, 'approvals', definitions.callback);
    const [arn] = await startExecutions(sfn, callbackArn, 1);
    let events = await readHistory(sfn, arn);
    for (let i = 0; i < 100 && !events.some((event) => event.type === 'TaskScheduled'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      events = await readHistory(sfn, arn);
    }
    await syncSource(database.db, sourceId);
    const running = await database.db.execution.findUniqueOrThrow({ where: { arn } });
    expect(running).toMatchObject({ status: 'RUNNING', eventCount: events.length, stopDate: null });

    const scheduled = events.find((event) => event.type === 'TaskScheduled');
    const token = (JSON.parse(scheduled?.taskScheduledEventDetails?.parameters ?? '{}') as { MessageBody: { token: string } }).MessageBody.token;
    await sfn.send(new SendTaskSuccessCommand({ taskToken: token, output: JSON.stringify({ approved: true }) }));
    await waitUntilClosed(sfn, [arn]);

    await syncSource(database.db, sourceId);
    const closed = await database.db.execution.findUniqueOrThrow({ where: { arn } });
    expect(closed.status).toBe('SUCCEEDED');
    expect(closed.stopDate).not.toBeNull();
    expect(JSON.parse(closed.output ?? 'null')).toEqual({ approved: true });
    await expectSameHistories(database, sfn, [arn]);
  });

  it('stores a history longer than one page (over 1,000 events) whole', async () => {
    const fanOutArn = await createMachine(sfn, 'fan-out', definitions.fanOut);
    const [arn] = await startExecutions(sfn, fanOutArn, 1, { items: Array.from({ length: 400 }, (_, i) => i) });
    await waitUntilClosed(sfn, [arn]);
    const engineEvents = await readHistory(sfn, arn);
    expect(engineEvents.length).toBeGreaterThan(1_600);

    const result = await syncSource(database.db, sourceId);
    if (result.status === 'ALREADY_RUNNING') throw new Error('lease held');
    expect(result.progress.eventsWritten).toBe(engineEvents.length);
    await expectSameHistories(database, sfn, [arn]);
    expect(await database.db.execution.findUniqueOrThrow({ where: { arn } })).toMatchObject({ status: 'SUCCEEDED', historyComplete: true, eventCount: engineEvents.length });
  });

  it('stores the child executions of a Distributed Map Run under its labelled state machine', async () => {
    const machineArn = await createMachine(sfn, 'fan-out-distributed', distributedMapDefinition);
    const [parent] = await startExecutions(sfn, machineArn, 1, { items: [1, 2, 3, 4, 5] });
    await waitUntilClosed(sfn, [parent]);
    const { mapRuns } = await sfn.send(new ListMapRunsCommand({ executionArn: parent }));
    const { executions: children = [] } = await sfn.send(new ListExecutionsCommand({ mapRunArn: mapRuns?.[0]?.mapRunArn }));
    expect(children).toHaveLength(5);

    await syncSource(database.db, sourceId);
    const stored = await database.db.execution.findMany({ where: { mapRunArn: mapRuns?.[0]?.mapRunArn }, include: { stateMachine: true, revision: true } });
    expect(stored.map((execution) => execution.arn).sort()).toEqual(children.map((child) => child.executionArn).sort());
    expect(new Set(stored.map((execution) => execution.stateMachine.arn))).toEqual(new Set([`${machineArn}/fan`]));
    expect(stored.every((execution) => execution.status === 'SUCCEEDED' && execution.revision !== null)).toBe(true);
    await expectSameHistories(database, sfn, [parent, ...children.map((child) => child.executionArn ?? '')]);
  });

  it('re-reads chosen executions at once after an action changed them', async () => {
    const callbackArn = (await database.db.stateMachine.findFirstOrThrow({ where: { name: 'approvals' } })).arn;
    const [arn] = await startExecutions(sfn, callbackArn, 1, {}, 'to-stop');
    await syncSource(database.db, sourceId);
    await sfn.send(new StopExecutionCommand({ executionArn: arn, error: 'Operator.Stop', cause: 'no longer needed' }));

    const results = await syncExecutions(database.db, { sourceId, executionArns: [arn, 'not-an-arn'] });
    expect(results[0]).toMatchObject({ arn, ok: true, status: 'ABORTED' });
    expect(results[1]).toMatchObject({ ok: false, message: 'Not an execution ARN.' });
    expect(await database.db.execution.findUniqueOrThrow({ where: { arn } })).toMatchObject({ status: 'ABORTED', error: 'Operator.Stop', cause: 'no longer needed' });
    await expectSameHistories(database, sfn, [arn]);
  });

  it('picks up a redrive made outside Statescope, on an execution older than the listing reaches', async () => {
    const failed = firstRuns[3];
    // As if the last sync ran an hour after this execution started: the newest-first listing stops before it.
    await database.db.stateMachine.updateMany({ where: { sourceId }, data: { syncedUntil: new Date(Date.now() + 3_600_000) } });
    await sfn.send(new RedriveExecutionCommand({ executionArn: failed }));
    await waitUntilClosed(sfn, [failed]);

    const result = await syncSource(database.db, sourceId);
    if (result.status === 'ALREADY_RUNNING') throw new Error('lease held');
    expect(result.status).toBe('SUCCEEDED');
    const stored = await database.db.execution.findUniqueOrThrow({ where: { arn: failed } });
    expect(stored).toMatchObject({ status: 'FAILED', redriveCount: 1, error: 'Oops', historyComplete: true });
    expect(stored.redriveDate).not.toBeNull();
    await expectSameHistories(database, sfn, [failed]);
    const events = await readHistory(sfn, failed);
    expect(events.map((event) => event.type)).toContain('ExecutionRedriven');
  });

  it('lets one sync of a source run at a time', async () => {
    const [first, second] = await Promise.all([syncSource(database.db, sourceId), syncSource(database.db, sourceId)]);
    expect([first.status, second.status].sort()).toEqual(['ALREADY_RUNNING', 'SUCCEEDED']);
  });
});

describe('a sync that stops midway', () => {
  let database: TestDatabase;
  let server: EngineServer;
  let sfn: SFNClient;
  let sourceId: number;
  let arns: string[];

  beforeAll(async () => {
    database = await createTestDatabase();
    ({ server, sfn } = await startSyncEngine());
    sourceId = await addLocalSource(database.db, server.endpoint);
    const machineArn = await createMachine(sfn, 'batch', definitions.chain(20));
    arns = await startExecutions(sfn, machineArn, 60);
    await waitUntilClosed(sfn, arns);
  });
  afterAll(async () => {
    await server?.close();
    await database?.cleanup();
  });

  it('cancelled midway, is recorded as interrupted, and the next sync stores the rest without duplicates or gaps', async () => {
    const controller = new AbortController();
    const result = await syncSource(database.db, sourceId, {
      signal: controller.signal,
      concurrency: 2,
      onProgress: (progress) => {
        if (progress.requestsMade >= 20) controller.abort();
      },
    });
    expect(result.status).toBe('INTERRUPTED');
    const stored = await database.db.execution.count();
    // What was read before the abort is stored whole; the rest is not.
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(60);
    expect((await listSyncRuns(database.db, sourceId))[0]).toMatchObject({ status: 'INTERRUPTED', error: expect.stringMatching(/Stopped before it finished/) });

    const rerun = await syncSource(database.db, sourceId);
    expect(rerun.status).toBe('SUCCEEDED');
    if (rerun.status === 'ALREADY_RUNNING') return;
    expect(rerun.progress.executionsWritten).toBe(60 - stored);
    expect(await database.db.execution.count()).toBe(60);
    await expectSameHistories(database, sfn, arns);
  });

  it('whose connection drops midway records the failures, and the next sync fills the gaps without duplicates', async () => {
    await database.db.execution.deleteMany({ where: { arn: { in: arns.slice(0, 40) } } });
    await database.db.stateMachine.updateMany({ data: { syncedUntil: null } });
    const source = await database.db.source.findUniqueOrThrow({ where: { id: sourceId } });
    const clients = createSourceClients(source, { maxAttempts: 1 });
    const send = clients.sfn.send.bind(clients.sfn) as (command: unknown, options?: unknown) => Promise<unknown>;
    let histories = 0;
    Object.assign(clients.sfn, {
      send: (command: unknown, options?: unknown) => {
        if (command instanceof GetExecutionHistoryCommand && ++histories > 15) return Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
        return send(command, options);
      },
    });
    const broken = await syncSource(database.db, sourceId, { clients });
    expect(broken.status).toBe('PARTIAL');
    expect(broken.status !== 'ALREADY_RUNNING' && broken.error).toMatch(/Could not connect \(ECONNREFUSED\)/);
    expect(await database.db.execution.count()).toBe(20 + 15);

    expect((await syncSource(database.db, sourceId)).status).toBe('SUCCEEDED');
    await expectSameHistories(database, sfn, arns);
  });

  it('killed with a RUNNING run left behind, is marked interrupted by the next sync once its lease lapses', async () => {
    await database.db.historyEvent.deleteMany({ where: { execution: { arn: { in: arns.slice(0, 30) } } } });
    await database.db.execution.deleteMany({ where: { arn: { in: arns.slice(0, 30) } } });
    await database.db.stateMachine.updateMany({ data: { syncedUntil: null } });
    // What a killed process leaves: its run RUNNING and its lease held (here already lapsed).
    expect(await acquireSyncLease(database.db, sourceId, 'killed-process', 60_000, new Date(Date.now() - 120_000))).toBe(true);
    const stale = await startSyncRun(database.db, sourceId);

    const result = await syncSource(database.db, sourceId);
    expect(result.status).toBe('SUCCEEDED');
    const runs = await listSyncRuns(database.db, sourceId);
    expect(runs.find((run) => run.id === stale.id)).toMatchObject({ status: 'INTERRUPTED', error: expect.stringMatching(/process ended/) });
    expect(runs[0].notes.join(' ')).toMatch(/1 earlier sync\(s\) had stopped before finishing/);
    await expectSameHistories(database, sfn, arns);
  });

  it('does not start while another process holds an unexpired lease', async () => {
    expect(await acquireSyncLease(database.db, sourceId, 'other-process', 60_000)).toBe(true);
    expect((await syncSource(database.db, sourceId)).status).toBe('ALREADY_RUNNING');
    await database.db.source.update({ where: { id: sourceId }, data: { syncLeaseOwner: null, syncLeaseExpiresAt: null } });
  });
});
