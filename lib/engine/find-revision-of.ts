import type { EngineStorage, StoredExecution, StoredRevision } from './storage';

/** The definition an execution runs: its revision, else (older records) the state machine as it is. */
export function findRevisionOf(storage: EngineStorage, e: StoredExecution): StoredRevision | undefined {
  const revision = e.revisionId !== undefined ? storage.getRevision(e.stateMachineArn, e.revisionId) : undefined;
  if (revision) return revision;
  const sm = storage.getStateMachine(e.stateMachineArn);
  return sm && { stateMachineArn: sm.stateMachineArn, revisionId: sm.revisionId, definition: sm.definition, roleArn: sm.roleArn, updateDate: sm.creationDate };
}
