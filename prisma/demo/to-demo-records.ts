import type { Engine } from '@/lib/engine';
import { getExecutionOutcome, type ExecutionRecord, type StateMachineRecord } from '@/lib/model';

/** Every state machine of the engine as DescribeStateMachine tells it. */
export function toDemoStateMachineRecords(engine: Engine): StateMachineRecord[] {
  return engine.listStateMachines().stateMachines.map(({ stateMachineArn }) => {
    const machine = engine.describeStateMachine({ stateMachineArn });
    return {
      arn: machine.stateMachineArn,
      name: machine.name,
      type: machine.type,
      definition: machine.definition,
      revisionId: machine.revisionId,
      status: machine.status,
      roleArn: machine.roleArn,
      // Express executions are read from the machine's log group on AWS.
      logGroupArn: machine.type === 'EXPRESS' ? `arn:aws:logs:${machine.stateMachineArn.split(':')[3]}:${machine.stateMachineArn.split(':')[4]}:log-group:/aws/vendedlogs/states/${machine.name}-Logs:*` : null,
      createdAt: machine.creationDate,
    };
  });
}

/**
 * Every execution of the engine, oldest first, as DescribeExecution and GetExecutionHistory tell it at
 * the engine's `now`.
 */
export function toDemoExecutionRecords(engine: Engine): ExecutionRecord[] {
  return engine
    .listExecutions({})
    .executions.map(({ executionArn }) => {
      const d = engine.describeExecution({ executionArn });
      const events = engine.readHistory(executionArn);
      const outcome = getExecutionOutcome(events);
      const closed = d.status !== 'RUNNING' && d.status !== 'PENDING_REDRIVE';
      const failed = closed && d.status !== 'SUCCEEDED';
      const record: ExecutionRecord = {
        arn: d.executionArn,
        name: d.name,
        stateMachineArn: d.stateMachineArn,
        status: d.status,
        startDate: d.startDate,
        stopDate: closed ? (d.stopDate ?? outcome.stopDate) : null,
        input: d.input,
        output: d.status === 'SUCCEEDED' ? (d.output ?? outcome.output) : null,
        // DescribeExecution leaves error empty for TIMED_OUT; the closing event still names it.
        error: failed ? (d.error ?? outcome.error) : null,
        cause: failed ? (d.cause ?? outcome.cause) : null,
        failedStateName: failed ? outcome.failedStateName : null,
        redriveCount: d.redriveCount,
        redriveDate: d.redriveDate ?? outcome.redriveDate,
        redriveStatus: d.redriveStatus,
        redriveStatusReason: d.redriveStatusReason ?? null,
        mapRunArn: d.mapRunArn ?? null,
        events,
        historyComplete: true,
      };
      return record;
    })
    .sort((a, b) => a.startDate.getTime() - b.startDate.getTime());
}
