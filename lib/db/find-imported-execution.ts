import type { EventIdRange, ExecutionRecord } from '@/lib/model';
import type { Db } from './client';
import { findExecutionRecord } from './find-execution-record';
import { toEventIdRanges } from './to-event-id-ranges';

export type ImportedExecutionState = {
  /** AWS | LOCAL | IMPORT: the source the stored execution belongs to. */
  sourceKind: string;
  sourceName: string;
  record: ExecutionRecord;
  missingEvents: EventIdRange[] | null;
};

/** What an import must compare a file with: the stored execution, its every event and its source; null when new. */
export async function findImportedExecution(db: Db, arn: string): Promise<ImportedExecutionState | null> {
  const row = await db.execution.findUnique({ where: { arn }, select: { missingEvents: true, historyComplete: true, source: { select: { kind: true, name: true } } } });
  if (!row) return null;
  const record = await findExecutionRecord(db, arn, { withEvents: row.source.kind === 'IMPORT' });
  if (!record) return null;
  return { sourceKind: row.source.kind, sourceName: row.source.name, record, missingEvents: row.historyComplete ? null : toEventIdRanges(row.missingEvents) };
}
