import { randomUUID } from 'node:crypto';
import { MAX_REQUEST_BYTES, SfnApiError, type Engine } from '@/lib/engine';
import { createActivityOperations } from './activity-operations';
import { createApiState } from './api-state';
import type { SfnOperation } from './define-operation';
import { createExecutionOperations } from './execution-operations';
import { createMapRunOperations } from './map-run-operations';
import { readRequestBody } from './read-request-body';
import { createStateMachineOperations } from './state-machine-operations';
import { createTagOperations } from './tag-operations';
import { toWire } from './to-wire';

export type SfnApiHandlerOptions = {
  /** Called with failures that are not SFN API errors (answered as HTTP 500 InternalFailure). */
  onInternalError?: (err: unknown, operation: string) => void;
  /** Larger request bodies are refused unread (default MAX_REQUEST_BYTES, AWS's 1 MB). */
  maxRequestBytes?: number;
};

/** AWS JSON 1.0 (api-protocol.md §1). */
const CONTENT_TYPE = 'application/x-amz-json-1.0';
const TARGET_PREFIX = 'AWSStepFunctions.';

/** Errors answered with another status than the protocol's 400 (see readRequestBody). */
const STATUS: Record<string, number> = { RequestEntityTooLargeException: 413 };

/** Operations that create or change something: they answer only once the change is durable. */
const MUTATING = new Set([
  'CreateStateMachine',
  'UpdateStateMachine',
  'DeleteStateMachine',
  'StartExecution',
  'StartSyncExecution',
  'StopExecution',
  'RedriveExecution',
  'CreateActivity',
  'DeleteActivity',
  'GetActivityTask',
  'SendTaskSuccess',
  'SendTaskFailure',
  'TagResource',
  'UntagResource',
]);

/**
 * The Step Functions API over an engine, as a web-standard handler: POST / with
 * `X-Amz-Target: AWSStepFunctions.<Operation>` and a JSON body, answered in the SFN model's shapes
 * (timestamps as epoch seconds) or with HTTP 400 `{__type, message}` + `X-Amzn-ErrorType`.
 */
export function createSfnApiHandler(engine: Engine, options: SfnApiHandlerOptions = {}): (request: Request) => Promise<Response> {
  const state = createApiState(engine);
  const operations: Record<string, SfnOperation> = {
    ...createStateMachineOperations(state),
    ...createExecutionOperations(state),
    ...createMapRunOperations(state),
    ...createActivityOperations(state),
    ...createTagOperations(state),
  };
  const onInternalError = options.onInternalError ?? ((err: unknown, op: string) => console.error(`[sfn-api] ${op} failed:`, err));
  const maxRequestBytes = options.maxRequestBytes ?? MAX_REQUEST_BYTES;

  return async (request) => {
    const requestId = randomUUID();
    const target = request.headers.get('x-amz-target') ?? '';
    const name = target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : '';
    const operation = Object.hasOwn(operations, name) ? operations[name] : undefined;
    try {
      if (request.method !== 'POST' || !operation) {
        throw new SfnApiError('UnknownOperationException', target ? `Unknown operation: '${target}'` : 'Missing X-Amz-Target header: expected AWSStepFunctions.<Operation>');
      }
      const result = await operation(toJsonObject(await readRequestBody(request, maxRequestBytes)));
      if (MUTATING.has(name)) await engine.flush();
      return respond(200, requestId, toWire(result));
    } catch (err) {
      if (err instanceof SfnApiError) return errorResponse(STATUS[err.name] ?? 400, requestId, err.name, err.message, extraMembers(err));
      onInternalError(err, name || target);
      return errorResponse(500, requestId, 'InternalFailure', 'The request processing has failed because of an unknown error.', {});
    }
  };
}

/** The body as a JSON object; an empty body is `{}` (api-protocol.md §1). */
function toJsonObject(text: string): unknown {
  if (text.trim() === '') return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new SfnApiError('SerializationException', 'The request body is not valid JSON');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new SfnApiError('SerializationException', 'The request body must be a JSON object');
  return body;
}

/** Members set on an error besides name and message (resourceName, reason…) travel next to `message`. */
function extraMembers(err: SfnApiError): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(err)) if (key !== 'name' && key !== 'message' && key !== 'stack') out[key] = value;
  return out;
}

function errorResponse(status: number, requestId: string, type: string, message: string, extra: Record<string, unknown>): Response {
  const response = respond(status, requestId, { __type: type, message, ...extra });
  response.headers.set('x-amzn-errortype', type);
  return response;
}

function respond(status: number, requestId: string, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': CONTENT_TYPE, 'x-amzn-requestid': requestId } });
}
