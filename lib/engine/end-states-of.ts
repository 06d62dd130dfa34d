import type { CompiledMachine } from './compile-state-machine';

const endStates = new WeakMap<CompiledMachine, Set<string>>();

/** Names of the states that end their (branch's) machine: End, or Succeed. */
export function endStatesOf(machine: CompiledMachine): Set<string> {
  let names = endStates.get(machine);
  if (!names) {
    const found = new Set<string>();
    const walk = (m: CompiledMachine) => {
      for (const s of m.states.values()) {
        if (s.end || s.type === 'Succeed') found.add(s.name);
        s.branches.forEach(walk);
        if (s.processor) walk(s.processor);
      }
    };
    walk(machine);
    endStates.set(machine, found);
    names = found;
  }
  return names;
}
