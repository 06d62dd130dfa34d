import { describe, expect, it } from 'vitest';
import { createEngine, createVirtualClock } from '@/lib/engine';
import { createSfnApiHandler } from '@/lib/engine/api';
import { definitions, ROLE } from './support';

const call = (handler: (r: Request) => Promise<Response>, target: string, body: string) =>
  handler(new Request('http://localhost/', { method: 'POST', headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': target }, body }));

describe('the SFN JSON 1.0 wire protocol', () => {
  const handler = createSfnApiHandler(createEngine({ region: 'us-east-1', account: '123456789012' }));

  it('answers an unknown operation with UnknownOperationException', async () => {
    const res = await call(handler, 'AWSStepFunctions.Frobnicate', '{}');
    expect(res.status).toBe(400);
    expect(res.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
    expect(await res.json()).toMatchObject({ __type: 'UnknownOperationException' });
  });

  it('accepts an empty body and answers with the JSON 1.0 content type and a request id', async () => {
    const res = await call(handler, 'AWSStepFunctions.ListActivities', '');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-amz-json-1.0');
    expect(res.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await res.json()).toEqual({ activities: [] });
  });

  it('rejects a body that is not a JSON object', async () => {
    const res = await call(handler, 'AWSStepFunctions.ListActivities', '[1');
    expect(await res.json()).toMatchObject({ __type: 'SerializationException' });
  });

  it('sends timestamps as epoch seconds', async () => {
    const res = await call(handler, 'AWSStepFunctions.CreateStateMachine', JSON.stringify({ name: 'wire', definition: definitions.pass, roleArn: ROLE }));
    const body = (await res.json()) as { creationDate: unknown };
    expect(typeof body.creationDate).toBe('number');
    expect(Math.abs((body.creationDate as number) - Date.now() / 1000)).toBeLessThan(60);
  });

  it('names the missing member the way AWS does', async () => {
    const res = await call(handler, 'AWSStepFunctions.DescribeExecution', '{}');
    expect(res.headers.get('x-amzn-errortype')).toBe('ValidationException');
    expect(await res.json()).toEqual({
      __type: 'ValidationException',
      message: "1 validation error detected: Value null at 'executionArn' failed to satisfy constraint: Member must not be null",
    });
  });

  it('answers an empty GetActivityTask when the long poll ends without work', async () => {
    const clock = createVirtualClock();
    const local = createSfnApiHandler(createEngine({ clock, region: 'us-east-1', account: '123456789012' }));
    const created = (await (await call(local, 'AWSStepFunctions.CreateActivity', '{"name":"idle"}')).json()) as { activityArn: string };
    const poll = call(local, 'AWSStepFunctions.GetActivityTask', JSON.stringify({ activityArn: created.activityArn }));
    await new Promise((r) => setImmediate(r));
    await clock.advance(60_000);
    const res = await poll;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({});
  });
});
