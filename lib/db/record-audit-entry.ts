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
      actor: toStorableText(entry.actor),
      action: entry.action,
      targets: toStorableJson(entry.targets) as string[],
      params: entry.params ? (toStorableJson(entry.params) as object) : undefined,
      outcome: entry.outcome,
      results: entry.results ? (toStorableJson(entry.results) as object[]) : undefined,
    },
    select: { id: true },
  });
  return row.id;
}

/**
 * Audit entries quote what requests sent (file names, clients, messages): NUL and lone surrogates become
 * U+FFFD, since PostgreSQL's text and jsonb refuse them and a refused write would lose the entry.
 */
export function toStorableText(text: string): string {
  return text.replaceAll('\0', '\uFFFD').toWellFormed();
}

/** A plain-data copy (Prisma's Json input wants JSON values) with every string made storable. */
export function toStorableJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (_key, item: unknown) => (typeof item === 'string' ? toStorableText(item) : item));
}
