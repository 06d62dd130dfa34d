import type { Db } from './client';

export type ExecutionDefinition = {
  /** ASL JSON text. */
  definition: string;
  definitionHash: string;
  /** False when the execution's own revision is unknown and this is the machine's newest definition. */
  exact: boolean;
};

/** The definition an execution ran (its revision), else its state machine's newest one, else null. */
export async function findExecutionDefinition(db: Db, executionId: number): Promise<ExecutionDefinition | null> {
  const row = await db.execution.findUnique({
    where: { id: executionId },
    select: {
      revision: { select: { definition: true, definitionHash: true } },
      stateMachine: { select: { revisions: { orderBy: [{ firstSeenAt: 'desc' }, { id: 'desc' }], take: 1, select: { definition: true, definitionHash: true } } } },
    },
  });
  if (!row) return null;
  if (row.revision) return { ...row.revision, exact: true };
  const newest = row.stateMachine.revisions[0];
  return newest ? { ...newest, exact: false } : null;
}
