import path from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSONPath } from 'jsonpath-plus';
import type { PathResolver } from '@/lib/asl/path-resolver';

/** Shared conformance corpus beside the repository (see ../shared/conformance/README.md). */
export const CASES_DIR = process.env.CONFORMANCE_CASES_DIR ?? path.resolve(process.cwd(), '../shared/conformance/cases');

export type JsonObject = Record<string, unknown>;

export type ConformanceEvent = JsonObject & { id: number; type: string };

export type ConformanceCase = {
  name: string;
  area: string;
  definition: JsonObject;
  input: string;
  expected: {
    status: string;
    output?: unknown;
    error?: string;
    cause?: string;
    events?: ConformanceEvent[] | null;
    snapshotTransforms?: JsonObject[];
  };
};

export function loadCases(area: string): ConformanceCase[] {
  const dir = join(CASES_DIR, area);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as ConformanceCase);
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every state of a definition, nested Parallel branches and Map processors included. */
export function listStates(definition: JsonObject): Array<[string, JsonObject]> {
  const found: Array<[string, JsonObject]> = [];
  const walk = (machine: unknown) => {
    if (!isObject(machine) || !isObject(machine.States)) return;
    for (const [name, state] of Object.entries(machine.States)) {
      if (!isObject(state)) continue;
      found.push([name, state]);
      if (Array.isArray(state.Branches)) state.Branches.forEach(walk);
      walk(state.Iterator);
      walk(state.ItemProcessor);
    }
  };
  walk(definition);
  return found;
}

export type Scope = { input: unknown; context?: unknown; variables?: Record<string, unknown> };

/** A small reference resolver for tests: `$…` on the input, `$$…` on the context, `$name…` on a variable. */
export function makeResolver(scope: Scope): PathResolver {
  return (path) => {
    if (path.startsWith('$$')) return query(scope.context, path.slice(1));
    if (path === '$' || path.startsWith('$.') || path.startsWith('$[')) return query(scope.input, path);
    const variable = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(path);
    if (!variable || !scope.variables || !Object.hasOwn(scope.variables, variable[1])) return undefined;
    return query(scope.variables[variable[1]], '$' + path.slice(variable[0].length));
  };
}

function query(root: unknown, path: string): unknown {
  if (path === '$') return root;
  if (root === null || typeof root !== 'object') return undefined;
  const matches = JSONPath({ path, json: root as object, wrap: true }) as unknown[];
  return matches.length === 0 ? undefined : matches[0];
}

/** The context object of a recorded execution, with the placeholders the recording uses. */
export function makeContext(testCase: ConformanceCase, stateName: string): JsonObject {
  const transforms = testCase.expected.snapshotTransforms ?? [];
  const replacement = (kind: string, fallback: string) =>
    String(transforms.find((transform) => transform.kind === kind)?.replacement ?? fallback);
  const machineName = replacement('state-machine-name', '<ArnPart_0idx>');
  const executionName = replacement('execution-name', '<ExecArnPart_0idx>');
  return {
    Execution: {
      Id: `arn:<partition>:states:<region>:111111111111:execution:${machineName}:${executionName}`,
      Input: JSON.parse(testCase.input) as unknown,
      Name: executionName,
      RoleArn: 'snf_role_arn',
      StartTime: 'date',
    },
    StateMachine: { Id: `arn:<partition>:states:<region>:111111111111:stateMachine:${machineName}`, Name: machineName },
    State: { Name: stateName, EnteredTime: 'date' },
  };
}

/** Parses a recorded payload that may be JSON text or already in "recorded form" (README step 3). */
export function fromRecorded(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/** Removes AWS's "An error occurred while executing the state 'X' (entered at the event id #N). " prefix. */
export function stripStatePrefix(cause: string): string {
  return cause.replace(/^An error occurred while executing the state '[^']*' \(entered at the event id #\d+\)\. /, '');
}
