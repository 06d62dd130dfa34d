import {
  ActivityDoesNotExist,
  CreateActivityCommand,
  CreateStateMachineCommand,
  DeleteActivityCommand,
  DeleteStateMachineCommand,
  DescribeExecutionCommand,
  DescribeMapRunCommand,
  DescribeStateMachineCommand,
  DescribeStateMachineForExecutionCommand,
  ExecutionAlreadyExists,
  ExecutionDoesNotExist,
  ExecutionNotRedrivable,
  GetActivityTaskCommand,
  GetExecutionHistoryCommand,
  InvalidArn,
  InvalidDefinition,
  InvalidExecutionInput,
  InvalidName,
  InvalidToken,
  ListActivitiesCommand,
  ListExecutionsCommand,
  ListMapRunsCommand,
  ListStateMachinesCommand,
  ListTagsForResourceCommand,
  RedriveExecutionCommand,
  ResourceNotFound,
  SendTaskFailureCommand,
  SendTaskHeartbeatCommand,
  SendTaskSuccessCommand,
  SFNClient,
  SFNServiceException,
  StartExecutionCommand,
  StartSyncExecutionCommand,
  StateMachineDoesNotExist,
  StateMachineTypeNotSupported,
  StopExecutionCommand,
  TagResourceCommand,
  TaskDoesNotExist,
  UntagResourceCommand,
  UpdateStateMachineCommand,
  ValidateStateMachineDefinitionCommand,
  ValidationException,
  paginateGetExecutionHistory,
  paginateListExecutions,
  type HistoryEvent,
} from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineServer } from '@/scripts/engine';
import { definitions, eventually, ROLE, startTestServer, tokenFromHistory } from './support';

let server: EngineServer;
let sfn: SFNClient;

beforeAll(async () => {
  server = await startTestServer();
  sfn = new SFNClient({
    endpoint: server.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'dummy', secretAccessKey: 'dummy' },
    disableHostPrefix: true,
    maxAttempts: 1,
  });
});

afterAll(async () => {
  sfn.destroy();
  await server.close();
});

const createMachine = async (name: string, definition: string, type?: 'STANDARD' | 'EXPRESS') =>
  (await sfn.send(new CreateStateMachineCommand({ name, definition, roleArn: ROLE, type }))).stateMachineArn ?? '';

const closed = (executionArn: string) =>
  eventually(
    () => sfn.send(new DescribeExecutionCommand({ executionArn })),
    (d) => d.status !== 'RUNNING',
  );

describe('state machines through the SDK', () => {
  it('creates, describes, updates, lists and deletes a state machine', async () => {
    const created = await sfn.send(new CreateStateMachineCommand({ name: 'sm-crud', definition: definitions.pass, roleArn: ROLE, tags: [{ key: 'team', value: 'core' }] }));
    expect(created.stateMachineArn).toBe('arn:aws:states:us-east-1:123456789012:stateMachine:sm-crud');
    expect(created.creationDate).toBeInstanceOf(Date);

    const described = await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: created.stateMachineArn }));
    expect(described).toMatchObject({ name: 'sm-crud', type: 'STANDARD', status: 'ACTIVE', definition: definitions.pass, roleArn: ROLE });

    const updated = await sfn.send(new UpdateStateMachineCommand({ stateMachineArn: created.stateMachineArn, definition: definitions.chain }));
    expect(updated.updateDate).toBeInstanceOf(Date);
    expect((await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: created.stateMachineArn }))).definition).toBe(definitions.chain);

    expect((await sfn.send(new ListTagsForResourceCommand({ resourceArn: created.stateMachineArn }))).tags).toEqual([{ key: 'team', value: 'core' }]);
    await sfn.send(new TagResourceCommand({ resourceArn: created.stateMachineArn, tags: [{ key: 'env', value: 'dev' }] }));
    await sfn.send(new UntagResourceCommand({ resourceArn: created.stateMachineArn, tagKeys: ['team'] }));
    expect((await sfn.send(new ListTagsForResourceCommand({ resourceArn: created.stateMachineArn }))).tags).toEqual([{ key: 'env', value: 'dev' }]);

    const listed = await sfn.send(new ListStateMachinesCommand({}));
    expect(listed.stateMachines?.map((s) => s.name)).toContain('sm-crud');

    await sfn.send(new DeleteStateMachineCommand({ stateMachineArn: created.stateMachineArn }));
    await expect(sfn.send(new DescribeStateMachineCommand({ stateMachineArn: created.stateMachineArn }))).rejects.toBeInstanceOf(StateMachineDoesNotExist);
  });

  it('pages ListStateMachines with opaque tokens', async () => {
    for (const n of ['page-a', 'page-b', 'page-c']) await createMachine(n, definitions.pass);
    const first = await sfn.send(new ListStateMachinesCommand({ maxResults: 2 }));
    expect(first.stateMachines).toHaveLength(2);
    expect(first.nextToken).toBeTypeOf('string');
    const second = await sfn.send(new ListStateMachinesCommand({ maxResults: 2, nextToken: first.nextToken }));
    const names = [...(first.stateMachines ?? []), ...(second.stateMachines ?? [])].map((s) => s.name);
    expect(names.filter((n) => n?.startsWith('page-'))).toEqual(['page-a', 'page-b', 'page-c'].filter((n) => names.includes(n)));
    expect(new Set(names).size).toBe(names.length);
  });

  it('validates definitions', async () => {
    const ok = await sfn.send(new ValidateStateMachineDefinitionCommand({ definition: definitions.pass }));
    expect(ok).toMatchObject({ result: 'OK', diagnostics: [] });
    const bad = await sfn.send(new ValidateStateMachineDefinitionCommand({ definition: JSON.stringify({ StartAt: 'Nope', States: {} }) }));
    expect(bad.result).toBe('FAIL');
    expect(bad.diagnostics?.length).toBeGreaterThan(0);
  });
});

describe('executions through the SDK', () => {
  it('starts, describes and reads the definition an execution ran', async () => {
    const arn = await createMachine('exec-basic', definitions.pass);
    const started = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: 'run-1', input: '{"a":1}' }));
    expect(started.executionArn).toBe('arn:aws:states:us-east-1:123456789012:execution:exec-basic:run-1');
    expect(started.startDate).toBeInstanceOf(Date);
    const done = await closed(started.executionArn ?? '');
    expect(done).toMatchObject({ status: 'SUCCEEDED', input: '{"a":1}', output: '{"ok":true}', stateMachineArn: arn, name: 'run-1' });
    expect(done.stopDate?.getTime()).toBeGreaterThanOrEqual(done.startDate?.getTime() ?? 0);

    await sfn.send(new UpdateStateMachineCommand({ stateMachineArn: arn, definition: definitions.chain }));
    const forExecution = await sfn.send(new DescribeStateMachineForExecutionCommand({ executionArn: started.executionArn }));
    expect(forExecution.definition).toBe(definitions.pass);
  });

  it('lists executions newest first, filtered by status, in pages', async () => {
    const arn = await createMachine('exec-list', definitions.wait);
    for (let i = 0; i < 5; i++) await sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: `e${i}` }));
    await sfn.send(new StopExecutionCommand({ executionArn: `arn:aws:states:us-east-1:123456789012:execution:exec-list:e0`, error: 'Stop', cause: 'test' }));
    await closed('arn:aws:states:us-east-1:123456789012:execution:exec-list:e0');

    const pages: string[][] = [];
    for await (const page of paginateListExecutions({ client: sfn, pageSize: 2 }, { stateMachineArn: arn })) {
      pages.push((page.executions ?? []).map((e) => e.name ?? ''));
    }
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    const all = pages.flat();
    expect(new Set(all).size).toBe(5);
    const running = await sfn.send(new ListExecutionsCommand({ stateMachineArn: arn, statusFilter: 'RUNNING' }));
    expect(running.executions?.map((e) => e.name).sort()).toEqual(['e1', 'e2', 'e3', 'e4']);
    const aborted = await sfn.send(new ListExecutionsCommand({ stateMachineArn: arn, statusFilter: 'ABORTED' }));
    expect(aborted.executions).toMatchObject([{ name: 'e0', status: 'ABORTED' }]);
    expect(aborted.executions?.[0].stopDate).toBeInstanceOf(Date);
    const notRedriven = await sfn.send(new ListExecutionsCommand({ stateMachineArn: arn, redriveFilter: 'REDRIVEN' }));
    expect(notRedriven.executions).toEqual([]);
    for (let i = 1; i < 5; i++) await sfn.send(new StopExecutionCommand({ executionArn: `arn:aws:states:us-east-1:123456789012:execution:exec-list:e${i}` }));
  });

  it('stops a running execution with an error and cause', async () => {
    const arn = await createMachine('exec-stop', definitions.wait);
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn }));
    const stopped = await sfn.send(new StopExecutionCommand({ executionArn, error: 'Manual', cause: 'stopped by test' }));
    expect(stopped.stopDate).toBeInstanceOf(Date);
    expect(await closed(executionArn ?? '')).toMatchObject({ status: 'ABORTED', error: 'Manual', cause: 'stopped by test' });
    const history = await sfn.send(new GetExecutionHistoryCommand({ executionArn, reverseOrder: true, maxResults: 1 }));
    expect(history.events?.[0].type).toBe('ExecutionAborted');
  });

  it('pages history forwards and backwards with the same events', async () => {
    const arn = await createMachine('exec-history', definitions.chain);
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn, input: '{"big":"payload"}' }));
    await closed(executionArn ?? '');
    const read = async (reverseOrder: boolean) => {
      const events: HistoryEvent[] = [];
      let pages = 0;
      for await (const page of paginateGetExecutionHistory({ client: sfn, pageSize: 5 }, { executionArn, reverseOrder })) {
        pages++;
        events.push(...(page.events ?? []));
      }
      return { events, pages };
    };
    const forward = await read(false);
    const backward = await read(true);
    expect(forward.events).toHaveLength(22);
    expect(forward.pages).toBe(5);
    expect(forward.events.map((e) => e.id)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    expect(backward.events.map((e) => e.id)).toEqual(forward.events.map((e) => e.id).reverse());
    expect(forward.events[0]).toMatchObject({ type: 'ExecutionStarted', previousEventId: 0 });
    expect(forward.events[0].timestamp).toBeInstanceOf(Date);
    expect(forward.events[0].executionStartedEventDetails?.input).toBe('{"big":"payload"}');

    const lean = await sfn.send(new GetExecutionHistoryCommand({ executionArn, includeExecutionData: false, maxResults: 1 }));
    expect(lean.events?.[0].executionStartedEventDetails?.input).toBeUndefined();
    // A token is bound to the arguments it was issued for.
    await expect(sfn.send(new GetExecutionHistoryCommand({ executionArn, reverseOrder: true, nextToken: lean.nextToken }))).rejects.toBeInstanceOf(InvalidToken);
    await expect(sfn.send(new GetExecutionHistoryCommand({ executionArn, nextToken: 'not-a-token' }))).rejects.toBeInstanceOf(InvalidToken);
  });

  it('runs an Express state machine synchronously', async () => {
    const arn = await createMachine('exec-express', definitions.pass, 'EXPRESS');
    const out = await sfn.send(new StartSyncExecutionCommand({ stateMachineArn: arn, input: '{}' }));
    expect(out).toMatchObject({ status: 'SUCCEEDED', output: '{"ok":true}', stateMachineArn: arn });
    expect(out.executionArn).toMatch(/^arn:aws:states:us-east-1:123456789012:express:exec-express:/);
    expect(out.billingDetails?.billedDurationInMilliseconds).toBeGreaterThanOrEqual(100);
    const standard = await createMachine('exec-not-express', definitions.pass);
    await expect(sfn.send(new StartSyncExecutionCommand({ stateMachineArn: standard }))).rejects.toBeInstanceOf(StateMachineTypeNotSupported);
  });

  it('completes .waitForTaskToken tasks with SendTaskSuccess and SendTaskFailure', async () => {
    const arn = await createMachine('exec-callback', definitions.callback);
    const waitForToken = async (executionArn: string) => {
      const history = await eventually(
        () => sfn.send(new GetExecutionHistoryCommand({ executionArn })),
        (h) => (h.events ?? []).some((e) => e.type === 'TaskSubmitted'),
      );
      return tokenFromHistory(history.events ?? []);
    };
    const ok = (await sfn.send(new StartExecutionCommand({ stateMachineArn: arn }))).executionArn ?? '';
    const okToken = await waitForToken(ok);
    await sfn.send(new SendTaskHeartbeatCommand({ taskToken: okToken }));
    await sfn.send(new SendTaskSuccessCommand({ taskToken: okToken, output: '{"done":1}' }));
    expect(await closed(ok)).toMatchObject({ status: 'SUCCEEDED', output: '{"done":1}' });
    await expect(sfn.send(new SendTaskSuccessCommand({ taskToken: okToken, output: '{}' }))).rejects.toBeInstanceOf(TaskDoesNotExist);

    const bad = (await sfn.send(new StartExecutionCommand({ stateMachineArn: arn }))).executionArn ?? '';
    await sfn.send(new SendTaskFailureCommand({ taskToken: await waitForToken(bad), error: 'Rejected', cause: 'nope' }));
    expect(await closed(bad)).toMatchObject({ status: 'FAILED', error: 'Rejected', cause: 'nope' });
  });

  it('serves activity work to GetActivityTask and takes the result', async () => {
    const { activityArn } = await sfn.send(new CreateActivityCommand({ name: 'sdk-worker' }));
    expect((await sfn.send(new ListActivitiesCommand({}))).activities?.map((a) => a.name)).toContain('sdk-worker');
    const arn = await createMachine('exec-activity', definitions.activity(activityArn ?? ''));
    const poll = sfn.send(new GetActivityTaskCommand({ activityArn, workerName: 'w1' }));
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn, input: '{"job":7}' }));
    const task = await poll;
    expect(task.input).toBe('{"job":7}');
    await sfn.send(new SendTaskSuccessCommand({ taskToken: task.taskToken, output: '{"result":49}' }));
    expect(await closed(executionArn ?? '')).toMatchObject({ status: 'SUCCEEDED', output: '{"result":49}' });
    const history = await sfn.send(new GetExecutionHistoryCommand({ executionArn }));
    expect(history.events?.find((e) => e.type === 'ActivityStarted')?.activityStartedEventDetails?.workerName).toBe('w1');
    await sfn.send(new DeleteActivityCommand({ activityArn }));
    await expect(sfn.send(new GetActivityTaskCommand({ activityArn }))).rejects.toBeInstanceOf(ActivityDoesNotExist);
  });

  it('lists and describes Map Runs and their child executions', async () => {
    const arn = await createMachine('exec-map', definitions.distributedMap);
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn, input: JSON.stringify({ items: [1, 2, 3] }) }));
    expect(await closed(executionArn ?? '')).toMatchObject({ status: 'SUCCEEDED', output: '[1,2,3]' });
    const { mapRuns } = await sfn.send(new ListMapRunsCommand({ executionArn }));
    expect(mapRuns).toHaveLength(1);
    const mapRunArn = mapRuns?.[0].mapRunArn ?? '';
    expect(mapRuns?.[0].stateMachineArn).toBe(`${arn}/fan`);
    const run = await sfn.send(new DescribeMapRunCommand({ mapRunArn }));
    expect(run).toMatchObject({ executionArn, status: 'SUCCEEDED', maxConcurrency: 2, executionCounts: { succeeded: 3, total: 3, failed: 0 } });
    const children = await sfn.send(new ListExecutionsCommand({ mapRunArn }));
    expect(children.executions).toHaveLength(3);
    const child = await sfn.send(new DescribeStateMachineForExecutionCommand({ executionArn: children.executions?.[0].executionArn }));
    expect(child).toMatchObject({ mapRunArn, label: 'fan', name: 'exec-map/fan' });
    expect(JSON.parse(child.definition ?? '{}')).toMatchObject({ StartAt: 'Double' });
  });

  it('redrives a failed execution from the failed task and reports it in describe, list and history', async () => {
    const arn = await createMachine('exec-redrive', definitions.callback);
    const waitingTokens = async (executionArn: string, count: number) => {
      const history = await eventually(
        () => sfn.send(new GetExecutionHistoryCommand({ executionArn })),
        (h) => (h.events ?? []).filter((e) => e.type === 'TaskSubmitted').length === count,
      );
      return (history.events ?? []).filter((e) => e.type === 'TaskScheduled').map((e) => tokenFromHistory([e]));
    };
    const executionArn = (await sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: 'redriven', input: '{"order":1}' }))).executionArn ?? '';
    const untouched = (await sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: 'untouched' }))).executionArn ?? '';
    const [firstToken] = await waitingTokens(executionArn, 1);
    await sfn.send(new SendTaskFailureCommand({ taskToken: firstToken, error: 'Declined', cause: 'first try' }));
    expect(await closed(executionArn)).toMatchObject({ status: 'FAILED', error: 'Declined', redriveCount: 0, redriveStatus: 'REDRIVABLE' });

    const { redriveDate } = await sfn.send(new RedriveExecutionCommand({ executionArn }));
    expect(redriveDate).toBeInstanceOf(Date);
    const running = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    expect(running).toMatchObject({ status: 'RUNNING', redriveCount: 1, redriveDate, redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason: 'Execution is RUNNING and cannot be redriven' });
    expect(running.error).toBeUndefined();
    await expect(sfn.send(new RedriveExecutionCommand({ executionArn }))).rejects.toBeInstanceOf(ExecutionNotRedrivable);

    const tokens = await waitingTokens(executionArn, 2);
    expect(tokens[1]).not.toBe(firstToken);
    await expect(sfn.send(new SendTaskSuccessCommand({ taskToken: firstToken, output: '{}' }))).rejects.toBeInstanceOf(TaskDoesNotExist);
    await sfn.send(new SendTaskSuccessCommand({ taskToken: tokens[1], output: '{"approved":true}' }));
    expect(await closed(executionArn)).toMatchObject({ status: 'SUCCEEDED', output: '{"approved":true}', redriveCount: 1 });

    const events: HistoryEvent[] = [];
    for await (const page of paginateGetExecutionHistory({ client: sfn }, { executionArn })) events.push(...(page.events ?? []));
    const redriven = events.find((e) => e.type === 'ExecutionRedriven');
    expect(redriven?.executionRedrivenEventDetails).toEqual({ redriveCount: 1 });
    expect(events.slice(events.indexOf(redriven as HistoryEvent) + 1).map((e) => e.type)).toEqual([
      'TaskStateEntered',
      'TaskScheduled',
      'TaskStarted',
      'TaskSubmitted',
      'TaskSucceeded',
      'TaskStateExited',
      'ExecutionSucceeded',
    ]);
    expect(events.map((e) => e.id)).toEqual(events.map((_, i) => i + 1));

    const redrivenOnly = await sfn.send(new ListExecutionsCommand({ stateMachineArn: arn, redriveFilter: 'REDRIVEN' }));
    expect(redrivenOnly.executions?.map((e) => [e.name, e.redriveCount, e.redriveDate])).toEqual([['redriven', 1, redriveDate]]);
    const notRedriven = await sfn.send(new ListExecutionsCommand({ stateMachineArn: arn, redriveFilter: 'NOT_REDRIVEN' }));
    expect(notRedriven.executions?.map((e) => e.executionArn)).toEqual([untouched]);
    await sfn.send(new StopExecutionCommand({ executionArn: untouched }));
  });

  it('refuses to redrive succeeded executions and unknown ones with the modelled errors', async () => {
    const arn = await createMachine('exec-no-redrive', definitions.pass);
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn }));
    expect(await closed(executionArn ?? '')).toMatchObject({ status: 'SUCCEEDED', redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason: 'Execution is SUCCEEDED and cannot be redriven' });
    const err = await sfn.send(new RedriveExecutionCommand({ executionArn })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExecutionNotRedrivable);
    expect((err as Error).message).toBe('Execution is SUCCEEDED and cannot be redriven');
    await expect(sfn.send(new RedriveExecutionCommand({ executionArn: `${executionArn}-missing` }))).rejects.toBeInstanceOf(ExecutionDoesNotExist);
    await expect(sfn.send(new RedriveExecutionCommand({ executionArn: 'not-an-arn' }))).rejects.toBeInstanceOf(InvalidArn);
  });
});

describe('errors through the SDK', () => {
  const missing = 'arn:aws:states:us-east-1:123456789012:execution:nope:nope';

  it('raises the modelled exception classes', async () => {
    await expect(sfn.send(new DescribeExecutionCommand({ executionArn: missing }))).rejects.toBeInstanceOf(ExecutionDoesNotExist);
    await expect(sfn.send(new StartExecutionCommand({ stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:nope' }))).rejects.toBeInstanceOf(StateMachineDoesNotExist);
    await expect(sfn.send(new DescribeExecutionCommand({ executionArn: 'not-an-arn' }))).rejects.toBeInstanceOf(InvalidArn);
    await expect(sfn.send(new DescribeExecutionCommand({ executionArn: 'arn:aws:states:us-east-1:123456789012:activity:x' }))).rejects.toBeInstanceOf(InvalidArn);
    await expect(sfn.send(new CreateStateMachineCommand({ name: 'broken', definition: '{"StartAt":', roleArn: ROLE }))).rejects.toBeInstanceOf(InvalidDefinition);
    await expect(sfn.send(new CreateStateMachineCommand({ name: 'bad name!?', definition: definitions.pass, roleArn: ROLE }))).rejects.toBeInstanceOf(InvalidName);
    await expect(sfn.send(new ListTagsForResourceCommand({ resourceArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:nope' }))).rejects.toBeInstanceOf(ResourceNotFound);

    const arn = await createMachine('errors', definitions.wait);
    await expect(sfn.send(new StartExecutionCommand({ stateMachineArn: arn, input: '{not json' }))).rejects.toBeInstanceOf(InvalidExecutionInput);
    await sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: 'dup', input: '{"a":1}' }));
    // Same name and input while running is idempotent; other input is a conflict.
    await sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: 'dup', input: '{"a":1}' }));
    await expect(sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: 'dup', input: '{"a":2}' }))).rejects.toBeInstanceOf(ExecutionAlreadyExists);
    await sfn.send(new StopExecutionCommand({ executionArn: 'arn:aws:states:us-east-1:123456789012:execution:errors:dup' }));
  });

  it('reports model constraint violations as ValidationException with AWS wording', async () => {
    const err = await sfn.send(new GetExecutionHistoryCommand({ executionArn: missing, maxResults: 5000 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationException);
    expect((err as ValidationException).message).toBe(
      "1 validation error detected: Value '5000' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000",
    );
    await expect(sfn.send(new ListExecutionsCommand({}))).rejects.toBeInstanceOf(ValidationException);
    const fault = await sfn.send(new DescribeExecutionCommand({ executionArn: missing })).catch((e: unknown) => e);
    expect(fault).toBeInstanceOf(SFNServiceException);
    expect((fault as SFNServiceException).$metadata.httpStatusCode).toBe(400);
    expect((fault as SFNServiceException).$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
