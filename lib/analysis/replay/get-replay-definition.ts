import { isRecord, type StateType } from '@/lib/asl';

/** One state of a definition, wherever it is nested. */
export type ReplayDefinitionState = {
  /** `${scope}/${name}`, or the bare name at the top level. */
  nodeId: string;
  name: string;
  type: StateType | 'Unknown';
  /** The state as written. */
  fields: Record<string, unknown>;
  /** The scope it lives in: '' at the top, `${parallelNodeId}/${branch}` in a branch, `${mapNodeId}` in a Map. */
  scope: string;
  /** The Parallel or Map state it is nested in. */
  parentNodeId: string | null;
  /** Branch number inside a Parallel; null elsewhere. */
  branch: number | null;
  queryLanguage: 'JSONPath' | 'JSONata';
};

export type ReplayDefinitionScope = {
  key: string;
  startAt: string | null;
  /** State name → node id. */
  states: Map<string, string>;
  parentNodeId: string | null;
  branch: number | null;
};

export type ReplayDefinition = {
  states: Map<string, ReplayDefinitionState>;
  scopes: Map<string, ReplayDefinitionScope>;
  /** State name → every node id with that name (names repeat only across nested scopes). */
  nodeIdsByName: Map<string, string[]>;
  /** Parallel node id → its branch count. */
  branchCounts: Map<string, number>;
  queryLanguage: 'JSONPath' | 'JSONata';
};

export type ReplayDefinitionResult = { value: ReplayDefinition | null; problem: string | null };

const STATE_TYPE_NAMES = new Set(['Pass', 'Task', 'Choice', 'Wait', 'Parallel', 'Map', 'Succeed', 'Fail']);

/** Node id of a state inside a scope. */
export function toReplayNodeId(scope: string, name: string): string {
  return scope ? `${scope}/${name}` : name;
}

/**
 * Indexes a definition (ASL text or parsed JSON) by scope and node id. Never throws: a definition that
 * is not JSON or has no States gives `value: null` and the reason.
 */
export function getReplayDefinition(definition: unknown): ReplayDefinitionResult {
  let parsed: unknown = definition;
  if (typeof definition === 'string') {
    try {
      parsed = JSON.parse(definition);
    } catch (error) {
      return { value: null, problem: `The definition is not valid JSON: ${(error as Error).message}` };
    }
  }
  if (!isRecord(parsed) || !isRecord(parsed.States)) return { value: null, problem: 'The definition has no States object.' };
  const queryLanguage = parsed.QueryLanguage === 'JSONata' ? 'JSONata' : 'JSONPath';
  const index: ReplayDefinition = { states: new Map(), scopes: new Map(), nodeIdsByName: new Map(), branchCounts: new Map(), queryLanguage };
  addMachine(index, parsed, '', null, null, queryLanguage);
  return { value: index, problem: null };
}

function addMachine(
  index: ReplayDefinition,
  machine: Record<string, unknown>,
  scopeKey: string,
  parentNodeId: string | null,
  branch: number | null,
  inherited: 'JSONPath' | 'JSONata',
): void {
  const scope: ReplayDefinitionScope = {
    key: scopeKey,
    startAt: typeof machine.StartAt === 'string' ? machine.StartAt : null,
    states: new Map(),
    parentNodeId,
    branch,
  };
  index.scopes.set(scopeKey, scope);
  if (!isRecord(machine.States)) return;
  const machineLanguage = machine.QueryLanguage === 'JSONata' ? 'JSONata' : machine.QueryLanguage === 'JSONPath' ? 'JSONPath' : inherited;
  for (const [name, raw] of Object.entries(machine.States)) {
    const fields = isRecord(raw) ? raw : {};
    const nodeId = toReplayNodeId(scopeKey, name);
    const type = typeof fields.Type === 'string' && STATE_TYPE_NAMES.has(fields.Type) ? (fields.Type as StateType) : 'Unknown';
    const queryLanguage = fields.QueryLanguage === 'JSONata' ? 'JSONata' : fields.QueryLanguage === 'JSONPath' ? 'JSONPath' : machineLanguage;
    index.states.set(nodeId, { nodeId, name, type, fields, scope: scopeKey, parentNodeId, branch, queryLanguage });
    scope.states.set(name, nodeId);
    const same = index.nodeIdsByName.get(name);
    if (same) same.push(nodeId);
    else index.nodeIdsByName.set(name, [nodeId]);
    if (type === 'Parallel' && Array.isArray(fields.Branches)) {
      index.branchCounts.set(nodeId, fields.Branches.length);
      fields.Branches.forEach((branchMachine, position) => {
        if (isRecord(branchMachine)) addMachine(index, branchMachine, `${nodeId}/${position}`, nodeId, position, queryLanguage);
      });
    }
    if (type === 'Map') {
      const processor = isRecord(fields.ItemProcessor) ? fields.ItemProcessor : isRecord(fields.Iterator) ? fields.Iterator : null;
      if (processor) addMachine(index, processor, nodeId, nodeId, null, queryLanguage);
    }
  }
}
