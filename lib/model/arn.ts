/** Parts of a Step Functions execution ARN (../shared/reference/api-protocol.md, ARN formats). */
export type ExecutionArnParts = {
  partition: string;
  region: string;
  accountId: string;
  stateMachineName: string;
  executionName: string;
  /** Express executions carry `express` instead of `execution` and end in a UUID. */
  isExpress: boolean;
};

const EXECUTION_ARN = /^arn:([\w-]+):states:([\w-]+):(\d{12}):(execution|express):([^:]+):([^:]+)(?::[^:]+)?$/;
const STATE_MACHINE_ARN = /^arn:([\w-]+):states:([\w-]+):(\d{12}):stateMachine:([^:]+)$/;

export function parseExecutionArn(arn: string): ExecutionArnParts | null {
  const match = EXECUTION_ARN.exec(arn);
  if (!match) return null;
  const [, partition, region, accountId, kind, stateMachineName, executionName] = match;
  return { partition, region, accountId, stateMachineName, executionName, isExpress: kind === 'express' };
}

export function isExecutionArn(arn: string): boolean {
  return EXECUTION_ARN.test(arn);
}

export function isStateMachineArn(arn: string): boolean {
  return STATE_MACHINE_ARN.test(arn);
}

export function getStateMachineName(stateMachineArn: string): string {
  return stateMachineArn.slice(stateMachineArn.lastIndexOf(':') + 1);
}

/** The ARN of the state machine an execution belongs to, derived from the execution ARN. */
export function toStateMachineArn(execution: ExecutionArnParts): string {
  const { partition, region, accountId, stateMachineName } = execution;
  return `arn:${partition}:states:${region}:${accountId}:stateMachine:${stateMachineName}`;
}
