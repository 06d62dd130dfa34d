/**
 * A state's definition by name, searched through nested Parallel branches and Map processors; null when
 * the definition is unknown, unparsable or has no such state.
 */
export function findStateDefinition(definition: string | null | undefined, stateName: string): Record<string, unknown> | null {
  if (!definition) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(definition);
  } catch {
    return null;
  }
  return search(parsed, stateName, 0);
}

/** ASL nests at most a few levels; the bound keeps a hostile definition from recursing forever. */
const MAX_DEPTH = 32;

function search(machine: unknown, stateName: string, depth: number): Record<string, unknown> | null {
  if (!isRecord(machine) || !isRecord(machine.States) || depth > MAX_DEPTH) return null;
  const own = machine.States[stateName];
  if (isRecord(own)) return own;
  for (const state of Object.values(machine.States)) {
    if (!isRecord(state)) continue;
    const nested = [...(Array.isArray(state.Branches) ? state.Branches : []), state.Iterator, state.ItemProcessor];
    for (const child of nested) {
      const found = search(child, stateName, depth + 1);
      if (found) return found;
    }
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
