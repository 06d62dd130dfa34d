import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine, createSequentialIdGenerator, createVirtualClock, LambdaFunctionError, MAX_HISTORY_EVENTS, SfnApiError, type EngineOptions } from '@/lib/engine';

function setup(definition: Record<string, unknown>, options: EngineOptions & { type?: 'STANDARD' | 'EXPRESS' } = {}) {
  const clock = createVirtualClock({ autoAdvance: true, start: Date.UTC(2024, 0, 1) });
  const engine = createEngine({ clock, ids: createSequentialIdGenerator(), ...options });
  const { stateMachineArn } = engine.createStateMachine({ name: 'sm', definition: JSON.stringify(definition), type: options.type });
  const start = (input: unknown = {}, name?: string) => engine.startExecution({ stateMachineArn, input: JSON.stringify(input), name }).executionArn;
  const events = (arn: string) => engine.readHistory(arn);
  const types = (arn: string) => events(arn).map((e) => e.type);
  return { clock, engine, stateMachineArn, start, events, types };
}

const flush = () => new Promise<void>((r) => setImmediate(r));

describe('createEngine', () => {
  it("reports a handler's thrown Error as a Lambda failure: message, type and its stack trace, in the history and in Catch's Cause", async () => {
    function chargeCard(): never {
      throw new TypeError('card declined');
    }
    const { engine, start, events } = setup(
      {
        StartAt: 'Charge',
        States: {
          Charge: {
            Type: 'Task',
            Resource: 'arn:aws:lambda:us-east-1:111111111111:function:charge',
            Retry: [{ ErrorEquals: ['TypeError'], IntervalSeconds: 1, MaxAttempts: 1 }],
            Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.failure', Next: 'Refund' }],
            End: true,
          },
          Refund: { Type: 'Pass', End: true },
        },
      },
      { handlers: { charge: () => chargeCard() } },
    );
    const arn = start({ order: 7 });
    const d = await engine.waitForExecution(arn);
    expect(d.status).toBe('SUCCEEDED');
    const failures = events(arn).filter((e) => e.type === 'LambdaFunctionFailed');
    expect(failures).toHaveLength(2);
    for (const failure of failures) {
      expect(failure.lambdaFunctionFailedEventDetails?.error).toBe('TypeError');
      const cause = JSON.parse(failure.lambdaFunctionFailedEventDetails?.cause ?? '') as { errorMessage: string; errorType: string; stackTrace: string[] };
      expect(cause).toMatchObject({ errorMessage: 'card declined', errorType: 'TypeError' });
      expect(cause.stackTrace[0]).toMatch(/^at chargeCard /);
    }
    const output = JSON.parse(d.output ?? '') as { order: number; failure: { Error: string; Cause: string } };
    expect(output.failure.Error).toBe('TypeError');
    expect(JSON.parse(output.failure.Cause)).toMatchObject({ errorMessage: 'card declined', errorType: 'TypeError' });
  });

  it('runs 40 Map iterations and 15 Parallel branches waiting at once without a listener-leak warning', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(`${w.name}: ${w.message}`);
    process.on('warning', onWarning);
    try {
      const waitThenTask = { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 5, Next: 'T' }, T: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:111111111111:function:echo', End: true } } };
      const { engine, start } = setup(
        {
          StartAt: 'P',
          States: {
            P: { Type: 'Parallel', Branches: Array.from({ length: 15 }, () => waitThenTask), ResultPath: null, Next: 'M' },
            M: { Type: 'Map', ItemsPath: '$.items', ItemProcessor: waitThenTask, End: true },
          },
        },
        { handlers: { echo: async (input: unknown) => input } },
      );
      const d = await engine.waitForExecution(start({ items: Array.from({ length: 40 }, (_, i) => i) }));
      expect(d.status).toBe('SUCCEEDED');
      await flush();
      expect(warnings).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('runs a Pass chain and writes the AWS event sequence with previousEventId links', async () => {
    const { engine, start, events } = setup({
      StartAt: 'A',
      States: { A: { Type: 'Pass', Result: { x: 1 }, ResultPath: '$.a', Next: 'B' }, B: { Type: 'Succeed' } },
    });
    const arn = start({ in: true });
    const d = await engine.waitForExecution(arn);
    expect(d.status).toBe('SUCCEEDED');
    expect(JSON.parse(d.output ?? '')).toEqual({ in: true, a: { x: 1 } });
    const ev = events(arn);
    expect(ev.map((e) => [e.id, e.previousEventId, e.type])).toEqual([
      [1, 0, 'ExecutionStarted'],
      [2, 0, 'PassStateEntered'],
      [3, 2, 'PassStateExited'],
      [4, 3, 'SucceedStateEntered'],
      [5, 4, 'SucceedStateExited'],
      [6, 5, 'ExecutionSucceeded'],
    ]);
    expect(ev[2].stateExitedEventDetails).toEqual({ name: 'A', output: '{"in":true,"a":{"x":1}}', outputDetails: { truncated: false } });
    expect(ev[0].timestamp).toBeInstanceOf(Date);
  });

  it('retries a failing task with exponential back-off on the virtual clock', async () => {
    let calls = 0;
    const { engine, start, events } = setup(
      {
        StartAt: 'T',
        States: { T: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:111111111111:function:flaky', Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 2, BackoffRate: 3, MaxAttempts: 3 }], End: true } },
      },
      { handlers: { flaky: (input) => (++calls < 3 ? Promise.reject(new Error('boom')) : input) } },
    );
    const arn = start({ ok: 1 });
    const d = await engine.waitForExecution(arn);
    expect(d.status).toBe('SUCCEEDED');
    const scheduled = events(arn).filter((e) => e.type === 'LambdaFunctionScheduled').map((e) => e.timestamp.getTime());
    expect(scheduled).toHaveLength(3);
    expect([scheduled[1] - scheduled[0], scheduled[2] - scheduled[1]]).toEqual([2000, 6000]);
  });

  it('caps back-off at MaxDelaySeconds and fails with the task error after MaxAttempts', async () => {
    const { engine, start, events } = setup(
      {
        StartAt: 'T',
        States: { T: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:111111111111:function:bad', Retry: [{ ErrorEquals: ['Custom'], IntervalSeconds: 10, BackoffRate: 10, MaxDelaySeconds: 15, MaxAttempts: 2 }], End: true } },
      },
      { handlers: { bad: () => { throw new LambdaFunctionError('Custom', 'nope'); } } },
    );
    const arn = start();
    const d = await engine.waitForExecution(arn);
    expect(d.status).toBe('FAILED');
    expect(d.error).toBe('Custom');
    expect(JSON.parse(d.cause ?? '{}')).toMatchObject({ errorType: 'Custom', errorMessage: 'nope' });
    const t = events(arn).filter((e) => e.type === 'LambdaFunctionScheduled').map((e) => e.timestamp.getTime());
    expect([t[1] - t[0], t[2] - t[1]]).toEqual([10_000, 15_000]);
  });

  it('catches an error into ResultPath and continues at the catcher', async () => {
    const { engine, start } = setup({
      StartAt: 'F',
      States: {
        F: { Type: 'Parallel', Branches: [{ StartAt: 'X', States: { X: { Type: 'Fail', Error: 'Oops', Cause: 'why' } } }], Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.err', Next: 'Done' }], End: true },
        Done: { Type: 'Pass', End: true },
      },
    });
    const d = await engine.waitForExecution(start({ keep: 1 }));
    expect(JSON.parse(d.output ?? '')).toEqual({ keep: 1, err: { Error: 'Oops', Cause: 'why' } });
  });

  it('resumes a .waitForTaskToken task when sendTaskSuccess is called with its token', async () => {
    let token = '';
    const { engine, start, types } = setup(
      {
        StartAt: 'Wait',
        States: { Wait: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', Parameters: { 'token.$': '$$.Task.Token' }, End: true } },
      },
      { handlers: { 'arn:aws:states:::sqs:sendMessage': (input) => { token = (input as { token: string }).token; return { MessageId: 'm1' }; } } },
    );
    const arn = start();
    await flush();
    expect(engine.describeExecution({ executionArn: arn }).status).toBe('RUNNING');
    expect(types(arn).at(-1)).toBe('TaskSubmitted');
    engine.sendTaskSuccess({ taskToken: token, output: '{"done":true}' });
    const d = await engine.waitForExecution(arn);
    expect(d.status).toBe('SUCCEEDED');
    expect(JSON.parse(d.output ?? '')).toEqual({ done: true });
    expect(types(arn)).toEqual(['ExecutionStarted', 'TaskStateEntered', 'TaskScheduled', 'TaskStarted', 'TaskSubmitted', 'TaskSucceeded', 'TaskStateExited', 'ExecutionSucceeded']);
    expect(() => engine.sendTaskSuccess({ taskToken: token, output: '{}' })).toThrow(SfnApiError);
  });

  it('fails a callback task with States.HeartbeatTimeout when no heartbeat arrives in time', async () => {
    let token = '';
    const { engine, start, events } = setup(
      { StartAt: 'W', States: { W: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', HeartbeatSeconds: 10, Parameters: { 't.$': '$$.Task.Token' }, End: true } } },
      { handlers: { 'arn:aws:states:::sqs:sendMessage': (input) => { token = (input as { t: string }).t; return {}; } } },
    );
    const arn = start();
    const d = await engine.waitForExecution(arn);
    expect(token).not.toBe('');
    expect(d.status).toBe('FAILED');
    expect(d.error).toBe('States.HeartbeatTimeout');
    const ev = events(arn);
    expect(ev.find((e) => e.type === 'TaskTimedOut')).toBeDefined();
    expect(ev.find((e) => e.type === 'TaskScheduled')?.taskScheduledEventDetails?.heartbeatInSeconds).toBe(10);
  });

  it('keeps a callback task alive while heartbeats arrive', async () => {
    let token = '';
    const clock = createVirtualClock({ start: 0 });
    const engine = createEngine({ clock, handlers: { 'arn:aws:states:::sqs:sendMessage': (input) => { token = (input as { t: string }).t; return {}; } } });
    const { stateMachineArn } = engine.createStateMachine({ name: 'hb', definition: JSON.stringify({ StartAt: 'W', States: { W: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', HeartbeatSeconds: 10, Parameters: { 't.$': '$$.Task.Token' }, End: true } } }) });
    const { executionArn } = engine.startExecution({ stateMachineArn });
    await flush();
    for (let i = 0; i < 3; i++) {
      await clock.advance(8_000);
      engine.sendTaskHeartbeat({ taskToken: token });
    }
    expect(engine.describeExecution({ executionArn }).status).toBe('RUNNING');
    engine.sendTaskFailure({ taskToken: token, error: 'Worker.Failed', cause: 'gave up' });
    const d = await engine.waitForExecution(executionArn);
    expect([d.status, d.error, d.cause]).toEqual(['FAILED', 'Worker.Failed', 'gave up']);
  });

  it('times out a slow task after TimeoutSeconds with States.Timeout', async () => {
    const { engine, start, types } = setup(
      { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', TimeoutSeconds: 5, Parameters: { FunctionName: 'slow', Payload: {} }, End: true } } },
      { handlers: { slow: async (input, ctx) => { await ctx.clock.sleep(60_000, ctx.signal); return input; } } },
    );
    const arn = start();
    const d = await engine.waitForExecution(arn);
    expect(d.error).toBe('States.Timeout');
    expect(types(arn)).toContain('TaskTimedOut');
  });

  it('hands activity work to getActivityTask and completes it with sendTaskSuccess', async () => {
    const clock = createVirtualClock({ autoAdvance: true });
    const engine = createEngine({ clock });
    const { activityArn } = engine.createActivity({ name: 'review' });
    const { stateMachineArn } = engine.createStateMachine({ name: 'act', definition: JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Task', Resource: activityArn, End: true } } }) });
    const { executionArn } = engine.startExecution({ stateMachineArn, input: '{"doc":7}' });
    const task = await engine.getActivityTask({ activityArn, workerName: 'w1' });
    expect(JSON.parse(task.input ?? '')).toEqual({ doc: 7 });
    engine.sendTaskSuccess({ taskToken: task.taskToken ?? '', output: '{"approved":true}' });
    const d = await engine.waitForExecution(executionArn);
    expect(JSON.parse(d.output ?? '')).toEqual({ approved: true });
    const types = engine.readHistory(executionArn).map((e) => e.type);
    expect(types).toEqual(['ExecutionStarted', 'TaskStateEntered', 'ActivityScheduled', 'ActivityStarted', 'ActivitySucceeded', 'TaskStateExited', 'ExecutionSucceeded']);
  });

  it('refuses .waitForTaskToken, .sync and activities in an Express state machine at creation', () => {
    const engine = createEngine();
    for (const resource of ['arn:aws:states:::sqs:sendMessage.waitForTaskToken', 'arn:aws:states:::states:startExecution.sync:2', 'arn:aws:states:us-east-1:111111111111:activity:a']) {
      const definition = JSON.stringify({ StartAt: 'T', States: { T: { Type: 'Task', Resource: resource, End: true } } });
      expect(() => engine.createStateMachine({ name: 'x', definition, type: 'EXPRESS' })).toThrow(/Express state machine does not support/);
    }
  });

  it('rejects an invalid definition with InvalidDefinition', () => {
    const engine = createEngine();
    const definition = JSON.stringify({ StartAt: 'Nope', States: { A: { Type: 'Pass', End: true } } });
    expect(() => engine.createStateMachine({ name: 'bad', definition })).toThrow(/MISSING_TRANSITION_TARGET/);
    expect(engine.validateStateMachineDefinition({ definition }).result).toBe('FAIL');
  });

  it('fails a Standard execution at the 25,000-event history limit', async () => {
    const { engine, start, events } = setup({
      StartAt: 'Loop',
      States: { Loop: { Type: 'Pass', Next: 'Loop2' }, Loop2: { Type: 'Pass', Next: 'Loop' } },
    });
    const arn = start();
    const d = await engine.waitForExecution(arn);
    expect(d.status).toBe('FAILED');
    expect(d.error).toBe('States.Runtime');
    expect(events(arn)).toHaveLength(MAX_HISTORY_EVENTS);
    expect(events(arn).at(-1)?.type).toBe('ExecutionFailed');
  });

  it('fails a state whose output exceeds 256 KiB with States.DataLimitExceeded', async () => {
    const { engine, start } = setup({ StartAt: 'Big', States: { Big: { Type: 'Pass', Result: 'a'.repeat(262_200), End: true } } });
    const d = await engine.waitForExecution(start());
    expect(d.error).toBe('States.DataLimitExceeded');
  });

  it('runs Wait states instantly on the virtual clock while keeping their duration in the history', async () => {
    const { engine, start, events } = setup({ StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 3600, End: true } } });
    const arn = start();
    await engine.waitForExecution(arn);
    const ev = events(arn);
    expect(ev[2].timestamp.getTime() - ev[1].timestamp.getTime()).toBe(3_600_000);
  });

  it('times out the execution after the definition TimeoutSeconds', async () => {
    const { engine, start, types } = setup({ TimeoutSeconds: 5, StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 60, End: true } } });
    const arn = start();
    const d = await engine.waitForExecution(arn);
    expect(d.status).toBe('TIMED_OUT');
    expect(types(arn).at(-1)).toBe('ExecutionTimedOut');
  });

  it('stops a running execution with StopExecution', async () => {
    const clock = createVirtualClock();
    const engine = createEngine({ clock });
    const { stateMachineArn } = engine.createStateMachine({ name: 's', definition: JSON.stringify({ StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 60, End: true } } }) });
    const { executionArn } = engine.startExecution({ stateMachineArn });
    engine.stopExecution({ executionArn, error: 'Manual', cause: 'operator' });
    const d = await engine.waitForExecution(executionArn);
    expect([d.status, d.error, d.cause]).toEqual(['ABORTED', 'Manual', 'operator']);
    const types = engine.readHistory(executionArn).map((e) => e.type);
    expect(types.slice(-2)).toEqual(['WaitStateAborted', 'ExecutionAborted']);
  });

  it('names the resource when no local handler is registered for it', async () => {
    const { engine, start } = setup({ StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:states:::dynamodb:putItem', End: true } } });
    const d = await engine.waitForExecution(start());
    expect(d.error).toBe('States.Runtime');
    expect(d.cause).toContain('arn:aws:states:::dynamodb:putItem');
  });

  it('answers a missing Lambda function the way Lambda does', async () => {
    const { engine, start } = setup({ StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'ghost' }, End: true } } });
    const d = await engine.waitForExecution(start());
    expect(d.error).toBe('Lambda.ResourceNotFoundException');
    expect(d.cause).toContain('function:ghost:$LATEST');
  });

  it('returns mocked responses per attempt from a Step Functions Local mock config', async () => {
    const { engine, stateMachineArn } = setup(
      { StartAt: 'Call', States: { Call: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'f' }, Retry: [{ ErrorEquals: ['Lambda.TooManyRequestsException'], IntervalSeconds: 1 }], End: true } } },
      {
        mockConfig: {
          StateMachines: { sm: { TestCases: { Flaky: { Call: 'ThrottledThenOk' } } } },
          MockedResponses: { ThrottledThenOk: { '0-1': { Throw: { Error: 'Lambda.TooManyRequestsException', Cause: 'slow down' } }, '2': { Return: { StatusCode: 200, Payload: { ok: true } } } } },
        },
      },
    );
    const { executionArn } = engine.startExecution({ stateMachineArn: `${stateMachineArn}#Flaky` });
    const d = await engine.waitForExecution(executionArn);
    expect(JSON.parse(d.output ?? '')).toEqual({ StatusCode: 200, Payload: { ok: true } });
    expect(engine.getExecutionHistory({ executionArn }).events.filter((e) => e.type === 'TaskFailed')).toHaveLength(2);
  });

  it('wraps lambda:invoke results in the invoke response and passes a bare-ARN result through', async () => {
    const { engine, start } = setup(
      {
        StartAt: 'Invoke',
        States: {
          Invoke: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'echo', 'Payload.$': '$' }, ResultSelector: { 'p.$': '$.Payload', 's.$': '$.StatusCode' }, ResultPath: '$.invoke', Next: 'Bare' },
          Bare: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:111111111111:function:echo', ResultPath: '$.bare', End: true },
        },
      },
      { handlers: { echo: (e) => e } },
    );
    const d = await engine.waitForExecution(start({ a: 1 }));
    expect(JSON.parse(d.output ?? '')).toEqual({ a: 1, invoke: { p: { a: 1 }, s: 200 }, bare: { a: 1, invoke: { p: { a: 1 }, s: 200 } } });
  });

  it('scopes variables: Map iterations read outer variables and their assignments stay inside', async () => {
    const { engine, start } = setup({
      StartAt: 'Init',
      States: {
        Init: { Type: 'Pass', Assign: { factor: 10 }, Next: 'M' },
        M: { Type: 'Map', ItemsPath: '$.xs', ItemProcessor: { StartAt: 'Mul', States: { Mul: { Type: 'Pass', Assign: { inner: 1 }, Parameters: { 'v.$': 'States.MathAdd($, $factor)' }, End: true } } }, Next: 'Check' },
        Check: { Type: 'Pass', Parameters: { 'factor.$': '$factor', 'results.$': '$' }, End: true },
      },
    });
    const d = await engine.waitForExecution(start({ xs: [1, 2] }));
    expect(JSON.parse(d.output ?? '')).toEqual({ factor: 10, results: [{ v: 11 }, { v: 12 }] });
  });

  it('evaluates JSONata Arguments, Output and Assign with $states', async () => {
    const { engine, start, events } = setup({
      QueryLanguage: 'JSONata',
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Assign: { total: '{% $sum($states.input.xs) %}' }, Output: '{% {"n": $count($states.input.xs)} %}', Next: 'B' },
        B: { Type: 'Pass', Output: '{% {"n": $states.input.n, "total": $total} %}', End: true },
      },
    });
    const arn = start({ xs: [1, 2, 3] });
    const d = await engine.waitForExecution(arn);
    expect(JSON.parse(d.output ?? '')).toEqual({ n: 3, total: 6 });
    expect(events(arn)[2].stateExitedEventDetails?.assignedVariables).toEqual({ total: '6' });
  });

  it('pages GetExecutionHistory with nextToken and reverseOrder', async () => {
    const { engine, start } = setup({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', End: true } } });
    const arn = start();
    await engine.waitForExecution(arn);
    const p1 = engine.getExecutionHistory({ executionArn: arn, maxResults: 4 });
    const p2 = engine.getExecutionHistory({ executionArn: arn, maxResults: 4, nextToken: p1.nextToken });
    expect([...p1.events, ...p2.events].map((e) => e.id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(p2.nextToken).toBeUndefined();
    expect(engine.getExecutionHistory({ executionArn: arn, reverseOrder: true, maxResults: 1 }).events[0].type).toBe('ExecutionSucceeded');
  });

  it('refuses a second execution with the same name', async () => {
    const { start } = setup({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } });
    start({}, 'once');
    expect(() => start({ other: 1 }, 'once')).toThrow(/ExecutionAlreadyExists|Execution Already Exists/);
  });

  it('runs a distributed Map over local JSON Lines and CSV files and writes results to a folder', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'engine-dmap-'));
    await mkdir(path.join(root, 'bucket'), { recursive: true });
    await writeFile(path.join(root, 'bucket', 'items.jsonl'), '{"id":1}\n{"id":2}\n{"id":3}\n');
    await writeFile(path.join(root, 'bucket', 'items.csv'), 'id,name\n1,a\n2,b\n');
    const processor = { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'P', States: { P: { Type: 'Pass', End: true } } };
    const { engine, start, types } = setup(
      {
        StartAt: 'Lines',
        States: {
          Lines: { Type: 'Map', ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'JSONL' }, Parameters: { Bucket: 'bucket', Key: 'items.jsonl' } }, ItemBatcher: { MaxItemsPerBatch: 2 }, ItemProcessor: processor, ResultPath: '$.lines', Next: 'Csv' },
          Csv: { Type: 'Map', ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW' }, Parameters: { Bucket: 'bucket', Key: 'items.csv' } }, ItemProcessor: processor, ResultWriter: { Resource: 'arn:aws:states:::s3:putObject', Parameters: { Bucket: 'bucket', Prefix: 'out' } }, ResultPath: '$.csv', End: true },
        },
      },
      { localBucketRoot: root },
    );
    const arn = start();
    const d = await engine.waitForExecution(arn);
    expect(d.status).toBe('SUCCEEDED');
    const out = JSON.parse(d.output ?? '') as { lines: unknown; csv: { ResultWriterDetails: { Key: string } } };
    expect(out.lines).toEqual([{ Items: [{ id: 1 }, { id: 2 }] }, { Items: [{ id: 3 }] }]);
    const manifest = JSON.parse(await readFile(path.join(root, 'bucket', out.csv.ResultWriterDetails.Key), 'utf8')) as { ResultFiles: { SUCCEEDED: { Key: string }[] } };
    const written = JSON.parse(await readFile(path.join(root, 'bucket', manifest.ResultFiles.SUCCEEDED[0].Key), 'utf8')) as { Output: string }[];
    expect(written.map((w) => JSON.parse(w.Output))).toEqual([{ id: '1', name: 'a' }, { id: '2', name: 'b' }]);
    expect(types(arn).filter((t) => t.startsWith('MapRun'))).toEqual(['MapRunStarted', 'MapRunSucceeded', 'MapRunStarted', 'MapRunSucceeded']);
  });

  it('fails an inline Map whose iteration fails, recording the iteration failure', async () => {
    const { engine, start, types } = setup({
      StartAt: 'M',
      States: { M: { Type: 'Map', MaxConcurrency: 1, ItemProcessor: { StartAt: 'C', States: { C: { Type: 'Choice', Choices: [{ Variable: '$', NumericEquals: 2, Next: 'Bad' }], Default: 'Ok' }, Ok: { Type: 'Succeed' }, Bad: { Type: 'Fail', Error: 'Two' } } }, End: true } },
    });
    const arn = start([1, 2, 3]);
    const d = await engine.waitForExecution(arn);
    expect(d.error).toBe('Two');
    expect(types(arn)).toContain('MapIterationFailed');
    expect(types(arn).slice(-2)).toEqual(['MapStateFailed', 'ExecutionFailed']);
  });
});
