import type { TaskRegistry } from './task-registry';
import { toPythonJson } from './to-python-json';

/** The response shape of `arn:aws:states:::lambda:invoke` (Lambda Invoke plus SDK metadata). */
export function toInvokeEnvelope(registry: Pick<TaskRegistry, 'ids' | 'clock'>, result: unknown, tail: boolean): unknown {
  const requestId = registry.ids.uuid();
  const date = new Date(registry.clock.now()).toUTCString();
  const length = String(Buffer.byteLength(toPythonJson(result === undefined ? null : result)));
  const trace = `Root=1-${requestId.slice(0, 8)}-${requestId.replace(/-/g, '').slice(0, 24)};Sampled=0`;
  const log = { LogResult: Buffer.from(`START RequestId: ${requestId} Version: $LATEST\nEND RequestId: ${requestId}\n`).toString('base64') };
  return {
    ExecutedVersion: '$LATEST',
    ...(tail ? log : {}),
    Payload: result === undefined ? null : result,
    SdkHttpMetadata: {
      AllHttpHeaders: {
        'X-Amz-Executed-Version': ['$LATEST'],
        'x-amzn-Remapped-Content-Length': ['0'],
        Connection: ['keep-alive'],
        'x-amzn-RequestId': [requestId],
        'Content-Length': [length],
        Date: [date],
        'X-Amzn-Trace-Id': [trace],
        'Content-Type': ['application/json'],
        ...(tail ? { 'X-Amz-Log-Result': [log.LogResult] } : {}),
      },
      HttpHeaders: {
        Connection: 'keep-alive',
        'Content-Length': length,
        'Content-Type': 'application/json',
        Date: date,
        'X-Amz-Executed-Version': '$LATEST',
        'x-amzn-Remapped-Content-Length': '0',
        'x-amzn-RequestId': requestId,
        'X-Amzn-Trace-Id': trace,
        ...(tail ? { 'X-Amz-Log-Result': log.LogResult } : {}),
      },
      HttpStatusCode: 200,
    },
    SdkResponseMetadata: { RequestId: requestId },
    StatusCode: 200,
  };
}
