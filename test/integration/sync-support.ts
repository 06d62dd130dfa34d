import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  GetExecutionHistoryCommand,
  SFNClient,
  StartExecutionCommand,
  type HistoryEvent,
} from '@aws-sdk/client-sfn';
import { saveSource, type Db } from '@/lib/db';
import { startEngineServer, type EngineServer } from '@/scripts/engine';

export const ROLE = 'arn:aws:iam::123456789012:role/statescope-sync-test';

/** An engine on a free port with an SDK client driving it, as a team's own tooling would. */
export async function startSyncEngine(): Promise<{ server: EngineServer; sfn: SFNClient }> {
  const server = await startEngineServer({ port: 0 });
  const sfn = new SFNClient({ endpoint: server.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  return { server, sfn };
}

export async function addLocalSource(db: Db, endpoint: string, name = 'Local engine'): Promise<number> {
  const source = await saveSource(db, {
    kind: 'LOCAL',
    name,
    region: 'us-east-1',
    profile: null,
    roleArn: null,
    endpoint,
    syncIntervalSec: null,
    maxRequestsPerSec: null,
    enabled: true,
  });
  return source.id;
}

export const definitions = {
  /** Ten Pass states: 22 events. */
  chain: (states = 10) =>
    JSON.stringify({
      StartAt: 'S0',
      States: Object.fromEntries(Array.from({ length: states }, (_, i) => [`S${i}`, i < states - 1 ? { Type: 'Pass', Next: `S${i + 1}` } : { Type: 'Pass', End: true }])),
    }),
  fail: JSON.stringify({ StartAt: 'Check', States: { Check: { Type: 'Pass', Next: 'F' }, F: { Type: 'Fail', Error: 'Oops', Cause: 'on purpose' } } }),
  /** Waits for SendTaskSuccess; the token is in TaskScheduled's parameters. */
  callback: JSON.stringify({
    StartAt: 'Prepare',
    States: {
      Prepare: { Type: 'Pass', Next: 'Approve' },
      Approve: {
        Type: 'Task',
        Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
        Parameters: { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/q', MessageBody: { 'token.$': '$$.Task.Token' } },
        Next: 'Done',
      },
      Done: { Type: 'Pass', End: true },
    },
  }),
  /** An inline Map over `$.items`: four events per item, so a few hundred items make a history of several pages. */
  fanOut: JSON.stringify({
    StartAt: 'Each',
    States: { Each: { Type: 'Map', ItemsPath: '$.items', MaxConcurrency: 1, ItemProcessor: { StartAt: 'Item', States: { Item: { Type: 'Pass', End: true } } }, End: true } },
  }),
};

/** A Distributed Map: each item runs as a child execution of the Map Run labelled "fan". */
export const distributedMapDefinition = JSON.stringify({
  StartAt: 'Fan',
  States: {
    Fan: {
      Type: 'Map',
      Label: 'fan',
      MaxConcurrency: 2,
      ItemsPath: '$.items',
      ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'Double', States: { Double: { Type: 'Pass', End: true } } },
      End: true,
    },
  },
});

export async function createMachine(sfn: SFNClient, name: string, definition: string, type: 'STANDARD' | 'EXPRESS' = 'STANDARD'): Promise<string> {
  const out = await sfn.send(new CreateStateMachineCommand({ name, definition, roleArn: ROLE, type }));
  return out.stateMachineArn ?? '';
}

export async function startExecutions(sfn: SFNClient, stateMachineArn: string, count: number, input: unknown = {}, prefix = 'run'): Promise<string[]> {
  const arns: string[] = [];
  for (let i = 0; i < count; i++) {
    const out = await sfn.send(new StartExecutionCommand({ stateMachineArn, name: `${prefix}-${i}`, input: JSON.stringify(input) }));
    arns.push(out.executionArn ?? '');
  }
  return arns;
}

/** Waits until none of these executions is RUNNING any more. */
export async function waitUntilClosed(sfn: SFNClient, executionArns: readonly string[], timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (const executionArn of executionArns) {
    for (;;) {
      const out = await sfn.send(new DescribeExecutionCommand({ executionArn }));
      if (out.status !== 'RUNNING') break;
      if (Date.now() > until) throw new Error(`${executionArn} still RUNNING`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/** The whole history as the engine serves it. */
export async function readHistory(sfn: SFNClient, executionArn: string): Promise<HistoryEvent[]> {
  const events: HistoryEvent[] = [];
  let nextToken: string | undefined;
  do {
    const page = await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000, nextToken }));
    events.push(...(page.events ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return events;
}

/** Stored event ids of each execution: what "no duplicates, no gaps" is checked on. */
export async function storedEventIds(db: Db): Promise<Map<string, number[]>> {
  const rows = await db.historyEvent.findMany({ select: { eventId: true, execution: { select: { arn: true } } }, orderBy: [{ executionId: 'asc' }, { eventId: 'asc' }] });
  const ids = new Map<string, number[]>();
  for (const row of rows) {
    const list = ids.get(row.execution.arn) ?? [];
    list.push(row.eventId);
    ids.set(row.execution.arn, list);
  }
  return ids;
}
