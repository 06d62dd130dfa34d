import {
  compileChoiceRule,
  compileJsonataTemplate,
  compilePayloadTemplate,
  isRecord,
  parseReferencePath,
  StatesError,
  type JsonataTemplate,
  type PathResolver,
  type PayloadTemplate,
  type QueryLanguage,
  type StateDefinition,
  type StateMachineDefinition,
  type StateType,
} from '@/lib/asl';
import { stateNameNumber } from './storage';

export type CompiledRetrier = {
  errorEquals: string[];
  intervalSeconds: number;
  maxAttempts: number;
  backoffRate: number;
  maxDelaySeconds: number | undefined;
  jitter: boolean;
};

export type CompiledCatcher = {
  errorEquals: string[];
  next: string;
  resultPath: string | null;
  output: JsonataTemplate | undefined;
  assignPath: PayloadTemplate | undefined;
  assignJsonata: JsonataTemplate | undefined;
};

export type CompiledChoice = {
  next: string;
  rule: ((resolve: PathResolver) => boolean) | undefined;
  condition: JsonataTemplate | undefined;
  output: JsonataTemplate | undefined;
  assignPath: PayloadTemplate | undefined;
  assignJsonata: JsonataTemplate | undefined;
};

export type CompiledState = {
  name: string;
  /** The name's number in in-memory histories (see storage's stateNameNumber). */
  nameNumber: number;
  type: StateType;
  def: StateDefinition;
  jsonata: boolean;
  next: string | undefined;
  /** The state `next` names, resolved once the machine is compiled. */
  nextState: CompiledState | undefined;
  end: boolean;
  /** `undefined` = default `$`; `null` = the field was set to null. */
  inputPath: string | null | undefined;
  outputPath: string | null | undefined;
  /** No OutputPath (or `$`): the state's output is passed on whole. */
  outputWhole: boolean;
  resultPath: string | null | undefined;
  resultPathSegments: (string | number)[] | null;
  /**
   * ResultPath `$.<key>` with the output passed on whole (no OutputPath): the output can be kept as
   * "input plus one key" and copied only when read (see Payload.withKey).
   */
  deferredResultKey: string | undefined;
  /** JSONPath ResultPath null with nothing selected, assigned or cut by OutputPath: the result is never read. */
  discardsResult: boolean;
  parameters: PayloadTemplate | undefined;
  resultSelector: PayloadTemplate | undefined;
  assignPath: PayloadTemplate | undefined;
  arguments: JsonataTemplate | undefined;
  output: JsonataTemplate | undefined;
  assignJsonata: JsonataTemplate | undefined;
  retriers: CompiledRetrier[];
  catchers: CompiledCatcher[];
  choices: CompiledChoice[];
  branches: CompiledMachine[];
  /** Parallel: every branch runs to its end in one synchronous stretch (nothing can be in flight). */
  branchesSync: boolean;
  /** Pass: the definition has a Result. */
  hasResult: boolean;
  processor: CompiledMachine | undefined;
  itemSelector: PayloadTemplate | undefined;
  itemSelectorJsonata: JsonataTemplate | undefined;
  /** Other JSONata fields (Seconds, Timestamp, Items, Error…) compiled on first use, once. */
  fields: Map<string, JsonataTemplate>;
  fieldTemplates: Map<string, PayloadTemplate>;
};

export type CompiledMachine = {
  startAt: string;
  states: Map<string, CompiledState>;
  timeoutSeconds: number | undefined;
  definition: StateMachineDefinition;
};

/** Compiles a definition once: paths, payload templates, Choice rules and JSONata expressions. */
export function compileStateMachine(definition: StateMachineDefinition, inherited: QueryLanguage = 'JSONPath'): CompiledMachine {
  const language = definition.QueryLanguage ?? inherited;
  const states = new Map<string, CompiledState>();
  for (const [name, def] of Object.entries(definition.States)) states.set(name, compileState(name, def, language));
  for (const state of states.values()) state.nextState = state.next === undefined ? undefined : states.get(state.next);
  return {
    startAt: definition.StartAt,
    states,
    timeoutSeconds: typeof definition.TimeoutSeconds === 'number' ? definition.TimeoutSeconds : undefined,
    definition,
  };
}

function pathField(def: StateDefinition, key: string): string | null | undefined {
  if (!(key in def)) return undefined;
  const v = def[key];
  if (v === null) return null;
  if (typeof v !== 'string') throw new StatesError('States.Runtime', `${key} must be a string`);
  return v;
}

function compileState(name: string, def: StateDefinition, language: QueryLanguage): CompiledState {
  const jsonata = (def.QueryLanguage ?? language) === 'JSONata';
  const processorDef = def.ItemProcessor ?? def.Iterator;
  const state: CompiledState = {
    name,
    nameNumber: stateNameNumber(name),
    type: def.Type,
    def,
    jsonata,
    next: typeof def.Next === 'string' ? def.Next : undefined,
    nextState: undefined,
    end: def.End === true,
    inputPath: pathField(def, 'InputPath'),
    outputPath: pathField(def, 'OutputPath'),
    outputWhole: false,
    resultPath: pathField(def, 'ResultPath'),
    resultPathSegments: typeof def.ResultPath === 'string' ? parseReferencePath(def.ResultPath) : null,
    deferredResultKey: undefined,
    discardsResult: false,
    parameters: 'Parameters' in def && !jsonata ? compilePayloadTemplate(def.Parameters) : undefined,
    resultSelector: 'ResultSelector' in def ? compilePayloadTemplate(def.ResultSelector) : undefined,
    assignPath: 'Assign' in def && !jsonata ? compilePayloadTemplate(def.Assign) : undefined,
    arguments: 'Arguments' in def && jsonata ? compileJsonataTemplate(def.Arguments, 'Arguments') : undefined,
    output: 'Output' in def && jsonata ? compileJsonataTemplate(def.Output, 'Output') : undefined,
    assignJsonata: 'Assign' in def && jsonata ? compileJsonataTemplate(def.Assign, 'Assign') : undefined,
    retriers: Array.isArray(def.Retry) ? def.Retry.filter(isRecord).map(compileRetrier) : [],
    catchers: Array.isArray(def.Catch) ? def.Catch.filter(isRecord).map((c) => compileCatcher(c, jsonata)) : [],
    choices: Array.isArray(def.Choices) ? def.Choices.filter(isRecord).map((c) => compileChoice(c, jsonata)) : [],
    branches: Array.isArray(def.Branches)
      ? def.Branches.filter(isRecord).map((b) => compileStateMachine(b as StateMachineDefinition, jsonata ? 'JSONata' : 'JSONPath'))
      : [],
    branchesSync: false,
    hasResult: 'Result' in def,
    processor: isRecord(processorDef) ? compileStateMachine(processorDef as StateMachineDefinition, jsonata ? 'JSONata' : 'JSONPath') : undefined,
    itemSelector: undefined,
    itemSelectorJsonata: undefined,
    fields: new Map(),
    fieldTemplates: new Map(),
  };
  state.outputWhole = state.outputPath === undefined || state.outputPath === '$';
  const segments = state.resultPathSegments;
  if (!jsonata && state.outputWhole && segments?.length === 1 && typeof segments[0] === 'string' && segments[0] !== '__proto__') {
    state.deferredResultKey = segments[0];
  }
  state.discardsResult = !jsonata && state.outputWhole && state.resultPath === null && !state.resultSelector && !state.assignPath;
  state.branchesSync = state.branches.length > 0 && state.branches.every(runsSynchronously);
  const selector = 'ItemSelector' in def ? def.ItemSelector : def.Type === 'Map' && 'Parameters' in def ? def.Parameters : undefined;
  if (selector !== undefined) {
    if (jsonata) state.itemSelectorJsonata = compileJsonataTemplate(selector, 'ItemSelector');
    else state.itemSelector = compilePayloadTemplate(selector);
    if (def.Type === 'Map') state.parameters = undefined;
  }
  return state;
}

/** Whether a machine always runs to its end without waiting: JSONPath Pass, Choice, Succeed, Fail, and Parallels of those. */
function runsSynchronously(machine: CompiledMachine): boolean {
  for (const s of machine.states.values()) {
    if (s.jsonata) return false;
    if (s.type === 'Pass' || s.type === 'Choice' || s.type === 'Succeed' || s.type === 'Fail') continue;
    if (s.type === 'Parallel' && s.retriers.length === 0 && s.branchesSync) continue;
    return false;
  }
  return true;
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function compileRetrier(r: Record<string, unknown>): CompiledRetrier {
  return {
    errorEquals: strings(r.ErrorEquals),
    intervalSeconds: typeof r.IntervalSeconds === 'number' ? r.IntervalSeconds : 1,
    maxAttempts: typeof r.MaxAttempts === 'number' ? r.MaxAttempts : 3,
    backoffRate: typeof r.BackoffRate === 'number' ? r.BackoffRate : 2,
    maxDelaySeconds: typeof r.MaxDelaySeconds === 'number' ? r.MaxDelaySeconds : undefined,
    jitter: r.JitterStrategy === 'FULL',
  };
}

function compileCatcher(c: Record<string, unknown>, jsonata: boolean): CompiledCatcher {
  return {
    errorEquals: strings(c.ErrorEquals),
    next: typeof c.Next === 'string' ? c.Next : '',
    resultPath: 'ResultPath' in c ? (typeof c.ResultPath === 'string' ? c.ResultPath : null) : '$',
    output: jsonata && 'Output' in c ? compileJsonataTemplate(c.Output, 'Output') : undefined,
    assignPath: !jsonata && 'Assign' in c ? compilePayloadTemplate(c.Assign) : undefined,
    assignJsonata: jsonata && 'Assign' in c ? compileJsonataTemplate(c.Assign, 'Assign') : undefined,
  };
}

function compileChoice(c: Record<string, unknown>, jsonata: boolean): CompiledChoice {
  const rule: Record<string, unknown> = { ...c };
  delete rule.Next;
  delete rule.Assign;
  delete rule.Output;
  delete rule.Comment;
  return {
    next: typeof c.Next === 'string' ? c.Next : '',
    rule: jsonata ? undefined : compileChoiceRule(rule),
    condition: jsonata ? compileJsonataTemplate(c.Condition, 'Condition') : undefined,
    output: jsonata && 'Output' in c ? compileJsonataTemplate(c.Output, 'Output') : undefined,
    assignPath: !jsonata && 'Assign' in c ? compilePayloadTemplate(c.Assign) : undefined,
    assignJsonata: jsonata && 'Assign' in c ? compileJsonataTemplate(c.Assign, 'Assign') : undefined,
  };
}

/** A JSONata field compiled on first use (Seconds, Timestamp, Items, Error, Cause, TimeoutSeconds…). */
export function jsonataField(state: CompiledState, field: string): JsonataTemplate {
  let t = state.fields.get(field);
  if (!t) {
    t = compileJsonataTemplate(state.def[field], field);
    state.fields.set(field, t);
  }
  return t;
}
