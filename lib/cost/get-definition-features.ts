/** What in a definition decides whether it could run as Express, and how much memory Express would bill. */
export type DefinitionFeatures = {
  /** Task resources ending in `.sync` / `.sync:2`: Express does not support them (pricing.md §4 ex. 2). */
  syncResources: string[];
  /** Task resources ending in `.waitForTaskToken`. */
  callbackResources: string[];
  /** Activity ARNs used as Task resources. */
  activityResources: string[];
  /** Branch count of each Parallel state, by state name (memory estimate, pricing.md §2). */
  parallelBranchesByState: Record<string, number>;
  hasDistributedMap: boolean;
  stateCount: number;
};

type AslState = { Type?: unknown; Resource?: unknown; Branches?: unknown; Iterator?: unknown; ItemProcessor?: unknown };
type AslMachine = { States?: Record<string, AslState> };

/** Reads the features from ASL JSON text; null (with the reason) when there is no definition or it is not JSON. */
export function getDefinitionFeatures(definition: string | null): { value: DefinitionFeatures | null; warnings: string[] } {
  if (definition === null) return { value: null, warnings: ['The definition is not stored, so .sync, callback and activity use cannot be read from it.'] };
  let root: unknown;
  try {
    root = JSON.parse(definition);
  } catch {
    return { value: null, warnings: ['The stored definition is not valid JSON.'] };
  }
  const features: DefinitionFeatures = {
    syncResources: [],
    callbackResources: [],
    activityResources: [],
    parallelBranchesByState: {},
    hasDistributedMap: false,
    stateCount: 0,
  };
  const visit = (machine: unknown) => {
    if (!machine || typeof machine !== 'object') return;
    const states = (machine as AslMachine).States;
    if (!states || typeof states !== 'object') return;
    for (const [name, state] of Object.entries(states)) {
      if (!state || typeof state !== 'object') continue;
      features.stateCount++;
      const resource = typeof state.Resource === 'string' ? state.Resource : null;
      if (state.Type === 'Task' && resource) {
        if (/\.sync(:\d+)?$/.test(resource)) features.syncResources.push(resource);
        else if (resource.endsWith('.waitForTaskToken')) features.callbackResources.push(resource);
        else if (/^arn:[\w-]+:states:[\w-]+:\d{12}:activity:/.test(resource)) features.activityResources.push(resource);
      }
      if (state.Type === 'Parallel' && Array.isArray(state.Branches)) {
        features.parallelBranchesByState[name] = state.Branches.length;
        state.Branches.forEach(visit);
      }
      if (state.Type === 'Map') {
        const processor = (state.ItemProcessor ?? state.Iterator) as { ProcessorConfig?: { Mode?: unknown } } | undefined;
        if (processor?.ProcessorConfig?.Mode === 'DISTRIBUTED') features.hasDistributedMap = true;
        visit(processor);
      }
    }
  };
  visit(root);
  return { value: features, warnings: [] };
}
