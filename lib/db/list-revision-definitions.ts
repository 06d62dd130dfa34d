import { chunkQueryList } from './chunk-query-list';
import type { Db } from './client';

/** Definition texts of state machine revisions, by revision id (those not found are absent). */
export async function listRevisionDefinitions(db: Db, revisionIds: readonly number[]): Promise<Map<number, string>> {
  const definitions = new Map<number, string>();
  for (const chunk of chunkQueryList([...new Set(revisionIds)])) {
    const rows = await db.stateMachineRevision.findMany({ where: { id: { in: chunk } }, select: { id: true, definition: true } });
    for (const row of rows) definitions.set(row.id, row.definition);
  }
  return definitions;
}
