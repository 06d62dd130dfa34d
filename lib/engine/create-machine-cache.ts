import type { StateMachineDefinition } from '@/lib/asl';
import { compileStateMachine, type CompiledMachine } from './compile-state-machine';

/** A revision's definition compiled once, looked up by state machine ARN and revision id. */
export function createMachineCache(): (sm: { stateMachineArn: string; revisionId: string; definition: string }) => CompiledMachine {
  const compiled = new Map<string, CompiledMachine>();
  return (sm) => {
    const key = `${sm.stateMachineArn}@${sm.revisionId}`;
    let m = compiled.get(key);
    if (!m) {
      m = compileStateMachine(JSON.parse(sm.definition) as StateMachineDefinition);
      compiled.set(key, m);
    }
    return m;
  };
}
