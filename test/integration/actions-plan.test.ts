import { CreateActivityCommand, CreateStateMachineCommand, GetExecutionHistoryCommand, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { performExecutionAction, syncExecutions } from '@/lib/ingest';
import { startEngineServer, type EngineServer } from '@/scripts/engine';
import { planExecutionAction } from '@/app/failures/plan-execution-action';
import { definitions, eventually, ROLE } from '@/test/engine-api/support';
import { createTestDatabase, type TestDatabase } from '@/test/support/test-database';

/** The plan the failures pages show before an action, against executions synced from the local engine. */
describe('planning an action', () => {
  let engine: EngineServer;
  let sfn: SFNClient;
  let database: TestDatabase;
  let sourceId: number;
  const reviews: string[] = [];
  let callback = '';
  let failed = '';

  const history = async (executionArn: string) => (await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000 }))).events ?? [];
  const waitFor = (arn: string, type: string) => eventually(() => history(arn), (events) => events.some((event) => event.type === type));

  beforeAll(async () => {
    engine = await startEngineServer({ port: 0 });
    sfn = new SFNClient({ endpoint: engine.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    const { activityArn } = await sfn.send(new CreateActivityCommand({ name: 'review' }));
    const machine = async (name: string, definition: string) => (await sfn.send(new CreateStateMachineCommand({ name, definition, roleArn: ROLE }))).stateMachineArn ?? '';
    const activityMachine = await machine('review', definitions.activity(activityArn ?? ''));
    const callbackMachine = await machine('approve', definitions.callback);
    const failMachine = await machine('fail', definitions.fail);
    for (const document of ['contract-1', 'contract-2']) {
      const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: activityMachine, name: document, input: JSON.stringify({ document }) }));
      reviews.push(executionArn ?? '');
      await waitFor(executionArn ?? '', 'ActivityScheduled');
    }
    callback = (await sfn.send(new StartExecutionCommand({ stateMachineArn: callbackMachine, name: 'order-1' }))).executionArn ?? '';
    await waitFor(callback, 'TaskSubmitted');
    failed = (await sfn.send(new StartExecutionCommand({ stateMachineArn: failMachine, name: 'broken' }))).executionArn ?? '';
    await waitFor(failed, 'ExecutionFailed');

    database = await createTestDatabase();
    sourceId = (await database.db.source.create({ data: { kind: 'LOCAL', name: 'engine', endpoint: engine.endpoint, region: 'us-east-1' } })).id;
    await syncExecutions(database.db, { sourceId, executionArns: [...reviews, callback, failed] });
  });
  afterAll(async () => {
    await database?.cleanup();
    sfn?.destroy();
    await engine?.close();
  });

  it('says why each selected execution cannot be stopped or answered, and keeps task tokens server side', async () => {
    const stop = await planExecutionAction(database.db, 'stop', { arns: [callback, failed] }, new Date());
    expect(stop.summary).toMatchObject({ eligible: 1, ineligible: 1 });
    expect(stop.executions.find((execution) => execution.arn === failed)).toMatchObject({ eligible: false, reason: 'status', message: 'Execution FAILED: only a running execution can be stopped.' });

    const answer = await planExecutionAction(database.db, 'send-task-success', { arns: [callback, failed] }, new Date());
    expect(answer.targets).toEqual([{ executionArn: callback, sourceId, taskRoute: { via: 'token', taskToken: expect.any(String) } }]);
    expect(JSON.stringify(answer.executions)).not.toContain((answer.targets[0].taskRoute as { taskToken: string }).taskToken);
  });

  it('refuses to take an activity task while another known execution waits on the same activity', async () => {
    const one = await planExecutionAction(database.db, 'send-task-success', { arns: [reviews[0]] }, new Date());
    expect(one.executions[0]).toMatchObject({ eligible: false, reason: 'ambiguous-activity' });
    expect(one.executions[0].message).toContain('1 other running execution(s) wait on the same activity');
  });

  it('answers every waiting activity task when all of them are selected, each with its own execution’s task', async () => {
    const both = await planExecutionAction(database.db, 'send-task-success', { arns: reviews }, new Date());
    expect(both.summary.eligible).toBe(2);
    const outcome = await performExecutionAction(database.db, { actor: 'admin', action: { kind: 'send-task-success', output: '{"approved":true}' }, targets: both.targets, skipped: both.skipped });
    expect(outcome.results.map((result) => result.ok)).toEqual([true, true]);
    for (const arn of reviews) {
      const events = await waitFor(arn, 'ExecutionSucceeded');
      const input = JSON.parse(events.find((event) => event.type === 'ActivityScheduled')?.activityScheduledEventDetails?.input ?? '{}') as { document: string };
      expect(arn.endsWith(input.document)).toBe(true);
      expect(events.find((event) => event.type === 'ActivitySucceeded')?.activitySucceededEventDetails?.output).toBe('{"approved":true}');
    }
  });
});
