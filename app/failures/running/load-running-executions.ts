import { detectPendingTasks, type PendingTask } from '@/lib/analysis';
import { listHistoryEvents, listRevisionDefinitions, listRunningExecutions, type Db, type RunningExecution } from '@/lib/db';

export type WaitingTask = { kind: PendingTask['kind']; stateName: string | null; answerable: boolean; note: string };
export type LoadedRunningExecution = RunningExecution & { waiting: WaitingTask[] };

/** Running executions with the tasks each one waits on (from its stored history). */
export async function loadRunningExecutions(
  db: Db,
  filter: { stateMachineArns?: string[]; sourceIds?: number[] },
  page: { limit: number; offset: number },
): Promise<{ items: LoadedRunningExecution[]; total: number }> {
  const { items, total } = await listRunningExecutions(db, filter, page);
  const definitions = await listRevisionDefinitions(db, items.flatMap((item) => (item.revisionId === null ? [] : [item.revisionId])));
  const loaded = await Promise.all(
    items.map(async (item) => {
      const tasks = detectPendingTasks(await listHistoryEvents(db, item.id), item.revisionId === null ? null : definitions.get(item.revisionId));
      return { ...item, waiting: tasks.map(toWaitingTask) };
    }),
  );
  return { items: loaded, total };
}

/** What an operator is told about a task an execution waits on, and whether a send-task can answer it. */
export function toWaitingTask(task: PendingTask): WaitingTask {
  if (task.kind === 'callback') {
    return {
      kind: task.kind,
      stateName: task.stateName,
      answerable: task.taskToken !== null,
      note: task.taskToken ? `Waits for a task token (${task.resource})` : `Waits for a task token (${task.resource}); the token is not in its parameters`,
    };
  }
  return task.started
    ? { kind: task.kind, stateName: task.stateName, answerable: false, note: `Activity task held by worker ${task.workerName ?? '(unnamed)'}` }
    : { kind: task.kind, stateName: task.stateName, answerable: true, note: 'Activity task no worker has picked up' };
}
