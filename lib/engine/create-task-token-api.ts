import { SfnApiError } from './errors';
import { PropagatedError } from './propagated-error';
import type { EngineStorage, StoredTaskToken, TaskTokenOutcome } from './storage';
import type { TaskRegistry } from './task-registry';

/**
 * Task tokens: the ones handed out to running executions, recorded so a SendTask* outcome is durable
 * before the waiting task sees it (and a restarted engine can answer it), and the SendTask* operations.
 */
export function createTaskTokenApi({ storage, registry }: { storage: EngineStorage; registry: TaskRegistry }) {
  /** Task tokens handed out to executions still running, to record SendTask* outcomes durably. */
  const tokenRecords = new Map<string, StoredTaskToken>();

  /** SendTaskSuccess/Failure: recorded (durable once flushed) before the waiting task sees it. */
  function acceptOutcome(taskToken: string, outcome: TaskTokenOutcome): void {
    const record = tokenRecords.get(taskToken);
    if (record) {
      const updated = { ...record, outcome };
      tokenRecords.set(taskToken, updated);
      storage.putTaskToken(updated);
    }
  }

  return {
    /** A token handed out for the task attempt `key` of an execution. */
    handedOut(executionArn: string, taskToken: string, key: string): void {
      const record: StoredTaskToken = { taskToken, executionArn, key };
      tokenRecords.set(taskToken, record);
      storage.putTaskToken(record);
    },

    /** A resumed execution's tokens, with any outcome accepted before the restart. */
    restore(tokens: StoredTaskToken[]): void {
      for (const t of tokens) {
        tokenRecords.set(t.taskToken, t);
        if (t.outcome) registry.acceptedOutcomes.set(t.taskToken, t.outcome);
      }
    },

    /** An execution closed: its tokens can no longer be answered. */
    forgetTokens(executionArn: string): void {
      const records = storage.listTaskTokens(executionArn);
      if (records.length === 0) return;
      for (const t of records) {
        tokenRecords.delete(t.taskToken);
        registry.acceptedOutcomes.delete(t.taskToken);
      }
      storage.deleteTaskTokens(executionArn);
    },

  sendTaskSuccess(input: { taskToken: string; output: string }): void {
    const waiter = registry.tokens.get(input.taskToken);
    if (!waiter) throw new SfnApiError('TaskDoesNotExist', 'Task Timed Out or does not exist');
    let value: unknown;
    try {
      value = JSON.parse(input.output);
    } catch {
      throw new SfnApiError('InvalidOutput', `Invalid Output: '${input.output}'`);
    }
    acceptOutcome(input.taskToken, { output: input.output });
    waiter.resolve(value);
  },

  sendTaskFailure(input: { taskToken: string; error?: string; cause?: string }): void {
    const waiter = registry.tokens.get(input.taskToken);
    if (!waiter) throw new SfnApiError('TaskDoesNotExist', 'Task Timed Out or does not exist');
    acceptOutcome(input.taskToken, { error: input.error ?? '', cause: input.cause ?? '' });
    waiter.reject(new PropagatedError(input.error ?? '', input.cause ?? '', true));
  },

  sendTaskHeartbeat(input: { taskToken: string }): void {
    const waiter = registry.tokens.get(input.taskToken);
    if (!waiter) throw new SfnApiError('TaskDoesNotExist', 'Task Timed Out or does not exist');
    waiter.heartbeat();
  },
  };
}
