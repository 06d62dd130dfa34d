import { ensureSource, findImportedExecution, saveExecution, saveStateMachine, type Db } from '@/lib/db';
import { getStateMachineName, parseExecutionArn, toMissingEventsText, type EventIdRange, type ExecutionRecord } from '@/lib/model';
import { decodeImportText } from './decode-import-text';
import { formatImportError, type ImportError } from './import-error';
import { mergeHistoryPages } from './merge-history-pages';
import { parseImportText } from './parse-import-text';
import { toImportRecord, type HistoryPage, type ImportRecord } from './to-import-record';

export type ImportedExecution = {
  arn: string;
  status: 'created' | 'updated' | 'unchanged';
  eventCount: number;
  /** What the stored history still lacks after this import (a gap, or events after a page). */
  missingEvents?: EventIdRange[];
};

export type ImportFileResult = {
  fileName: string;
  ok: boolean;
  executions: ImportedExecution[];
  stateMachines: string[];
  errors: ImportError[];
};

export type ImportTextOptions = {
  fileName: string;
  /** The file's bytes (decoded here: UTF-8, UTF-16 with a byte order mark), or text decoded already. */
  text: string | Uint8Array;
  /** For a bare history (`{"events": [...]}`), which execution it belongs to. */
  executionArn?: string;
  /** Store everything under this source instead of one per account and region. */
  sourceName?: string;
  /** The import's clock: no event may be later than this plus a day. */
  now?: Date;
};

/**
 * Imports one file of execution histories. Each execution is stored whole or not at all: a malformed
 * record is reported with its file, line and event id, and the file's other records still import. Pages of
 * one execution (in the file, or imported before) are merged; a file never replaces stored events, never
 * rolls a newer history back, and never changes an execution or state machine a sync owns.
 */
export async function importText(db: Db, options: ImportTextOptions): Promise<ImportFileResult> {
  const { fileName } = options;
  const now = options.now ?? new Date();
  const result: ImportFileResult = { fileName, ok: false, executions: [], stateMachines: [], errors: [] };
  let text: string;
  if (typeof options.text === 'string') {
    // UTF-16 already decoded as UTF-8 puts a NUL beside every ASCII character; JSON never holds a raw NUL.
    if (options.text.slice(0, 4).includes('\u0000')) {
      result.errors.push({ fileName, message: 'the file is UTF-16 but was read as UTF-8 text before it reached the importer: pass its bytes, or save it as UTF-8' });
      return result;
    }
    text = options.text;
  } else {
    const decoded = decodeImportText(options.text);
    if (!decoded.ok) {
      result.errors.push({ fileName, message: decoded.message });
      return result;
    }
    text = decoded.text;
  }
  const parsed = parseImportText(fileName, text);
  result.errors.push(...parsed.errors);

  const records: ImportRecord[] = [];
  for (const raw of parsed.records) {
    const converted = toImportRecord(raw, { fileName, executionArn: options.executionArn, now });
    if (converted.ok) records.push(...converted.value);
    else result.errors.push(...converted.errors);
  }
  // Pages of one execution, in file order; an execution is stored once, merged from all of them.
  const pagesByArn = new Map<string, { line?: number; pages: HistoryPage[] }>();
  for (const item of records) {
    if (item.kind !== 'execution') continue;
    const entry = pagesByArn.get(item.page.arn) ?? { line: item.line, pages: [] };
    entry.pages.push(item.page);
    pagesByArn.set(item.page.arn, entry);
  }
  if (options.executionArn && pagesByArn.size > 1) {
    result.errors.push({ fileName, message: '--execution-arn names one execution, but the file holds several' });
    return result;
  }

  const sources = new Map<string, number>();
  const sourceIdFor = async (arn: string): Promise<number> => {
    const parts = parseExecutionArn(arn) ?? parseStateMachineArnParts(arn);
    const name = options.sourceName ?? `Imported · ${parts?.accountId ?? 'unknown account'} · ${parts?.region ?? 'unknown region'}`;
    let id = sources.get(name);
    if (id === undefined) {
      id = await ensureSource(db, { kind: 'IMPORT', name, region: parts?.region, accountId: parts?.accountId });
      sources.set(name, id);
    }
    return id;
  };

  // Machines first, so executions link to the definition they ran.
  const revisions = new Map<string, { stateMachineId: number; revisionId: number | null }>();
  for (const item of records) {
    if (item.kind !== 'state-machine') continue;
    try {
      revisions.set(item.record.arn, await saveStateMachine(db, await sourceIdFor(item.record.arn), item.record, { importing: true }));
      result.stateMachines.push(item.record.arn);
    } catch (error) {
      result.errors.push({ fileName, line: item.line, message: `could not store state machine ${item.record.arn}: ${describe(error)}` });
    }
  }
  for (const [arn, { line, pages }] of pagesByArn) {
    try {
      const stored = await findImportedExecution(db, arn);
      if (stored && stored.sourceKind !== 'IMPORT') {
        result.errors.push({ fileName, line, message: `${arn} belongs to the synced source "${stored.sourceName}" (${stored.sourceKind}): an import may not change it` });
        continue;
      }
      const merged = mergeHistoryPages(pages, stored);
      if (!merged.ok) {
        result.errors.push({ fileName, line, eventId: merged.problem.eventId, message: merged.problem.message });
        continue;
      }
      const record = merged.record;
      const sourceId = await sourceIdFor(arn);
      const target = revisions.get(record.stateMachineArn) ?? (await saveStateMachine(db, sourceId, machineOf(record), { importing: true }));
      revisions.set(record.stateMachineArn, target);
      const saved = await saveExecution(db, { sourceId, ...target }, record, { importing: true });
      result.executions.push({ arn, ...saved, ...(record.historyComplete ? {} : { missingEvents: record.missingEvents }) });
    } catch (error) {
      result.errors.push({ fileName, line, message: `could not store execution ${arn}: ${describe(error)}` });
    }
  }
  result.errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.eventId ?? 0) - (b.eventId ?? 0));
  result.ok = result.errors.length === 0;
  return result;
}

export function summarizeImport(result: ImportFileResult): string {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (const execution of result.executions) counts[execution.status]++;
  const head = `${result.fileName}: ${result.executions.length} execution(s) (${counts.created} new, ${counts.updated} updated, ${counts.unchanged} unchanged)`;
  const machines = result.stateMachines.length ? `, ${result.stateMachines.length} state machine(s)` : '';
  const incomplete = result.executions
    .filter((execution) => execution.missingEvents?.length)
    .map((execution) => `  incomplete: ${execution.arn} lacks ${toMissingEventsText(execution.missingEvents ?? [])}`);
  const errors = result.errors.map((error) => `  error: ${formatImportError(error)}`);
  return [head + machines, ...incomplete, ...errors].join('\n');
}

function machineOf(record: ExecutionRecord) {
  return {
    arn: record.stateMachineArn,
    name: getStateMachineName(record.stateMachineArn),
    type: parseExecutionArn(record.arn)?.isExpress ? ('EXPRESS' as const) : ('STANDARD' as const),
    definition: null,
    revisionId: null,
    status: null,
    roleArn: null,
    logGroupArn: null,
    createdAt: null,
  };
}

function parseStateMachineArnParts(arn: string): { region: string; accountId: string } | null {
  const match = /^arn:[\w-]+:states:([\w-]+):(\d{12}):/.exec(arn);
  return match ? { region: match[1], accountId: match[2] } : null;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.split('\n').filter(Boolean).at(-1) ?? error.message : String(error);
}
