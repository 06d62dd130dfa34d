import type { HistoryEvent } from '@/lib/model';
import type { Db } from './client';
import { PrismaClient as PostgresPrismaClient } from './generated/postgresql';

/** Rows per INSERT: 7 columns × 2,000 stays under SQLite's 32,766 and PostgreSQL's 65,535 bound variables. */
const ROWS_PER_STATEMENT = 2_000;
const COLUMNS = '("executionId","eventId","previousEventId","type","timestamp","stateName","details")';

type Tx = Pick<Db, '$executeRawUnsafe'>;
export type DbProvider = 'sqlite' | 'postgresql';
type Row = [executionId: number, eventId: number, previousEventId: number | null, type: string, timestamp: Date, stateName: string | null, details: string];

/** Which database a client talks to (its transaction handle cannot tell, so ask the client before). */
export function getDbProvider(db: Db): DbProvider {
  // An extended client ($extends) is a proxy that `instanceof` does not see through; Prisma's own provider name is.
  const provider: unknown = Reflect.get(db, '_activeProvider');
  if (provider === 'postgresql' || provider === 'sqlite') return provider;
  return (db as unknown) instanceof PostgresPrismaClient ? 'postgresql' : 'sqlite';
}

/**
 * Appends history events with multi-row INSERTs. Prisma's createMany builds every row through its query
 * compiler (about 5,000 rows/s here), and so does every bound parameter of a raw query; values written as
 * escaped literals skip that and store three to ten times faster, which a sync of hundreds of thousands of
 * events needs. The stored values are exactly what createMany writes: timestamps in the adapter's format,
 * details as JSON text. A row whose text cannot be written as a literal (a NUL character) goes as
 * parameters instead.
 */
export async function insertHistoryEvents(tx: Tx, provider: DbProvider, events: { executionId: number; event: HistoryEvent }[]): Promise<void> {
  for (let start = 0; start < events.length; start += ROWS_PER_STATEMENT) {
    const rows = events.slice(start, start + ROWS_PER_STATEMENT).map(({ executionId, event }) => toRow(executionId, event));
    const literals = rows.map((row) => toLiteralTuple(row, provider));
    if (literals.every((tuple) => tuple !== null)) {
      await tx.$executeRawUnsafe(`INSERT INTO "HistoryEvent" ${COLUMNS} VALUES ${literals.join(',')}`);
      continue;
    }
    const tuples = rows.map((_, index) => {
      const n = index * 7;
      return provider === 'postgresql' ? `($${n + 1},$${n + 2},$${n + 3},$${n + 4},$${n + 5}::timestamp(3),$${n + 6},$${n + 7}::jsonb)` : '(?,?,?,?,?,?,?)';
    });
    await tx.$executeRawUnsafe(`INSERT INTO "HistoryEvent" ${COLUMNS} VALUES ${tuples.join(',')}`, ...rows.flat());
  }
}

function toRow(executionId: number, event: HistoryEvent): Row {
  const { id, previousEventId, type, timestamp, ...details } = event;
  const stateName = event.stateEnteredEventDetails?.name ?? event.stateExitedEventDetails?.name ?? null;
  return [executionId, id ?? 0, previousEventId ?? null, type, timestamp, stateName, JSON.stringify(details)];
}

function toLiteralTuple([executionId, eventId, previousEventId, type, timestamp, stateName, details]: Row, provider: DbProvider): string | null {
  if (![executionId, eventId, previousEventId ?? 0].every(Number.isSafeInteger) || Number.isNaN(timestamp.getTime())) return null;
  const texts = [type, stateName ?? '', details];
  if (texts.some((text) => text.includes('\u0000'))) return null;
  const text = (value: string | null) => (value === null ? 'NULL' : quote(value, provider));
  if (provider === 'postgresql') {
    // Prisma stores DateTime as UTC wall time in timestamp(3).
    return `(${executionId},${eventId},${previousEventId ?? 'NULL'},${text(type)},${text(timestamp.toISOString())}::timestamp(3),${text(stateName)},${text(details)}::jsonb)`;
  }
  // The SQLite adapter's iso8601 format (@prisma/adapter-better-sqlite3 mapArg).
  return `(${executionId},${eventId},${previousEventId ?? 'NULL'},${text(type)},${text(timestamp.toISOString().replace('Z', '+00:00'))},${text(stateName)},${text(details)})`;
}

/** A string literal: quotes doubled; on PostgreSQL an E'' literal with backslashes doubled too, whatever standard_conforming_strings says. */
function quote(value: string, provider: DbProvider): string {
  if (provider === 'postgresql') return `E'${value.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
  return `'${value.replaceAll("'", "''")}'`;
}
