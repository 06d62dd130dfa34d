import { ensureSource, saveExecution, saveStateMachine, type Db } from '@/lib/db';
import { getStateMachineName, parseExecutionArn, type ExecutionRecord } from '@/lib/model';
import { formatImportError, type ImportError } from './import-error';
import { parseImportText } from './parse-import-text';
import { toImportRecord, type ImportRecord } from './to-import-record';

export type ImportedExecution = { arn: string; status: 'created' | 'updated' | 'unchanged'; eventCount: number };

export type ImportFileResult = {
  fileName: string;
  ok: boolean;
  executions: ImportedExecution[];
  stateMachines: string[];
  errors: ImportError[];
};

export type ImportTextOptions = {
  fileName: string;
  text: string;
  /** For a bare history (`{"events": [...]}`), which execution it belongs to. */
  executionArn?: string;
  /** Store everything under this source instead of one per account and region. */
  sourceName?: string;
};

/**
 * Imports one file of execution histories. Each execution is stored whole or not at all: a malformed
 * record is reported with its file, line and event id, and the file's other records still import.
 */
export async function importText(db: Db, options: ImportTextOptions): Promise<ImportFileResult> {
  const { fileName } = options;
  const result: ImportFileResult = { fileName, ok: false, executions: [], stateMachines: [], errors: [] };
  const parsed = parseImportText(fileName, options.text);
  result.errors.push(...parsed.errors);

  const records: ImportRecord[] = [];
  for (const raw of parsed.records) {
    const converted = toImportRecord(raw, { fileName, executionArn: options.executionArn });
    if (converted.ok) records.push(converted.value);
    else result.errors.push(...converted.errors);
  }
  if (options.executionArn && records.filter((record) => record.kind === 'execution').length > 1) {
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
      revisions.set(item.record.arn, await saveStateMachine(db, await sourceIdFor(item.record.arn), item.record));
      result.stateMachines.push(item.record.arn);
    } catch (error) {
      result.errors.push({ fileName, line: item.line, message: `could not store state machine ${item.record.arn}: ${describe(error)}` });
    }
  }
  for (const item of records) {
    if (item.kind !== 'execution') continue;
    try {
      const sourceId = await sourceIdFor(item.record.arn);
      const target = revisions.get(item.record.stateMachineArn) ?? (await saveStateMachine(db, sourceId, machineOf(item.record)));
      revisions.set(item.record.stateMachineArn, target);
      const saved = await saveExecution(db, { sourceId, ...target }, item.record);
      result.executions.push({ arn: item.record.arn, ...saved });
    } catch (error) {
      result.errors.push({ fileName, line: item.line, message: `could not store execution ${item.record.arn}: ${describe(error)}` });
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
  const errors = result.errors.map((error) => `  error: ${formatImportError(error)}`);
  return [head + machines, ...errors].join('\n');
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
