import { createJsonataFunctions, type JsonataBindings, type PathScope } from '@/lib/asl';
import type { Execution } from './execution';
import type { Thread } from './execution-types';

// What an expression sees: the context object `$$` / `$states.context`, the variables, and the input.

function executionContext(ex: Execution): Record<string, unknown> {
  let c = ex.executionContext;
  if (!c) {
    c = ex.executionContext = {
      Id: ex.executionArn,
      Input: ex.input.value,
      StartTime: new Date(ex.startTime).toISOString(),
      Name: ex.name,
      RoleArn: ex.roleArn,
      RedriveCount: ex.redriveCount,
    };
    if (ex.redriveDate !== undefined) c.RedriveTime = new Date(ex.redriveDate).toISOString();
  }
  return c;
}

/** The context object of the thread's current state. */
export function contextObject(ex: Execution, thread: Thread): Record<string, unknown> {
  const ctx: Record<string, unknown> = {
    Execution: executionContext(ex),
    StateMachine: { Id: ex.stateMachineArn, Name: ex.stateMachineName },
    State:
      thread.stateType === 'Task' || thread.stateType === 'Map' || thread.stateType === 'Parallel'
        ? { Name: thread.stateName, EnteredTime: new Date(thread.enteredTime).toISOString(), RetryCount: thread.retryCount }
        : { Name: thread.stateName, EnteredTime: new Date(thread.enteredTime).toISOString() },
  };
  if (thread.taskToken !== undefined) ctx.Task = { Token: thread.taskToken };
  if (thread.mapItem) ctx.Map = { Item: thread.mapItem };
  return ctx;
}

/** A JSONPath scope: `$` is `input`, `$$` the context object (built only when read). */
export function pathScope(ex: Execution, thread: Thread, input: unknown): PathScope {
  let context = thread.context;
  if (!context) context = thread.context = () => contextObject(ex, thread);
  return { input, context, variables: thread.vars, runtime: ex.host.ids };
}

/** JSONata bindings: the variables, `$states` (given members plus the context) and the engine's functions. */
export function jsonataBindings(ex: Execution, thread: Thread, states: Record<string, unknown>): JsonataBindings {
  if (!ex.jsonataFns) ex.jsonataFns = createJsonataFunctions(ex.host.ids);
  const b: JsonataBindings = { ...ex.jsonataFns, ...thread.vars };
  b.states = { ...states, context: contextObject(ex, thread) };
  return b;
}
