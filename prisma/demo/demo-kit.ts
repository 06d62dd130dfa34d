import type { TaskContext, TaskHandler } from '@/lib/engine';
import type { Prng } from './create-prng';
import type { DemoWorkflowName } from './workflows';

/** A human approval the order workflow asked for (its SQS message, as a reviewer would receive it). */
export type ApprovalRequest = { taskToken: string; executionArn: string; scenario: string; orderId: string; total: number };

/** What every demo handler may use. */
export type DemoTools = {
  prng: Prng;
  /** The scenario this execution plays: the one planned for it, or one drawn by weight on first use. */
  scenarioOf(context: TaskContext): string;
  /** Counters that live as long as the execution (polls so far, calls so far…). */
  countersOf(context: TaskContext): Record<string, number>;
  /** Simulated work: sleeps `min`–`max` ms on the engine's clock (scaled for live use). */
  work(context: TaskContext, minMs: number, maxMs: number): Promise<void>;
  /** Work that outlasts the state's TimeoutSeconds: never scaled, so the timeout still fires. */
  hang(context: TaskContext, minMs: number, maxMs: number): Promise<void>;
  /** Called when an order asks for approval; the historic run answers, the live engine leaves it to a person. */
  onApprovalRequested?: (request: ApprovalRequest) => void;
};

export type WeightedScenario<S extends string> = { scenario: S; weight: number };

/** One demo workflow: how its inputs look, which scenarios it plays, and its local task handlers. */
export type DemoKit<S extends string = string> = {
  workflow: DemoWorkflowName;
  scenarios: readonly WeightedScenario<S>[];
  input(prng: Prng, scenario: S, startMs: number): Record<string, unknown>;
  /** The execution name (unique per machine; the caller adds a suffix on a clash). */
  name(input: Record<string, unknown>, prng: Prng): string;
  /** Handlers by Lambda function name or service resource ARN. */
  handlers(tools: DemoTools): Record<string, TaskHandler>;
};

export const field = <T>(input: unknown, key: string): T => (input as Record<string, T>)[key];

/** `order-validate` from `arn:aws:lambda:…:function:order-validate`: handlers are keyed by function name. */
export const functionName = (functionArn: string): string => functionArn.slice(functionArn.lastIndexOf(':') + 1);

/** The SDK metadata a service integration returns beside its result. */
export function sdkMetadata(prng: Prng, nowMs: number, contentLength: number) {
  const requestId = prng.uuid();
  const date = new Date(nowMs).toUTCString();
  return {
    SdkHttpMetadata: {
      AllHttpHeaders: { 'x-amzn-RequestId': [requestId], 'Content-Length': [String(contentLength)], Date: [date], 'Content-Type': ['application/x-amz-json-1.0'] },
      HttpHeaders: { 'Content-Length': String(contentLength), 'Content-Type': 'application/x-amz-json-1.0', Date: date, 'x-amzn-RequestId': requestId },
      HttpStatusCode: 200,
    },
    SdkResponseMetadata: { RequestId: requestId },
  };
}
