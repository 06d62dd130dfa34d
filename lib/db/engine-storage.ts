import type {
  EngineActivityRow,
  EngineEventRow,
  EngineExecutionRow,
  EngineRevisionRow,
  EngineStateMachineRow,
  EngineStoreBatch,
  EngineTagRow,
  EngineTaskTokenRow,
  ExecutionStatus,
} from '@/lib/model';
import { chunkQueryList } from './chunk-query-list';
import type { Db } from './client';
import { getDbProvider, type DbProvider } from './insert-history-events';

/** Executions whose events one read loads: keeps each result a few hundred histories. */
const EXECUTIONS_PER_EVENT_READ = 500;
/** Rows per event INSERT, and the statement size it stops at (payloads reach 256 KiB each). */
const EVENT_ROWS_PER_STATEMENT = 2_000;
const EVENT_STATEMENT_CHARS = 4_000_000;
const EVENT_COLUMNS = '("executionArn","id","previousEventId","type","timestamp","detailsKey","details","stateName","payload","thread","scope")';

/**
 * The local engine's tables (Engine*), as the plain-row store its durable storage writes behind:
 * one transaction per batch, on SQLite or PostgreSQL.
 */
export function createEngineStorageBackend(db: Db) {
  const provider = getDbProvider(db);
  return {
    async load() {
      const [machines, revisions, activities, executions, taskTokens, tags] = await Promise.all([
        db.engineStateMachine.findMany(),
        db.engineStateMachineRevision.findMany(),
        db.engineActivity.findMany(),
        db.engineExecution.findMany({ orderBy: [{ startDate: 'asc' }, { arn: 'asc' }] }),
        db.engineTaskToken.findMany(),
        db.engineTag.findMany(),
      ]);
      return {
        stateMachines: machines.map(
          (m): EngineStateMachineRow => ({ stateMachineArn: m.arn, name: m.name, definition: m.definition, roleArn: m.roleArn, type: m.type === 'EXPRESS' ? 'EXPRESS' : 'STANDARD', creationDate: m.creationDate.getTime(), revisionId: m.revisionId }),
        ),
        revisions: revisions.map((r): EngineRevisionRow => ({ stateMachineArn: r.stateMachineArn, revisionId: r.revisionId, definition: r.definition, roleArn: r.roleArn, updateDate: r.updateDate.getTime() })),
        activities: activities.map((a): EngineActivityRow => ({ activityArn: a.arn, name: a.name, creationDate: a.creationDate.getTime() })),
        executions: executions.map(
          (e): EngineExecutionRow => ({
            executionArn: e.arn,
            stateMachineArn: e.stateMachineArn,
            name: e.name,
            status: e.status as ExecutionStatus,
            startDate: e.startDate.getTime(),
            stopDate: e.stopDate?.getTime(),
            input: e.input,
            output: e.output ?? undefined,
            error: e.error ?? undefined,
            cause: e.cause ?? undefined,
            redriveCount: e.redriveCount,
            redriveDate: e.redriveDate?.getTime(),
            mapRunArn: e.mapRunArn ?? undefined,
            mapItemIndex: e.mapItemIndex ?? undefined,
            revisionId: e.revisionId ?? undefined,
            eventCount: e.eventCount,
            mockTestCase: e.mockTestCase ?? undefined,
          }),
        ),
        taskTokens: taskTokens.map((t): EngineTaskTokenRow => ({ token: t.token, executionArn: t.executionArn, key: t.key, outcome: t.outcome })),
        tags: tags.map((t): EngineTagRow => ({ resourceArn: t.resourceArn, key: t.key, value: t.value })),
      };
    },

    async loadEvents(executionArns: string[]): Promise<EngineEventRow[]> {
      const out: EngineEventRow[] = [];
      for (const chunk of chunkQueryList(executionArns, { maxItems: EXECUTIONS_PER_EVENT_READ })) {
        const rows = await db.engineHistoryEvent.findMany({
          where: { executionArn: { in: chunk } },
          orderBy: [{ executionArn: 'asc' }, { id: 'asc' }],
        });
        for (const r of rows) out.push({ ...r, timestamp: r.timestamp.getTime() });
      }
      return out;
    },

    async write(batch: EngineStoreBatch): Promise<void> {
      const ops = [];
      for (const statement of toEventInserts(batch.events, provider)) {
        ops.push(statement.params ? db.$executeRawUnsafe(statement.sql, ...statement.params) : db.$executeRawUnsafe(statement.sql));
      }
      for (const arns of chunkQueryList(batch.deletedStateMachines)) ops.push(db.engineStateMachine.deleteMany({ where: { arn: { in: arns } } }));
      for (const m of batch.stateMachines) {
        const data = { name: m.name, definition: m.definition, roleArn: m.roleArn, type: m.type, creationDate: new Date(m.creationDate), revisionId: m.revisionId };
        ops.push(db.engineStateMachine.upsert({ where: { arn: m.stateMachineArn }, create: { arn: m.stateMachineArn, ...data }, update: data }));
      }
      for (const r of batch.revisions) {
        const data = { definition: r.definition, roleArn: r.roleArn, updateDate: new Date(r.updateDate) };
        ops.push(
          db.engineStateMachineRevision.upsert({
            where: { stateMachineArn_revisionId: { stateMachineArn: r.stateMachineArn, revisionId: r.revisionId } },
            create: { stateMachineArn: r.stateMachineArn, revisionId: r.revisionId, ...data },
            update: data,
          }),
        );
      }
      for (const arns of chunkQueryList(batch.deletedActivities)) ops.push(db.engineActivity.deleteMany({ where: { arn: { in: arns } } }));
      for (const a of batch.activities) {
        const data = { name: a.name, creationDate: new Date(a.creationDate) };
        ops.push(db.engineActivity.upsert({ where: { arn: a.activityArn }, create: { arn: a.activityArn, ...data }, update: data }));
      }
      for (const e of batch.executions) {
        const data = {
          stateMachineArn: e.stateMachineArn,
          name: e.name,
          status: e.status,
          startDate: new Date(e.startDate),
          stopDate: e.stopDate === undefined ? null : new Date(e.stopDate),
          input: e.input,
          output: e.output ?? null,
          error: e.error ?? null,
          cause: e.cause ?? null,
          redriveCount: e.redriveCount,
          redriveDate: e.redriveDate === undefined ? null : new Date(e.redriveDate),
          mapRunArn: e.mapRunArn ?? null,
          mapItemIndex: e.mapItemIndex ?? null,
          revisionId: e.revisionId ?? null,
          eventCount: e.eventCount ?? 0,
          mockTestCase: e.mockTestCase ?? null,
        };
        ops.push(db.engineExecution.upsert({ where: { arn: e.executionArn }, create: { arn: e.executionArn, ...data }, update: data }));
      }
      for (const arns of chunkQueryList(batch.deletedTaskTokensOf)) ops.push(db.engineTaskToken.deleteMany({ where: { executionArn: { in: arns } } }));
      for (const t of batch.taskTokens) {
        const data = { executionArn: t.executionArn, key: t.key, outcome: t.outcome };
        ops.push(db.engineTaskToken.upsert({ where: { token: t.token }, create: { token: t.token, ...data }, update: data }));
      }
      for (const arns of chunkQueryList(batch.retagged)) ops.push(db.engineTag.deleteMany({ where: { resourceArn: { in: arns } } }));
      for (const data of chunkQueryList(batch.tags, { parametersPerItem: 3 })) ops.push(db.engineTag.createMany({ data }));
      if (ops.length === 0) return;
      await db.$transaction(ops);
    },

    classifyError: classifyWriteError,
  };
}

/** Driver and SQLSTATE codes of failures that pass: busy or locked, out of space, connection lost, a conflict. */
const TRANSIENT_CODE = /^(SQLITE_(BUSY|LOCKED|FULL|IOERR|READONLY|CANTOPEN|PROTOCOL|NOMEM|INTERRUPT)|08|40001|40P01|53|55P03|57P0|58|E(CONNREFUSED|CONNRESET|TIMEDOUT|PIPE|HOSTUNREACH|NETUNREACH|AI_AGAIN|NOTFOUND)$)/;
/** Codes of failures the same rows always meet: a constraint, a value or text the column cannot hold. */
const PERMANENT_CODE = /^(SQLITE_(CONSTRAINT|MISMATCH|TOOBIG|RANGE)|22|23)/;
/** Prisma's codes: connection, timeout and pool errors and write conflicts pass; constraint and value errors do not. */
const TRANSIENT_PRISMA = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028', 'P2034']);
const PERMANENT_PRISMA = new Set(['P2000', 'P2002', 'P2003', 'P2004', 'P2005', 'P2006', 'P2007', 'P2011', 'P2019', 'P2020']);
/** The driver adapters' error kinds (@prisma/driver-adapter-utils). */
const TRANSIENT_KIND = new Set(['DatabaseNotReachable', 'SocketTimeout', 'ConnectionClosed', 'TransactionWriteConflict', 'TooManyConnections', 'TransactionAlreadyClosed']);
const PERMANENT_KIND = new Set(['UniqueConstraintViolation', 'ForeignKeyConstraintViolation', 'NullConstraintViolation', 'LengthMismatch', 'ValueOutOfRange', 'InvalidInputValue']);

/**
 * Whether a failed engine write can succeed if tried again (the engine's durable storage retries the
 * transient ones with back-off and drops what is permanent). Read from Prisma's error code, the driver
 * adapter's error kind and the database's own code (SQLite result code, PostgreSQL SQLSTATE, e.g. 22021
 * "invalid byte sequence" for a NUL), whether wrapped by Prisma or thrown by the adapter itself.
 */
function classifyWriteError(err: unknown): 'transient' | 'permanent' | 'unknown' {
  if (!(err instanceof Error)) return 'unknown';
  if (err.name === 'DatabaseBusyError' || err.name === 'PrismaClientInitializationError') return 'transient';
  // A lone surrogate Prisma's engine cannot decode, or a value of the wrong type: the same rows fail again.
  if (err.name === 'PrismaClientValidationError' || (err.name === 'PrismaClientUnknownRequestError' && err.message.includes('JSON Error'))) return 'permanent';
  const { code, meta } = err as { code?: unknown; meta?: { driverAdapterError?: { cause?: unknown } } };
  if (typeof code === 'string' && TRANSIENT_PRISMA.has(code)) return 'transient';
  if (typeof code === 'string' && PERMANENT_PRISMA.has(code)) return 'permanent';
  const cause = (meta?.driverAdapterError?.cause ?? (err.name === 'DriverAdapterError' ? err.cause : undefined)) as { kind?: unknown; originalCode?: unknown; code?: unknown } | undefined;
  if (typeof cause?.kind === 'string' && TRANSIENT_KIND.has(cause.kind)) return 'transient';
  if (typeof cause?.kind === 'string' && PERMANENT_KIND.has(cause.kind)) return 'permanent';
  const dbCode = [cause?.originalCode, cause?.code, code].find((c): c is string => typeof c === 'string' && !c.startsWith('P'));
  if (dbCode && TRANSIENT_CODE.test(dbCode)) return 'transient';
  if (dbCode && PERMANENT_CODE.test(dbCode)) return 'permanent';
  return err.cause === undefined ? 'unknown' : classifyWriteError(err.cause);
}

/**
 * Multi-row INSERTs of event rows as escaped literals: Prisma's createMany (and bound parameters) run
 * every value through its query compiler, a few thousand rows per second here; literals store several
 * times faster (as lib/db/insert-history-events.ts found). A row with a NUL character goes as parameters.
 */
function toEventInserts(rows: EngineEventRow[], provider: DbProvider): { sql: string; params?: unknown[] }[] {
  const out: { sql: string; params?: unknown[] }[] = [];
  let tuples: string[] = [];
  let chars = 0;
  const close = () => {
    if (tuples.length > 0) out.push({ sql: `INSERT INTO "EngineHistoryEvent" ${EVENT_COLUMNS} VALUES ${tuples.join(',')}` });
    tuples = [];
    chars = 0;
  };
  for (const row of rows) {
    const tuple = toLiteralTuple(row, provider);
    if (tuple === null) {
      close();
      const marks = provider === 'postgresql' ? '($1,$2,$3,$4,$5::timestamp(3),$6,$7,$8,$9,$10,$11)' : '(?,?,?,?,?,?,?,?,?,?,?)';
      const timestamp = new Date(row.timestamp);
      out.push({
        sql: `INSERT INTO "EngineHistoryEvent" ${EVENT_COLUMNS} VALUES ${marks}`,
        params: [row.executionArn, row.id, row.previousEventId, row.type, timestamp, row.detailsKey, row.details, row.stateName, row.payload, row.thread, row.scope],
      });
      continue;
    }
    if (tuples.length >= EVENT_ROWS_PER_STATEMENT || chars + tuple.length > EVENT_STATEMENT_CHARS) close();
    tuples.push(tuple);
    chars += tuple.length;
  }
  close();
  return out;
}

function toLiteralTuple(row: EngineEventRow, provider: DbProvider): string | null {
  if (![row.id, row.previousEventId].every(Number.isSafeInteger) || !Number.isFinite(row.timestamp)) return null;
  const texts = [row.executionArn, row.type, row.detailsKey, row.details, row.stateName, row.payload, row.thread, row.scope];
  if (texts.some((t) => t !== null && t.includes('\u0000'))) return null;
  const text = (value: string | null) => (value === null ? 'NULL' : quote(value, provider));
  const iso = new Date(row.timestamp).toISOString();
  // The adapters' DateTime formats: UTC wall time in timestamp(3) (PostgreSQL), ISO 8601 with offset (SQLite).
  const timestamp = provider === 'postgresql' ? `${text(iso)}::timestamp(3)` : text(iso.replace('Z', '+00:00'));
  return `(${text(row.executionArn)},${row.id},${row.previousEventId},${text(row.type)},${timestamp},${text(row.detailsKey)},${text(row.details)},${text(row.stateName)},${text(row.payload)},${text(row.thread)},${text(row.scope)})`;
}

/** A string literal: quotes doubled; on PostgreSQL an E'' literal with backslashes doubled too. */
function quote(value: string, provider: DbProvider): string {
  if (provider === 'postgresql') return `E'${value.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
  return `'${value.replaceAll("'", "''")}'`;
}
