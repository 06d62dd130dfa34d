import {
  CreateActivityCommand,
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  GetActivityTaskCommand,
  GetExecutionHistoryCommand,
  InvalidDefinition,
  InvalidExecutionInput,
  InvalidName,
  InvalidOutput,
  ListStateMachinesCommand,
  ListTagsForResourceCommand,
  SendTaskFailureCommand,
  SendTaskSuccessCommand,
  SFNClient,
  SFNServiceException,
  StartExecutionCommand,
  StartSyncExecutionCommand,
  StopExecutionCommand,
  TagResourceCommand,
  UpdateStateMachineCommand,
  ValidationException,
} from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEngineServer, type EngineServer } from '@/scripts/engine';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { definitions, eventually, ROLE, tokenFromHistory } from './support';

/** Names AWS refuses, one per forbidden character class (API reference, `name` member). */
const BAD_NAMES: [string, string][] = [
  ['a lone high surrogate', 'order-\ud800'],
  ['a lone low surrogate', '\udc00-order'],
  ['a reversed surrogate pair', 'x\udc00\ud800x'],
  ['NUL', 'order\u0000'],
  ['U+001F', 'order\u001f'],
  ['DEL (U+007F)', 'order\u007f'],
  ['U+009F', 'order\u009f'],
  ['U+FFFE', 'order\ufffe'],
  ['U+FFFF', 'order\uffff'],
  ['U+10FFFF', 'order\u{10ffff}'],
  ['a tab', 'order\tone'],
  ['a newline', 'order\none'],
  ['a space', 'bad name'],
  ...[...'<>{}[]'].map((c): [string, string] => [`the bracket ${c}`, `order${c}1`]),
  ...[...'?*'].map((c): [string, string] => [`the wildcard ${c}`, `order${c}`]),
  ...[...'"#%\\^|~`$&,;:/'].map((c): [string, string] => [`the special character ${c}`, `a${c}b`]),
];

/** Lengths outside the model's 1–80 are the framework's ValidationException, as on AWS. */
const BAD_LENGTHS: [string, string][] = [
  ['81 characters', 'a'.repeat(81)],
  ['empty', ''],
];

const GOOD_NAMES: [string, string][] = [
  ['unicode letters', 'Zürich-日本語-Ωμέγα'],
  ['an emoji (a surrogate pair)', 'launch-🚀'],
  ['hyphens, underscores and dots', 'nightly_backup-v2.1'],
  ['80 characters', 'n'.repeat(80)],
];

const express = JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } }, Comment: 'express' });

type Target = { label: string; open: () => Promise<{ server: EngineServer; database?: TestDatabase }> };

const targets: Target[] = [
  { label: 'in memory', open: async () => ({ server: await startEngineServer({ port: 0 }) }) },
  {
    // SQLite, or PostgreSQL when TEST_DATABASE_URL names a server.
    label: 'on a database',
    open: async () => {
      const database = await createTestDatabase();
      return { server: await startEngineServer({ port: 0, databaseUrl: database.url }), database };
    },
  },
];

describe.each(targets)('hostile requests to the engine $label', ({ open }) => {
  let server: EngineServer;
  let database: TestDatabase | undefined;
  let sfn: SFNClient;
  let standardArn: string;
  let expressArn: string;

  beforeAll(async () => {
    ({ server, database } = await open());
    sfn = new SFNClient({ endpoint: server.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, disableHostPrefix: true, maxAttempts: 1 });
    standardArn = (await sfn.send(new CreateStateMachineCommand({ name: 'target', definition: definitions.pass, roleArn: ROLE }))).stateMachineArn ?? '';
    expressArn = (await sfn.send(new CreateStateMachineCommand({ name: 'target-express', definition: express, roleArn: ROLE, type: 'EXPRESS' }))).stateMachineArn ?? '';
  });

  afterAll(async () => {
    sfn.destroy();
    await server.close();
    await database?.cleanup();
  });

  const nameFields: [string, (name: string) => Promise<unknown>][] = [
    ['CreateStateMachine', (name) => sfn.send(new CreateStateMachineCommand({ name, definition: definitions.pass, roleArn: ROLE }))],
    ['CreateActivity', (name) => sfn.send(new CreateActivityCommand({ name }))],
    ['StartExecution', (name) => sfn.send(new StartExecutionCommand({ stateMachineArn: standardArn, name }))],
    ['StartSyncExecution', (name) => sfn.send(new StartSyncExecutionCommand({ stateMachineArn: expressArn, name }))],
  ];

  describe.each(nameFields)('%s name', (_, send) => {
    it.each(BAD_NAMES)('refuses %s with InvalidName', async (_, name) => {
      const err = await send(name).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(InvalidName);
      expect((err as InvalidName).message).toBe(`Invalid Name: '${name}'`);
      expect((err as InvalidName).$metadata.httpStatusCode).toBe(400);
    });

    it.each(BAD_LENGTHS)('refuses a name of %s with ValidationException', async (_, name) => {
      await expect(send(name)).rejects.toBeInstanceOf(ValidationException);
    });

    it.each(GOOD_NAMES)('accepts %s', async (_, name) => {
      await expect(send(name)).resolves.toBeDefined();
    });
  });

  it('refuses input that is not Unicode, and keeps input that escapes a surrogate in JSON', async () => {
    await expect(sfn.send(new StartExecutionCommand({ stateMachineArn: standardArn, input: '{"note":"\ud800"}' }))).rejects.toBeInstanceOf(InvalidExecutionInput);
    await expect(sfn.send(new StartSyncExecutionCommand({ stateMachineArn: expressArn, input: '"\udfff"' }))).rejects.toBeInstanceOf(InvalidExecutionInput);
    // `\ud800` spelled as a JSON escape is valid JSON text: AWS runs it, and so do we.
    const { executionArn = '' } = await sfn.send(new StartExecutionCommand({ stateMachineArn: standardArn, name: 'escaped-surrogate', input: '{"note":"\\ud800"}' }));
    const done = await eventually(
      () => sfn.send(new DescribeExecutionCommand({ executionArn })),
      (d) => d.status !== 'RUNNING',
    );
    expect(done).toMatchObject({ status: 'SUCCEEDED', input: '{"note":"\\ud800"}' });
  });

  it('refuses task output, errors and causes that are not Unicode, then takes a valid answer', async () => {
    const callbackArn = (await sfn.send(new CreateStateMachineCommand({ name: 'callback', definition: definitions.callback, roleArn: ROLE }))).stateMachineArn ?? '';
    const { executionArn = '' } = await sfn.send(new StartExecutionCommand({ stateMachineArn: callbackArn, name: 'waits' }));
    const events = await eventually(
      async () => (await sfn.send(new GetExecutionHistoryCommand({ executionArn }))).events ?? [],
      (ev) => ev.some((e) => e.type === 'TaskSubmitted'),
    );
    const taskToken = tokenFromHistory(events);
    await expect(sfn.send(new SendTaskSuccessCommand({ taskToken, output: '{"ok":"\udbff"}' }))).rejects.toBeInstanceOf(InvalidOutput);
    await expect(sfn.send(new SendTaskFailureCommand({ taskToken, error: 'Bad\ud800' }))).rejects.toBeInstanceOf(ValidationException);
    await expect(sfn.send(new SendTaskFailureCommand({ taskToken, cause: 'bad \udc00 cause' }))).rejects.toBeInstanceOf(ValidationException);
    await expect(sfn.send(new StopExecutionCommand({ executionArn, cause: '\ud800' }))).rejects.toBeInstanceOf(ValidationException);
    await sfn.send(new SendTaskSuccessCommand({ taskToken, output: '{"approved":"ja ✓"}' }));
    const done = await eventually(
      () => sfn.send(new DescribeExecutionCommand({ executionArn })),
      (d) => d.status !== 'RUNNING',
    );
    expect(done).toMatchObject({ status: 'SUCCEEDED', output: '{"approved":"ja ✓"}' });
  });

  it('refuses a worker name that is not Unicode', async () => {
    const { activityArn = '' } = await sfn.send(new CreateActivityCommand({ name: 'polled' }));
    await expect(sfn.send(new GetActivityTaskCommand({ activityArn, workerName: 'worker-\ud800' }))).rejects.toBeInstanceOf(ValidationException);
  });

  it('validates tags as AWS does: lengths and the allowed characters', async () => {
    const tag = (key: string, value: string) => sfn.send(new TagResourceCommand({ resourceArn: standardArn, tags: [{ key, value }] }));
    for (const [key, value] of [
      ['team', 'pay\ud800'],
      ['te\udc00am', 'payments'],
      ['team*', 'payments'],
      ['team', 'pay;ments'],
      ['team', 'new\nline'],
      ['k'.repeat(129), 'v'],
      ['team', 'v'.repeat(257)],
      ['', 'v'],
    ]) {
      await expect(tag(key, value), `${JSON.stringify(key)}=${JSON.stringify(value)}`).rejects.toBeInstanceOf(ValidationException);
    }
    await expect(
      sfn.send(new CreateStateMachineCommand({ name: 'tagged-badly', definition: definitions.pass, roleArn: ROLE, tags: [{ key: 'owner', value: '<script>' }] })),
    ).rejects.toBeInstanceOf(ValidationException);
    await tag('cost centre: payments/eu', 'Zürich @ 1+1=2_x.y-z');
    const { tags } = await sfn.send(new ListTagsForResourceCommand({ resourceArn: standardArn }));
    expect(tags).toEqual([{ key: 'cost centre: payments/eu', value: 'Zürich @ 1+1=2_x.y-z' }]);
  });

  it('refuses a definition with a lone surrogate, raw or escaped, and a Map label that is not a name', async () => {
    const create = (name: string, definition: string) => sfn.send(new CreateStateMachineCommand({ name, definition, roleArn: ROLE }));
    const pass = (stateName: string) => JSON.stringify({ StartAt: stateName, States: { [stateName]: { Type: 'Pass', End: true } } });
    await expect(create('raw-surrogate', pass('Step\ud800'))).rejects.toBeInstanceOf(InvalidDefinition);
    await expect(create('escaped-surrogate', pass('Step\ud800').replace('\ud800', '\\ud800'))).rejects.toBeInstanceOf(InvalidDefinition);
    const fail = JSON.stringify({ StartAt: 'F', States: { F: { Type: 'Fail', Error: 'E', Cause: '\ud800' } } });
    await expect(sfn.send(new UpdateStateMachineCommand({ stateMachineArn: standardArn, definition: fail }))).rejects.toBeInstanceOf(InvalidDefinition);
    const withLabel = (label: string) => definitions.distributedMap.replace('"Label":"fan"', `"Label":${JSON.stringify(label)}`);
    for (const label of ['bad label', 'fan/out', 'x'.repeat(41), '', 'tab\there']) {
      await expect(create('labelled', withLabel(label)), JSON.stringify(label)).rejects.toBeInstanceOf(InvalidDefinition);
    }
    await expect(create('labelled', withLabel('fan-out_2'))).resolves.toMatchObject({ stateMachineArn: expect.stringContaining(':labelled') });
  });

  it('refuses a body that is not UTF-8', async () => {
    const res = await fetch(server.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'AWSStepFunctions.CreateActivity' },
      body: Buffer.concat([Buffer.from('{"name":"a'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ __type: 'SerializationException' });
  });

  it('refuses a request over 1 MB with RequestEntityTooLargeException (HTTP 413)', async () => {
    const err = await sfn.send(new StartExecutionCommand({ stateMachineArn: standardArn, input: JSON.stringify({ blob: 'x'.repeat(1_100_000) }) })).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(SFNServiceException);
    expect(err).toMatchObject({ name: 'RequestEntityTooLargeException', $metadata: { httpStatusCode: 413 } });
  });

  it('still serves, and stores, what comes after all of that', async () => {
    const { stateMachineArn = '' } = await sfn.send(new CreateStateMachineCommand({ name: 'after-the-storm', definition: definitions.pass, roleArn: ROLE }));
    const { executionArn = '' } = await sfn.send(new StartExecutionCommand({ stateMachineArn, name: 'calm' }));
    const done = await eventually(
      () => sfn.send(new DescribeExecutionCommand({ executionArn })),
      (d) => d.status !== 'RUNNING',
    );
    expect(done.status).toBe('SUCCEEDED');
    expect((await sfn.send(new ListStateMachinesCommand({}))).stateMachines?.map((s) => s.name)).toContain('after-the-storm');
    await server.engine.flush();
    if (database) {
      // The writes reached the database: none is stuck behind a failed one.
      expect(await database.db.engineStateMachine.findUnique({ where: { arn: stateMachineArn } })).toMatchObject({ name: 'after-the-storm' });
      expect(await database.db.engineExecution.findUnique({ where: { arn: executionArn } })).toMatchObject({ status: 'SUCCEEDED' });
      const escaped = await database.db.engineExecution.findFirst({ where: { name: 'escaped-surrogate' } });
      expect(escaped).toMatchObject({ status: 'SUCCEEDED', input: '{"note":"\\ud800"}' });
    }
  });
});
