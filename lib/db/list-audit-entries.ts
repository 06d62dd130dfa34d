import type { Db } from './client';
import type { Prisma } from './generated/sqlite';

export type AuditResult = { target: string; ok: boolean; message?: string };

export type AuditEntry = {
  id: number;
  at: Date;
  actor: string;
  action: string;
  targets: string[];
  params: Record<string, unknown> | null;
  outcome: string;
  results: AuditResult[];
};

export type AuditFilter = { action?: string; actor?: string; id?: number };

export const AUDIT_PAGE_SIZE = 50;

/** Newest first, paged by id (`before` = the last id of the previous page). */
export async function listAuditEntries(
  db: Db,
  filter: AuditFilter,
  page: { before?: number; limit?: number } = {},
): Promise<{ items: AuditEntry[]; nextBefore: number | null }> {
  const limit = Math.min(Math.max(page.limit ?? AUDIT_PAGE_SIZE, 1), 500);
  const where: Prisma.AuditEntryWhereInput = {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.actor ? { actor: filter.actor } : {}),
    ...(filter.id ? { id: filter.id } : {}),
    ...(page.before ? { id: { lt: page.before } } : {}),
  };
  const rows = await db.auditEntry.findMany({ where, orderBy: { id: 'desc' }, take: limit + 1 });
  const items = rows.slice(0, limit).map((row) => ({
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    targets: toStrings(row.targets),
    params: isRecord(row.params) ? row.params : null,
    outcome: row.outcome,
    results: Array.isArray(row.results) ? row.results.filter(isAuditResult) : [],
  }));
  return { items, nextBefore: rows.length > limit ? items[items.length - 1].id : null };
}

/** The actions and actors that occur in the log, for the filter menus. */
export async function listAuditFacets(db: Db): Promise<{ actions: string[]; actors: string[] }> {
  const [actions, actors] = await Promise.all([
    db.auditEntry.groupBy({ by: ['action'], orderBy: { action: 'asc' } }),
    db.auditEntry.groupBy({ by: ['actor'], orderBy: { actor: 'asc' } }),
  ]);
  return { actions: actions.map((row) => row.action), actors: actors.map((row) => row.actor) };
}

function toStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAuditResult(value: unknown): value is AuditResult {
  return isRecord(value) && typeof value.target === 'string' && typeof value.ok === 'boolean';
}
