import type { Db } from './client';

export type AuditEntryInput = {
  actor: string;
  /** redrive | stop | import | … */
  action: string;
  targets: string[];
  params?: Record<string, unknown>;
  outcome: 'SUCCEEDED' | 'PARTIAL' | 'FAILED';
  results?: { target: string; ok: boolean; message?: string }[];
};

/** Every mutating dashboard action leaves one of these (STYLE.md, Errors). Returns the entry's id. */
export async function recordAuditEntry(db: Db, entry: AuditEntryInput): Promise<number> {
  const row = await db.auditEntry.create({
    data: {
      actor: entry.actor,
      action: entry.action,
      targets: entry.targets,
      // Prisma's Json input type wants JSON values; ours are plain data, round-tripped to prove it.
      params: entry.params ? (JSON.parse(JSON.stringify(entry.params)) as object) : undefined,
      outcome: entry.outcome,
      results: entry.results ?? undefined,
    },
    select: { id: true },
  });
  return row.id;
}
