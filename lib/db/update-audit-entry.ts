import type { Db } from './client';
import { toStorableJson, type AuditEntryInput } from './record-audit-entry';

/** Rewrites an entry's params and results: for tallies that grow after the entry is written (refused attempts). */
export async function updateAuditEntry(db: Db, id: number, patch: Pick<AuditEntryInput, 'params' | 'results'>): Promise<void> {
  await db.auditEntry.update({
    where: { id },
    data: {
      params: patch.params ? (toStorableJson(patch.params) as object) : undefined,
      results: patch.results ? (toStorableJson(patch.results) as object[]) : undefined,
    },
  });
}
