import { startEngineServer, type EngineServer } from '@/scripts/engine';

export const ROLE = 'arn:aws:iam::123456789012:role/statescope-test';

/** Small state machines the client tests drive. */
export const definitions = {
  pass: JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', Result: { ok: true }, End: true } } }),
  /** Ten Pass states: 22 events, enough to page through. */
  chain: JSON.stringify({
    StartAt: 'S0',
    States: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`S${i}`, i < 9 ? { Type: 'Pass', Next: `S${i + 1}` } : { Type: 'Pass', End: true }])),
  }),
  wait: JSON.stringify({ StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 3600, Next: 'Done' }, Done: { Type: 'Succeed' } } }),
  fail: JSON.stringify({ StartAt: 'F', States: { F: { Type: 'Fail', Error: 'Oops', Cause: 'on purpose' } } }),
  /** Waits for SendTaskSuccess/Failure; the token is in TaskScheduled's parameters. */
  callback: JSON.stringify({
    StartAt: 'Callback',
    States: {
      Callback: {
        Type: 'Task',
        Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
        Parameters: { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/q', MessageBody: { 'token.$': '$$.Task.Token' } },
        End: true,
      },
    },
  }),
  activity: (activityArn: string) => JSON.stringify({ StartAt: 'Work', States: { Work: { Type: 'Task', Resource: activityArn, End: true } } }),
  distributedMap: JSON.stringify({
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
  }),
};

/** The token a `.waitForTaskToken` state published, read back from TaskScheduled (as a queue consumer would get it). */
export function tokenFromHistory(events: { type?: string; taskScheduledEventDetails?: { parameters?: string } }[]): string {
  const scheduled = events.find((e) => e.type === 'TaskScheduled');
  const params = JSON.parse(scheduled?.taskScheduledEventDetails?.parameters ?? '{}') as { MessageBody?: { token?: string } };
  const token = params.MessageBody?.token;
  if (!token) throw new Error('no task token in TaskScheduled');
  return token;
}

export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
}

export function startTestServer(): Promise<EngineServer> {
  return startEngineServer({ port: 0 });
}
