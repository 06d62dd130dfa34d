import type { Db } from './client';

/** Definition texts of state machine revisions, by revision id (those not found are absent). */
export async function listRevisionDefinitions(db: Db, revisionIds: readonly number[]): Promise<Map<number, string>> {
  const ids = [...new Set(revisionIds)];
  if (ids.length === 0) return new Map();
  const rows = await db.stateMachineRevision.findMany({ where: { id: { in: ids } }, select: { id: true, definition: true } });
  return new Map(rows.map((row) => [row.id, row.definition]));
}
