import { compilePayloadTemplate, isRecord, resolvePath, setAtPath, type PathScope } from '@/lib/asl';
import type { HistoryEvent } from '@/lib/model';
import type { ReplayDefinition } from './get-replay-definition';
import { getReplayDataEventIds } from './get-replay-data-event-ids';
import type { ExecutionReplay, ReplayError, ReplayWarning } from './replay-types';

/** One step of a state's data processing: recorded in the history, or worked out from the definition. */
export type ReplayDataStep = {
  label: string;
  /** The definition field that produced it (`$.payment`, a template). */
  expression: string | null;
  /** JSON text; null when it cannot be shown. */
  value: string | null;
  source: 'history' | 'computed';
  note: string | null;
};

export type ReplayVariable = {
  name: string;
  /** JSON text, as the history records it. */
  value: string;
  /** The state whose exit assigned it. */
  assignedBy: string;
  eventId: number;
};

export type ReplayStateData = {
  visit: number;
  name: string;
  type: string;
  phase: 'not-reached' | 'running' | 'done';
  input: string | null;
  output: string | null;
  error: ReplayError | null;
  /** Variables in scope as the state saw them (before its own assignments). */
  variables: ReplayVariable[];
  /** What the state's exit assigned. */
  assigned: ReplayVariable[];
  steps: ReplayDataStep[];
  /** AWS cut a payload over 256 KiB (inputDetails/outputDetails `truncated`). */
  truncated: boolean;
};

/**
 * The data of visit `visitIndex` as it was at event position `pos`, from the events
 * getReplayDataEventIds names (extra events are ignored, missing ones leave gaps). The
 * InputPath → Parameters → ResultSelector → ResultPath → OutputPath steps are shown where the history
 * records them (input, task parameters, task result, output) and worked out from the definition
 * between them when it can be, JSONPath states only.
 */
export function getReplayStateData(
  replay: ExecutionReplay,
  visitIndex: number,
  pos: number,
  events: readonly HistoryEvent[],
  definition: ReplayDefinition | null,
): { value: ReplayStateData | null; warnings: ReplayWarning[] } {
  const visit = replay.visits[visitIndex];
  if (!visit) return { value: null, warnings: [{ code: 'unplaced-event', message: `No state visit ${visitIndex} in this execution.`, eventId: null }] };
  const warnings: ReplayWarning[] = [];
  const byId = new Map<number, HistoryEvent>();
  for (const event of events) if (typeof event.id === 'number') byId.set(event.id, event);
  const wanted = getReplayDataEventIds(replay, visitIndex, pos);
  const missing = wanted.filter((id) => !byId.has(id));
  if (missing.length > 0) warnings.push({ code: 'unplaced-event', message: `Events ${missing.join(', ')} were not loaded; their data is not shown.`, eventId: missing[0] });
  const have = (id: number | null | undefined) => (id !== null && id !== undefined && wanted.includes(id) ? byId.get(id) : undefined);

  const phase = visit.startPos > pos ? 'not-reached' : visit.endPos === null || visit.endPos > pos ? 'running' : 'done';
  const entered = have(visit.enteredEventId);
  const exited = have(visit.exitedEventId);
  const enteredDetails = readDetails(entered, 'stateEnteredEventDetails');
  const exitedDetails = readDetails(exited, 'stateExitedEventDetails');
  const input = phase === 'not-reached' ? null : toText(enteredDetails?.input);
  const output = toText(exitedDetails?.output);
  // Mid-visit, the error is that of a failed attempt awaiting its retry (or the state's own failure).
  const begun = visit.attempts.findLast((attempt) => have(attempt.startEventId) !== undefined);
  const attemptError = begun?.error && have(begun.endEventId) ? begun.error : null;
  const ownError = visit.error && have(visit.error.eventId) ? visit.error : null;
  const error = phase === 'done' ? ownError : (attemptError ?? ownError);

  const variables = collectVariables(replay, wanted, byId, visitIndex);
  const assigned = exited ? toVariables(exitedDetails?.assignedVariables, visit.name, visit.exitedEventId ?? 0) : [];
  const state = definition?.states.get(visit.nodeId) ?? null;
  const steps = phase === 'not-reached' ? [] : getSteps(replay, visitIndex, { input, output, error, state: state?.fields ?? null, jsonata: state?.queryLanguage === 'JSONata', variables, have });
  const truncated = isTruncated(enteredDetails?.inputDetails) || isTruncated(exitedDetails?.outputDetails);
  return {
    value: { visit: visitIndex, name: visit.name, type: visit.type, phase, input, output, error, variables, assigned, steps, truncated },
    warnings,
  };
}

type StepContext = {
  input: string | null;
  output: string | null;
  error: ReplayError | null;
  state: Record<string, unknown> | null;
  jsonata: boolean;
  variables: ReplayVariable[];
  have: (id: number | null | undefined) => HistoryEvent | undefined;
};

function getSteps(replay: ExecutionReplay, visitIndex: number, context: StepContext): ReplayDataStep[] {
  const visit = replay.visits[visitIndex];
  const { state, have } = context;
  const steps: ReplayDataStep[] = [step('Input', null, context.input, 'history')];
  // The latest attempt the history had begun by the instant.
  const lastAttempt = visit.attempts.findLast((attempt) => have(attempt.startEventId) !== undefined);
  const taskInput = lastAttempt ? readTaskInput(have(lastAttempt.startEventId)) : null;
  const taskResult = lastAttempt?.status === 'succeeded' ? readTaskOutput(have(lastAttempt.endEventId)) : null;

  if (context.jsonata) {
    if (taskInput !== null) steps.push(step('Arguments', fieldText(state?.Arguments), taskInput, 'history'));
    if (taskResult !== null) steps.push(step('Result', null, taskResult, 'history'));
    if (context.error && visit.status === 'caught') steps.push(step('Error', null, errorOutput(context.error), 'history'));
    if (context.output !== null) steps.push(step('Output', fieldText(state?.Output), context.output, 'history'));
    return steps;
  }

  const variables: Record<string, unknown> = {};
  for (const variable of context.variables) variables[variable.name] = parse(variable.value);
  const scopeOf = (value: unknown): PathScope => ({ input: value, context: () => ({}), variables });
  const input = parse(context.input);
  const canCompute = context.input !== null && input !== undefined;
  const compute = (label: string, expression: unknown, run: () => unknown): unknown => {
    const text = fieldText(expression);
    if (text !== null && text.includes('$$')) {
      steps.push(step(label, text, null, 'computed', 'Reads the context object, which the history does not record.'));
      return undefined;
    }
    try {
      const value = run();
      steps.push(step(label, text, value === undefined ? null : JSON.stringify(value), 'computed'));
      return value;
    } catch (problem) {
      steps.push(step(label, text, null, 'computed', `Could not be worked out: ${(problem as Error).message}`));
      return undefined;
    }
  };

  let effective: unknown = input;
  if (state && 'InputPath' in state && canCompute) {
    effective = compute('InputPath', state.InputPath, () => (state.InputPath === null ? {} : resolveOrThrow(scopeOf(input), String(state.InputPath))));
  }
  if (taskInput !== null) {
    steps.push(step('Parameters', fieldText(state?.Parameters), taskInput, 'history'));
  } else if (state && isRecord(state.Parameters) && visit.type !== 'Map' && effective !== undefined && canCompute) {
    const base = effective;
    effective = compute('Parameters', state.Parameters, () => compilePayloadTemplate(state.Parameters)(scopeOf(base)));
  }

  if (context.error && visit.status === 'caught') {
    // A Catch puts {Error, Cause} at the catcher's ResultPath; the history records the output.
    steps.push(step('Error', null, errorOutput(context.error), 'history'));
  } else {
    let result: unknown = undefined;
    if (taskResult !== null) {
      steps.push(step('Result', null, taskResult, 'history'));
      result = parse(taskResult);
    } else if (visit.type === 'Pass' && state) {
      result = 'Result' in state ? state.Result : effective;
      if (result !== undefined) steps.push(step('Result', 'Result' in state ? 'Result' : null, JSON.stringify(result), 'computed'));
    }
    if (result !== undefined && state && isRecord(state.ResultSelector)) {
      const raw = result;
      result = compute('ResultSelector', state.ResultSelector, () => compilePayloadTemplate(state.ResultSelector)(scopeOf(raw)));
    }
    if (result !== undefined && canCompute && state && ('ResultPath' in state || 'OutputPath' in state)) {
      let merged: unknown = result;
      if ('ResultPath' in state) {
        const selected = result;
        merged = compute('ResultPath', state.ResultPath, () => (state.ResultPath === null ? input : setAtPath(input, String(state.ResultPath), selected)));
      }
      if (merged !== undefined && 'OutputPath' in state) {
        const base = merged;
        compute('OutputPath', state.OutputPath, () => (state.OutputPath === null ? {} : resolveOrThrow(scopeOf(base), String(state.OutputPath))));
      }
    }
  }
  if (context.output !== null) steps.push(step('Output', null, context.output, 'history'));
  return steps;
}

function collectVariables(replay: ExecutionReplay, wanted: readonly number[], byId: Map<number, HistoryEvent>, visitIndex: number): ReplayVariable[] {
  const visit = replay.visits[visitIndex];
  const scope = new Map<string, ReplayVariable>();
  // Ids ascend with time, so later assignments overwrite earlier ones.
  for (const id of wanted) {
    if (id === visit.exitedEventId) continue;
    const event = byId.get(id);
    const details = readDetails(event, 'stateExitedEventDetails');
    if (!details?.assignedVariables) continue;
    const name = typeof details.name === 'string' ? details.name : '?';
    for (const variable of toVariables(details.assignedVariables, name, id)) scope.set(variable.name, variable);
  }
  return [...scope.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function toVariables(assigned: unknown, assignedBy: string, eventId: number): ReplayVariable[] {
  if (!isRecord(assigned)) return [];
  return Object.entries(assigned).map(([name, value]) => ({ name, value: toText(value) ?? 'null', assignedBy, eventId }));
}

function step(label: string, expression: string | null, value: string | null, source: ReplayDataStep['source'], note: string | null = null): ReplayDataStep {
  return { label, expression, value, source, note };
}

function resolveOrThrow(scope: PathScope, path: string): unknown {
  const value = resolvePath(scope, path);
  if (value === undefined) throw new Error(`${path} matches nothing`);
  return value;
}

function errorOutput(error: ReplayError): string {
  return JSON.stringify({ Error: error.error, Cause: error.cause });
}

function readTaskInput(event: HistoryEvent | undefined): string | null {
  const details =
    readDetails(event, 'taskScheduledEventDetails') ?? readDetails(event, 'lambdaFunctionScheduledEventDetails') ?? readDetails(event, 'activityScheduledEventDetails');
  if (!details) return null;
  return toText(details.parameters ?? details.input);
}

function readTaskOutput(event: HistoryEvent | undefined): string | null {
  const details = readDetails(event, 'taskSucceededEventDetails') ?? readDetails(event, 'lambdaFunctionSucceededEventDetails') ?? readDetails(event, 'activitySucceededEventDetails');
  return details ? toText(details.output) : null;
}

function readDetails(event: HistoryEvent | undefined, key: string): Record<string, unknown> | null {
  if (!event) return null;
  const value: unknown = (event as Record<string, unknown>)[key];
  return isRecord(value) ? value : null;
}

/** Payloads are JSON text on the wire; recorded histories sometimes hold them parsed. */
function toText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function fieldText(value: unknown): string | null {
  if (value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function parse(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function isTruncated(details: unknown): boolean {
  return isRecord(details) && details.truncated === true;
}
