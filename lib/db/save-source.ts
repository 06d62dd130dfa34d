import type { SourceKind, SourceSettings } from '@/lib/model';
import type { Db } from './client';
import { toSourceSettings } from './to-source-settings';

export type SourceInput = {
  kind: Exclude<SourceKind, 'IMPORT'>;
  name: string;
  region: string | null;
  profile: string | null;
  roleArn: string | null;
  endpoint: string | null;
  syncIntervalSec: number | null;
  maxRequestsPerSec: number | null;
  enabled: boolean;
};

export class SourceNameTakenError extends Error {
  constructor(name: string) {
    super(`A source named "${name}" already exists.`);
    this.name = 'SourceNameTakenError';
  }
}

/** Creates a source, or changes one when `id` is given. A name is unique across sources. */
export async function saveSource(db: Db, input: SourceInput, id?: number): Promise<SourceSettings> {
  const clash = await db.source.findUnique({ where: { name: input.name }, select: { id: true } });
  if (clash && clash.id !== id) throw new SourceNameTakenError(input.name);
  const row = id === undefined ? await db.source.create({ data: input }) : await db.source.update({ where: { id }, data: input });
  return toSourceSettings(row);
}

/** Removes a source with everything synced from it (state machines, executions, events, metrics, runs). */
export async function deleteSource(db: Db, id: number): Promise<{ deleted: boolean; executions: number }> {
  const executions = await db.execution.count({ where: { sourceId: id } });
  const { count } = await db.source.deleteMany({ where: { id } });
  return { deleted: count > 0, executions: count > 0 ? executions : 0 };
}
