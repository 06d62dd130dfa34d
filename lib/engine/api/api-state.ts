import type { Engine } from '@/lib/engine';

/** The state machine as an execution started it (DescribeStateMachineForExecution answers with this). */
export type MachineSnapshot = { stateMachineArn: string; name: string; definition: string; roleArn: string; revisionId: string; updateDate: number };

/**
 * What the API keeps beside the engine: only caches. Tags, definition revisions and histories
 * (from which Map Runs are read) live in the engine's storage.
 */
export type ApiState = {
  engine: Engine;
  /** Map Run ARN → parent execution ARN, once found. */
  mapRunParents: Map<string, string>;
};

export function createApiState(engine: Engine): ApiState {
  return { engine, mapRunParents: new Map() };
}
