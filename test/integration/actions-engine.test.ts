import {
  CreateActivityCommand,
  CreateStateMachineCommand,
  GetExecutionHistoryCommand,
  SFNClient,
  StartExecutionCommand,
  type HistoryEvent as SfnHistoryEvent,
} from '@aws-sdk/client-sfn';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { detectPendingTasks, getRedriveEligibility, getSendTaskEligibility, getStopEligibility, type ActionCandidate } from '@/lib/analysis';
import { listActionCandidates, listHistoryEvents, listRevisionDefinitions, type Db } from '@/lib/db';
import { performExecutionAction, syncExecutions, type ActionTarget, type ExecutionAction } from '@/lib/ingest';
import { startEngineServer, type EngineServer } from '@/scripts/engine';
import { definitions, eventually, ROLE } from '@/test/engine-api/support';
import { createTestDatabase, type TestDatabase } from '@/test/support/test-database';

/** Fails until the test "fixes" it: what a redrive is for. */
let chargeFixed = false;
const handlers = {
  charge: () => {
    if (!chargeFixed) throw Object.assign(new Error('Card service unavailable for order 1004'), { name: 'CardServiceDown' });
    return { charged: true };
  },
};

const flaky = JSON.stringify({
  StartAt: 'Validate',
  States: {
    Validate: { Type: 'Pass', Next: 'Charge' },
    Charge: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:charge', End: true },
  },
});

describe('actions against the local engine over HTTP', () => {
  let engine: EngineServer;
  let sfn: SFNClient;
  let database: TestDatabase;
  let db: Db;
  let sourceId: number;
  const machines: Record<string, string> = {};
  let activityArn: string;

  beforeAll(async () => {
    engine = await startEngineServer({ port: 0, engine: { handlers } });
    sfn = new SFNClient({ endpoint: engine.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    ({ activityArn } = (await sfn.send(new CreateActivityCommand({ name: 'review' }))) as { activityArn: string });
    const create = async (name: string, definition: string) => {
      const out = await sfn.send(new CreateStateMachineCommand({ name, definition, roleArn: ROLE }));
      machines[name] = out.stateMachineArn ?? '';
    };
    await create('flaky', flaky);
    await create('waiting', definitions.wait);
    await create('callback', definitions.callback);
    await create('activity', definitions.activity(activityArn));
  });
  afterAll(async () => {
    sfn?.destroy();
    await engine?.close();
  });
  beforeEach(async () => {
    database = await createTestDatabase();
    db = database.db;
    sourceId = (await db.source.create({ data: { kind: 'LOCAL', name: 'local engine', endpoint: engine.endpoint, region: 'us-east-1' } })).id;
  });
  afterEach(async () => {
    await database.cleanup();
  });

  const start = async (machine: string, name: string, input = '{}') => {
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: machines[machine], name: `${name}-${Date.now()}`, input }));
    return executionArn ?? '';
  };
  const history = async (executionArn: string) => (await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000 }))).events ?? [];
  const historyUntil = (executionArn: string, type: string) => eventually(() => history(executionArn), (events: SfnHistoryEvent[]) => events.some((event) => event.type === type));
  const candidatesOf = async (arns: string[]): Promise<(ActionCandidate & { id: number; sourceId: number; revisionId: number | null })[]> => listActionCandidates(db, { arns });
  const perform = (action: ExecutionAction, targets: ActionTarget[]) => performExecutionAction(db, { actor: 'admin', action, targets, skipped: [] });

  it('redrives a failed execution: it continues from the failed state in the same history, and the database shows it', async () => {
    chargeFixed = false;
    const arn = await start('flaky', 'order');
    await historyUntil(arn, 'ExecutionFailed');
    await syncExecutions(db, { sourceId, executionArns: [arn] });
    const [candidate] = await candidatesOf([arn]);
    expect(candidate).toMatchObject({ status: 'FAILED', sourceKind: 'LOCAL', redriveCount: 0 });
    expect(getRedriveEligibility(candidate, new Date())).toEqual({ eligible: true, warnings: [] });

    chargeFixed = true;
    const outcome = await perform({ kind: 'redrive' }, [{ executionArn: arn, sourceId }]);
    expect(outcome.outcome).toBe('SUCCEEDED');
    expect(outcome.results[0].message).toMatch(/^Redriven at /);

    const events = await historyUntil(arn, 'ExecutionSucceeded');
    const types = events.map((event) => event.type);
    const redriven = types.indexOf('ExecutionRedriven');
    expect(redriven).toBeGreaterThan(types.indexOf('ExecutionFailed'));
    // Validate succeeded before the failure and is not run again; Charge is.
    expect(types.slice(redriven).filter((type) => type === 'PassStateEntered')).toEqual([]);
    expect(types.slice(redriven)).toContain('TaskStateEntered');
    expect(events[redriven].executionRedrivenEventDetails?.redriveCount).toBe(1);

    await syncExecutions(db, { sourceId, executionArns: [arn] });
    const [after] = await candidatesOf([arn]);
    expect(after).toMatchObject({ status: 'SUCCEEDED', redriveCount: 1 });
    expect(getRedriveEligibility(after, new Date())).toMatchObject({ eligible: false, reason: 'status' });
    const audit = await db.auditEntry.findUniqueOrThrow({ where: { id: outcome.auditEntryId } });
    expect(audit).toMatchObject({ actor: 'admin', action: 'redrive', outcome: 'SUCCEEDED', targets: [arn] });
  });

  it('reports the engine’s refusal of an execution that is not redrivable, per execution', async () => {
    const running = await start('waiting', 'still-running');
    const outcome = await perform({ kind: 'redrive' }, [{ executionArn: running, sourceId }]);
    expect(outcome.outcome).toBe('FAILED');
    expect(outcome.results[0]).toMatchObject({ ok: false, errorName: 'ExecutionNotRedrivable' });
  });

  it('stops a running execution with the operator’s error and cause', async () => {
    const arn = await start('waiting', 'stop-me');
    await syncExecutions(db, { sourceId, executionArns: [arn] });
    const [candidate] = await candidatesOf([arn]);
    expect(getStopEligibility(candidate).eligible).toBe(true);

    const outcome = await perform({ kind: 'stop', error: 'Operator.Stopped', cause: 'duplicate order' }, [{ executionArn: arn, sourceId }]);
    expect(outcome.outcome).toBe('SUCCEEDED');
    const events = await historyUntil(arn, 'ExecutionAborted');
    expect(events.at(-1)?.executionAbortedEventDetails).toEqual({ error: 'Operator.Stopped', cause: 'duplicate order' });
    const [after] = await candidatesOf([arn]);
    expect(after.status).toBe('ABORTED');
  });

  /** What the failures page does before a send-task: find the waiting task and its token in the stored history. */
  const planSendTask = async (arn: string) => {
    await syncExecutions(db, { sourceId, executionArns: [arn] });
    const [candidate] = await candidatesOf([arn]);
    const definition = candidate.revisionId === null ? null : (await listRevisionDefinitions(db, [candidate.revisionId])).get(candidate.revisionId);
    const tasks = detectPendingTasks(await listHistoryEvents(db, candidate.id), definition);
    return getSendTaskEligibility(candidate, tasks);
  };

  it('approves a callback through the task token in its history: the task succeeds with the output', async () => {
    const arn = await start('callback', 'approve');
    await historyUntil(arn, 'TaskSubmitted');
    const eligibility = await planSendTask(arn);
    expect(eligibility).toMatchObject({ eligible: true, route: { via: 'token' } });
    if (!eligibility.eligible || eligibility.route.via !== 'token') return;

    const outcome = await perform({ kind: 'send-task-success', output: '{"approved":true,"by":"admin"}' }, [
      { executionArn: arn, sourceId, taskRoute: { via: 'token', taskToken: eligibility.route.taskToken } },
    ]);
    expect(outcome.results[0]).toMatchObject({ ok: true, message: 'Task answered with SendTaskSuccess.' });
    const events = await historyUntil(arn, 'ExecutionSucceeded');
    expect(JSON.parse(events.find((event) => event.type === 'TaskSucceeded')?.taskSucceededEventDetails?.output ?? 'null')).toEqual({ approved: true, by: 'admin' });
    const [after] = await candidatesOf([arn]);
    expect(after.status).toBe('SUCCEEDED');
  });

  it('rejects a callback with an error and cause: the task fails with them', async () => {
    const arn = await start('callback', 'reject');
    await historyUntil(arn, 'TaskSubmitted');
    const eligibility = await planSendTask(arn);
    if (!eligibility.eligible || eligibility.route.via !== 'token') throw new Error('expected a token');
    await perform({ kind: 'send-task-failure', error: 'Operator.Rejected', cause: 'fraud suspected' }, [
      { executionArn: arn, sourceId, taskRoute: { via: 'token', taskToken: eligibility.route.taskToken } },
    ]);
    const events = await historyUntil(arn, 'ExecutionFailed');
    expect(events.find((event) => event.type === 'TaskFailed')?.taskFailedEventDetails).toMatchObject({ error: 'Operator.Rejected', cause: 'fraud suspected' });
    const [after] = await candidatesOf([arn]);
    expect(after).toMatchObject({ status: 'FAILED' });
  });

  it('answers an activity task no worker picked up by taking it as a worker, matched by its input', async () => {
    const arn = await start('activity', 'review', '{"document":"contract-7"}');
    await historyUntil(arn, 'ActivityScheduled');
    const eligibility = await planSendTask(arn);
    expect(eligibility).toMatchObject({ eligible: true, route: { via: 'activity-poll', activityArn } });
    if (!eligibility.eligible || eligibility.route.via !== 'activity-poll') return;

    const outcome = await perform({ kind: 'send-task-success', output: '{"reviewed":true}' }, [
      { executionArn: arn, sourceId, taskRoute: { via: 'activity-poll', activityArn, expectedInput: eligibility.route.expectedInput } },
    ]);
    expect(outcome.results[0]).toMatchObject({ ok: true });
    const events = await historyUntil(arn, 'ExecutionSucceeded');
    expect(events.find((event) => event.type === 'ActivityStarted')?.activityStartedEventDetails?.workerName).toBe('statescope-operator');
    expect(events.find((event) => event.type === 'ActivitySucceeded')?.activitySucceededEventDetails?.output).toBe('{"reviewed":true}');
  });
});
