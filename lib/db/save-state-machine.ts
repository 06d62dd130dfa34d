import { createHash } from 'node:crypto';
import type { StateMachineRecord } from '@/lib/model';
import type { Db } from './client';

type DbClient = Pick<Db, 'stateMachine' | 'stateMachineRevision'>;

/** Source kinds that sync their state machines; an import may not change those (see saveExecution). */
const SYNCED_SOURCE_KINDS = new Set(['AWS', 'LOCAL']);

/**
 * Creates or refreshes a state machine and stores its definition as a revision (once per distinct text).
 * Returns the machine's id and the revision id of this definition, if one was given.
 */
export async function saveStateMachine(
  db: DbClient,
  sourceId: number,
  record: StateMachineRecord,
  options: { importing?: boolean } = {},
): Promise<{ stateMachineId: number; revisionId: number | null }> {
  if (options.importing) {
    const stored = await db.stateMachine.findUnique({ where: { arn: record.arn }, select: { id: true, source: { select: { kind: true, name: true } } } });
    if (stored && SYNCED_SOURCE_KINDS.has(stored.source.kind)) {
      // An execution of a synced machine may be imported, but the machine and its revisions stay the sync's.
      if (record.definition === null) return { stateMachineId: stored.id, revisionId: null };
      throw new Error(`${record.arn} belongs to the synced source "${stored.source.name}" (${stored.source.kind}): an import may not change it or add a definition revision`);
    }
  }
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
