import { isRecord, type StateDefinition } from '@/lib/asl';
import type { Analysis } from './finding-types';

/** What detection needs from a definition: each state by name, the machine's timeout and its loops. */
export type DefinitionIndex = {
  states: Map<string, StateDefinition>;
  /** The machine's own TimeoutSeconds, when set. */
  timeoutSeconds: number | null;
  /** For each state on a cycle (a loop), every state of that cycle. */
  cycles: Map<string, ReadonlySet<string>>;
};

/**
 * Indexes a definition's states, nested ones included (Parallel branches, Map processors). Names are
 * unique per States block only, so a repeated name keeps its first state and says so.
 */
export function getDefinitionIndex(definition: string | null): Analysis<DefinitionIndex | null> {
  if (definition === null) return { value: null, warnings: ['The definition is not stored, so state timeouts, Wait ends and loops are unknown.'] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(definition);
  } catch {
    return { value: null, warnings: ['The stored definition is not valid JSON.'] };
  }
  if (!isRecord(parsed) || !isRecord(parsed.States)) return { value: null, warnings: ['The stored definition has no States.'] };

  const warnings: string[] = [];
  const states = new Map<string, StateDefinition>();
  const cycles = new Map<string, ReadonlySet<string>>();
  const visitBlock = (block: Record<string, unknown>) => {
    const names = Object.keys(block);
    for (const [name, state] of Object.entries(block)) {
      if (!isRecord(state) || typeof state.Type !== 'string') continue;
      if (states.has(name)) warnings.push(`State name "${name}" appears in more than one block; the first is used.`);
      else states.set(name, state as StateDefinition);
      for (const branch of Array.isArray(state.Branches) ? state.Branches : []) {
        if (isRecord(branch) && isRecord(branch.States)) visitBlock(branch.States);
      }
      const processor = isRecord(state.ItemProcessor) ? state.ItemProcessor : isRecord(state.Iterator) ? state.Iterator : null;
      if (processor && isRecord(processor.States)) visitBlock(processor.States);
    }
    for (const [name, members] of getCycles(block, names)) if (!cycles.has(name)) cycles.set(name, members);
  };
  visitBlock(parsed.States);

  const timeoutSeconds = typeof parsed.TimeoutSeconds === 'number' && parsed.TimeoutSeconds > 0 ? parsed.TimeoutSeconds : null;
  return { value: { states, timeoutSeconds, cycles }, warnings };
}

/** States a state can go to next in its block: Next, Default, Choices (nested rules too) and Catch targets. */
function getTransitions(state: unknown): string[] {
  if (!isRecord(state)) return [];
  const targets: string[] = [];
  const add = (value: unknown) => {
    if (typeof value === 'string') targets.push(value);
  };
  add(state.Next);
  add(state.Default);
  for (const rule of Array.isArray(state.Choices) ? state.Choices : []) if (isRecord(rule)) add(rule.Next);
  for (const catcher of Array.isArray(state.Catch) ? state.Catch : []) if (isRecord(catcher)) add(catcher.Next);
  return targets;
}

/** Strongly connected components with more than one state, or a state that goes to itself (Tarjan). */
function getCycles(block: Record<string, unknown>, names: string[]): Map<string, ReadonlySet<string>> {
  const edges = new Map(names.map((name) => [name, getTransitions(block[name]).filter((target) => target in block)]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const result = new Map<string, ReadonlySet<string>>();
  let counter = 0;

  const connect = (name: string) => {
    index.set(name, counter);
    low.set(name, counter);
    counter++;
    stack.push(name);
    onStack.add(name);
    for (const next of edges.get(name) ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(name, Math.min(low.get(name) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(name, Math.min(low.get(name) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(name) !== index.get(name)) return;
    const members = new Set<string>();
    for (;;) {
      const member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      members.add(member);
      if (member === name) break;
    }
    const selfLoop = (edges.get(name) ?? []).includes(name);
    if (members.size > 1 || selfLoop) for (const member of members) result.set(member, members);
  };
  for (const name of names) if (!index.has(name)) connect(name);
  return result;
}
