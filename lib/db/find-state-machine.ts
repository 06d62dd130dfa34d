import type { StateMachineDetail } from '@/lib/model';
import type { Db } from './client';

/** A state machine with its newest stored definition, or null when none has this ARN. */
export async function findStateMachine(db: Db, arn: string): Promise<StateMachineDetail | null> {
  const row = await db.stateMachine.findUnique({
    where: { arn },
    include: {
      source: { select: { name: true } },
      revisions: { orderBy: [{ firstSeenAt: 'desc' }, { id: 'desc' }], take: 1 },
      _count: { select: { revisions: true } },
    },
  });
  if (!row) return null;
  const revision = row.revisions[0];
  return {
    id: row.id,
    arn: row.arn,
    name: row.name,
    type: row.type,
    status: row.status,
    sourceName: row.source.name,
    roleArn: row.roleArn,
    logGroupArn: row.logGroupArn,
    createdAt: row.createdAt,
    lastSyncedAt: row.lastSyncedAt,
    definition: revision?.definition ?? null,
    revisionId: revision?.revisionId ?? null,
    definitionFirstSeenAt: revision?.firstSeenAt ?? null,
    revisionCount: row._count.revisions,
  };
}
