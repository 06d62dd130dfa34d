import { createHash } from 'node:crypto';
import type { StateMachineRecord } from '@/lib/model';
import type { Db } from './client';

type DbClient = Pick<Db, 'stateMachine' | 'stateMachineRevision'>;

/**
 * Creates or refreshes a state machine and stores its definition as a revision (once per distinct text).
 * Returns the machine's id and the revision id of this definition, if one was given.
 */
export async function saveStateMachine(
  db: DbClient,
  sourceId: number,
  record: StateMachineRecord,
): Promise<{ stateMachineId: number; revisionId: number | null }> {
  const known = {
    ...(record.status ? { status: record.status } : {}),
    ...(record.roleArn ? { roleArn: record.roleArn } : {}),
    ...(record.logGroupArn ? { logGroupArn: record.logGroupArn } : {}),
    ...(record.createdAt ? { createdAt: record.createdAt } : {}),
  };
  const machine = await db.stateMachine.upsert({
    where: { arn: record.arn },
    create: { arn: record.arn, name: record.name, type: record.type, sourceId, ...known },
    // A machine first seen through its executions learns its real type and details from a description.
    update: record.definition ? { type: record.type, ...known } : known,
    select: { id: true },
  });
  if (!record.definition) return { stateMachineId: machine.id, revisionId: null };

  const definitionHash = createHash('sha256').update(record.definition).digest('hex');
  const revision = await db.stateMachineRevision.upsert({
    where: { stateMachineId_definitionHash: { stateMachineId: machine.id, definitionHash } },
    create: {
      stateMachineId: machine.id,
      definition: record.definition,
      definitionHash,
      definitionBytes: Buffer.byteLength(record.definition),
      revisionId: record.revisionId,
    },
    update: {},
    select: { id: true },
  });
  return { stateMachineId: machine.id, revisionId: revision.id };
}
