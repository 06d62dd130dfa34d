import type { Db } from './client';

export type StateMachineName = { arn: string; name: string };

/** Every state machine's ARN and name, by name: the options of a filter, without counting executions. */
export async function listStateMachineNames(db: Db): Promise<StateMachineName[]> {
  return db.stateMachine.findMany({ select: { arn: true, name: true }, orderBy: [{ name: 'asc' }, { arn: 'asc' }] });
}
