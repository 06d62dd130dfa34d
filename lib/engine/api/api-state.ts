import type { Engine } from '@/lib/engine';

/** The state machine as an execution started it (DescribeStateMachineForExecution answers with this). */
export type MachineSnapshot = { stateMachineArn: string; name: string; definition: string; roleArn: string; revisionId: string; updateDate: number };

/**
 * What the API keeps beside the engine, for members the engine does not model yet: tags, update
 * dates, and the definition each execution started with. In memory, like the engine's storage.
 */
export type ApiState = {
  engine: Engine;
  tags: Map<string, Map<string, string>>;
  updateDates: Map<string, number>;
  executionMachines: Map<string, MachineSnapshot>;
  /** Current snapshot per state machine ARN, shared by the executions started on it. */
  machineSnapshots: Map<string, MachineSnapshot>;
  /** Map Run ARN → parent execution ARN, once found. */
  mapRunParents: Map<string, string>;
};

export function createApiState(engine: Engine): ApiState {
  return { engine, tags: new Map(), updateDates: new Map(), executionMachines: new Map(), machineSnapshots: new Map(), mapRunParents: new Map() };
}
