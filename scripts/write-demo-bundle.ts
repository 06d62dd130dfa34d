/**
 * Writes the demo history as an import file (JSON Lines: describe-state-machine, then describe-execution
 * merged with get-execution-history): `tsx scripts/write-demo-bundle.ts [path]` (default data/demo.jsonl).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { runDemoHistory } from '../prisma/demo/run-demo-history';
import { toDemoExecutionRecords, toDemoStateMachineRecords } from '../prisma/demo/to-demo-records';

const target = resolve(process.argv[2] ?? 'data/demo.jsonl');
const { engine } = await runDemoHistory({ now: new Date() });
const machines = toDemoStateMachineRecords(engine).map((m) => ({
  stateMachineArn: m.arn,
  name: m.name,
  status: m.status,
  definition: m.definition,
  roleArn: m.roleArn,
  type: m.type,
  creationDate: m.createdAt,
  revisionId: m.revisionId,
}));
const executions = toDemoExecutionRecords(engine).map((e) => ({
  executionArn: e.arn,
  stateMachineArn: e.stateMachineArn,
  name: e.name,
  status: e.status,
  startDate: e.startDate,
  ...(e.stopDate ? { stopDate: e.stopDate } : {}),
  input: e.input,
  ...(e.output !== null ? { output: e.output } : {}),
  ...(e.error !== null ? { error: e.error } : {}),
  ...(e.cause !== null ? { cause: e.cause } : {}),
  redriveCount: e.redriveCount,
  ...(e.redriveStatus ? { redriveStatus: e.redriveStatus } : {}),
  ...(e.redriveStatusReason ? { redriveStatusReason: e.redriveStatusReason } : {}),
  events: e.events,
}));
const records = [...machines, ...executions];
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, records.map((record) => JSON.stringify(record)).join('\n') + '\n');
console.log(`wrote ${records.length} records to ${target}`);
