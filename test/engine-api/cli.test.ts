import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineServer } from '@/scripts/engine';
import { definitions, eventually, ROLE, startTestServer, tokenFromHistory } from './support';

/** The Debian AWS CLI v2; `aws` on PATH may be a pip-installed v1. */
const AWS = '/usr/bin/aws';
const HAS_CLI = existsSync(AWS);
if (!HAS_CLI) console.warn(`Skipping the AWS CLI tests: ${AWS} is not installed (CI installs awscli).`);

type CliResult = { code: number; stdout: string; stderr: string };

let server: EngineServer;
let home: string;

// Async on purpose: the server runs in this process, a sync spawn would block it.
function cli(args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      AWS,
      ['stepfunctions', ...args, '--endpoint-url', server.endpoint, '--region', 'us-east-1', '--output', 'json'],
      {
        env: { NODE_ENV: 'test', PATH: process.env.PATH, HOME: home, AWS_ACCESS_KEY_ID: 'dummy', AWS_SECRET_ACCESS_KEY: 'dummy', AWS_EC2_METADATA_DISABLED: 'true', AWS_PAGER: '' },
        timeout: 60_000,
      },
      (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    );
  });
}

async function json<T>(args: string[]): Promise<T> {
  const r = await cli(args);
  if (r.code !== 0) throw new Error(`aws ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return (r.stdout.trim() ? JSON.parse(r.stdout) : {}) as T;
}

type Execution = { executionArn: string; name: string; status: string; output?: string; error?: string; cause?: string };
type History = { events: { id: number; type: string; taskScheduledEventDetails?: { parameters?: string }; executionStartedEventDetails?: { input?: string } }[]; NextToken?: string };

const createMachine = async (name: string, definition: string) =>
  (await json<{ stateMachineArn: string }>(['create-state-machine', '--name', name, '--definition', definition, '--role-arn', ROLE])).stateMachineArn;
const start = async (stateMachineArn: string, extra: string[] = []) =>
  (await json<{ executionArn: string }>(['start-execution', '--state-machine-arn', stateMachineArn, ...extra])).executionArn;
// Polls through the engine itself: a CLI call per poll would be slow.
const closed = async (executionArn: string) => {
  await eventually(async () => server.engine.describeExecution({ executionArn }).status, (s) => s !== 'RUNNING');
  return json<Execution>(['describe-execution', '--execution-arn', executionArn]);
};

/** The token a callback task published, once it is waiting (read with the CLI, as a consumer would). */
async function callbackToken(executionArn: string): Promise<string> {
  await eventually(async () => server.engine.getExecutionHistory({ executionArn }).events, (events) => events.some((e) => e.type === 'TaskSubmitted'));
  return tokenFromHistory((await json<History>(['get-execution-history', '--execution-arn', executionArn])).events);
}

describe.skipIf(!HAS_CLI)('the AWS CLI v2 against the engine endpoint', () => {
  beforeAll(async () => {
    home = mkdtempSync(path.join(tmpdir(), 'statescope-cli-'));
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
    rmSync(home, { recursive: true, force: true });
  });

  it('creates a state machine, runs it and describes the execution', { timeout: 60_000 }, async () => {
    const arn = await createMachine('cli-basic', definitions.pass);
    expect(arn).toBe('arn:aws:states:us-east-1:123456789012:stateMachine:cli-basic');
    expect(await json<{ name: string; type: string }>(['describe-state-machine', '--state-machine-arn', arn])).toMatchObject({ name: 'cli-basic', type: 'STANDARD' });
    const executionArn = await start(arn, ['--name', 'first', '--input', '{"x":1}']);
    expect(await closed(executionArn)).toMatchObject({ status: 'SUCCEEDED', name: 'first', output: '{"ok":true}' });
    const listed = await json<{ stateMachines: { name: string }[] }>(['list-state-machines']);
    expect(listed.stateMachines.map((s) => s.name)).toContain('cli-basic');
  });

  it('lists executions with a status filter and pages through them', { timeout: 60_000 }, async () => {
    const arn = await createMachine('cli-list', definitions.wait);
    for (let i = 0; i < 5; i++) await start(arn, ['--name', `r${i}`]);
    const stopped = await json<{ stopDate: string }>(['stop-execution', '--execution-arn', `${arn.replace(':stateMachine:', ':execution:')}:r0`, '--error', 'Stop', '--cause', 'cli']);
    expect(stopped.stopDate).toBeTruthy();
    expect(await closed(`${arn.replace(':stateMachine:', ':execution:')}:r0`)).toMatchObject({ status: 'ABORTED', error: 'Stop', cause: 'cli' });

    // --page-size makes the CLI follow nextToken across five pages.
    const all = await json<{ executions: Execution[] }>(['list-executions', '--state-machine-arn', arn, '--page-size', '1']);
    expect(all.executions.map((e) => e.name).sort()).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
    const running = await json<{ executions: Execution[] }>(['list-executions', '--state-machine-arn', arn, '--status-filter', 'RUNNING']);
    expect(running.executions.map((e) => e.name).sort()).toEqual(['r1', 'r2', 'r3', 'r4']);

    const first = await json<{ executions: Execution[]; NextToken: string }>(['list-executions', '--state-machine-arn', arn, '--max-items', '2']);
    expect(first.executions).toHaveLength(2);
    const rest = await json<{ executions: Execution[] }>(['list-executions', '--state-machine-arn', arn, '--starting-token', first.NextToken]);
    expect([...first.executions, ...rest.executions].map((e) => e.name)).toEqual(all.executions.map((e) => e.name));
    for (let i = 1; i < 5; i++) server.engine.stopExecution({ executionArn: `${arn.replace(':stateMachine:', ':execution:')}:r${i}` });
  });

  it('pages history in both orders', { timeout: 60_000 }, async () => {
    const arn = await createMachine('cli-history', definitions.chain);
    const executionArn = await start(arn, ['--input', '{"secret":true}']);
    await closed(executionArn);
    const forward = await json<History>(['get-execution-history', '--execution-arn', executionArn, '--page-size', '4']);
    const backward = await json<History>(['get-execution-history', '--execution-arn', executionArn, '--page-size', '4', '--reverse-order']);
    expect(forward.events.map((e) => e.id)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    expect(backward.events.map((e) => e.id)).toEqual(forward.events.map((e) => e.id).reverse());
    const tail = await json<History>(['get-execution-history', '--execution-arn', executionArn, '--reverse-order', '--max-items', '3', '--no-include-execution-data']);
    expect(tail.events.map((e) => e.type)).toEqual(['ExecutionSucceeded', 'PassStateExited', 'PassStateEntered']);
    expect(tail.NextToken).toBeTruthy();
    const head = await json<History>(['get-execution-history', '--execution-arn', executionArn, '--max-items', '1', '--no-include-execution-data']);
    expect(head.events[0].executionStartedEventDetails?.input).toBeUndefined();
  });

  it('completes .waitForTaskToken tasks with send-task-success and send-task-failure', { timeout: 60_000 }, async () => {
    const arn = await createMachine('cli-callback', definitions.callback);
    const token = callbackToken;
    const ok = await start(arn);
    expect((await cli(['send-task-success', '--task-token', await token(ok), '--task-output', '{"via":"cli"}'])).code).toBe(0);
    expect(await closed(ok)).toMatchObject({ status: 'SUCCEEDED', output: '{"via":"cli"}' });

    const bad = await start(arn);
    expect((await cli(['send-task-failure', '--task-token', await token(bad), '--error', 'CliError', '--cause', 'declined'])).code).toBe(0);
    expect(await closed(bad)).toMatchObject({ status: 'FAILED', error: 'CliError', cause: 'declined' });

    const gone = await cli(['send-task-success', '--task-token', 'no-such-token', '--task-output', '{}']);
    expect(gone.code).not.toBe(0);
    expect(gone.stderr).toContain('TaskDoesNotExist');
  });

  it('stops a waiting execution with stop-execution, recording the error and cause', { timeout: 60_000 }, async () => {
    const arn = await createMachine('cli-stop', definitions.callback);
    const executionArn = await start(arn);
    await callbackToken(executionArn);
    expect((await cli(['stop-execution', '--execution-arn', executionArn, '--error', 'Operator.Stop', '--cause', 'stopped from the CLI'])).code).toBe(0);
    expect(await closed(executionArn)).toMatchObject({ status: 'ABORTED', error: 'Operator.Stop', cause: 'stopped from the CLI' });
    const history = await json<History>(['get-execution-history', '--execution-arn', executionArn, '--reverse-order', '--max-items', '1']);
    expect(history.events[0].type).toBe('ExecutionAborted');
  });

  it('hands activity work to get-activity-task and takes the result', { timeout: 60_000 }, async () => {
    const { activityArn } = await json<{ activityArn: string }>(['create-activity', '--name', 'cli-worker']);
    const arn = await createMachine('cli-activity', definitions.activity(activityArn));
    const executionArn = await start(arn, ['--input', '{"n":3}']);
    await eventually(async () => server.engine.getExecutionHistory({ executionArn }).events, (events) => events.some((e) => e.type === 'ActivityScheduled'));
    const task = await json<{ taskToken: string; input: string }>(['get-activity-task', '--activity-arn', activityArn, '--worker-name', 'cli']);
    expect(task.input).toBe('{"n":3}');
    expect((await cli(['send-task-success', '--task-token', task.taskToken, '--task-output', '{"n":9}'])).code).toBe(0);
    expect(await closed(executionArn)).toMatchObject({ status: 'SUCCEEDED', output: '{"n":9}' });
  });

  it('redrives a failed execution and shows the redrive in describe-execution and the history', { timeout: 60_000 }, async () => {
    const arn = await createMachine('cli-redrive', definitions.callback);
    const executionArn = await start(arn);
    expect((await cli(['send-task-failure', '--task-token', await callbackToken(executionArn), '--error', 'Declined'])).code).toBe(0);
    expect(await closed(executionArn)).toMatchObject({ status: 'FAILED', error: 'Declined' });
    // Debian 12's CLI 2.9 predates RedriveExecution (2023-11): fall back to the raw JSON 1.0 request it would send.
    const viaCli = await cli(['redrive-execution', '--execution-arn', executionArn]);
    if (viaCli.stderr.includes("Invalid choice: 'redrive-execution'")) {
      const res = await fetch(server.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'AWSStepFunctions.RedriveExecution' },
        body: JSON.stringify({ executionArn, clientToken: 'cli-redrive-1' }),
      });
      expect(res.status).toBe(200);
      expect(typeof ((await res.json()) as { redriveDate: unknown }).redriveDate).toBe('number');
    } else expect(viaCli.code).toBe(0);
    await eventually(async () => server.engine.getExecutionHistory({ executionArn, maxResults: 1000 }).events.filter((e) => e.type === 'TaskSubmitted').length, (n) => n === 2);
    expect(await json<Execution>(['describe-execution', '--execution-arn', executionArn])).toMatchObject({ status: 'RUNNING' });
    const history = await json<History>(['get-execution-history', '--execution-arn', executionArn]);
    expect(history.events.map((e) => e.type)).toContain('ExecutionRedriven');
    const tokens = history.events.filter((e) => e.type === 'TaskScheduled').map((e) => tokenFromHistory([e]));
    expect((await cli(['send-task-success', '--task-token', tokens[1], '--task-output', '{"second":"try"}'])).code).toBe(0);
    expect(await closed(executionArn)).toMatchObject({ status: 'SUCCEEDED', output: '{"second":"try"}' });
  });

  it('exits non-zero with the SFN error name', { timeout: 60_000 }, async () => {
    const fails = async (args: string[], name: string) => {
      const r = await cli(args);
      expect(r.code, r.stdout).not.toBe(0);
      expect(r.stderr).toContain(`(${name})`);
    };
    await fails(['describe-execution', '--execution-arn', 'arn:aws:states:us-east-1:123456789012:execution:nope:nope'], 'ExecutionDoesNotExist');
    await fails(['describe-state-machine', '--state-machine-arn', 'arn:aws:states:us-east-1:123456789012:stateMachine:nope'], 'StateMachineDoesNotExist');
    await fails(['describe-execution', '--execution-arn', 'nope'], 'InvalidArn');
    await fails(['create-state-machine', '--name', 'cli-broken', '--definition', '{"StartAt":"X","States":{}}', '--role-arn', ROLE], 'InvalidDefinition');

    const arn = await createMachine('cli-errors', definitions.fail);
    const executionArn = await start(arn, ['--name', 'once']);
    await closed(executionArn);
    await fails(['start-execution', '--state-machine-arn', arn, '--name', 'once'], 'ExecutionAlreadyExists');
    // The CLI's starting token wraps the service's nextToken: {"nextToken": …} in base64.
    const forged = Buffer.from(JSON.stringify({ nextToken: 'forged' })).toString('base64');
    await fails(['get-execution-history', '--execution-arn', executionArn, '--starting-token', forged], 'InvalidToken');
  });

  it('reports InvalidName for a name AWS refuses, and creates the next valid one', { timeout: 60_000 }, async () => {
    for (const name of ['bad name', 'bad/name', 'bad\u0001name']) {
      const r = await cli(['create-state-machine', '--name', name, '--definition', definitions.pass, '--role-arn', ROLE]);
      expect(r.code, r.stdout).not.toBe(0);
      expect(r.stderr).toContain('An error occurred (InvalidName) when calling the CreateStateMachine operation: Invalid Name:');
    }
    const long = await cli(['create-activity', '--name', 'a'.repeat(81)]);
    expect(long.stderr).toContain('(ValidationException)');
    expect(await createMachine('good-name_2', definitions.pass)).toMatch(/:stateMachine:good-name_2$/);
  });
});
