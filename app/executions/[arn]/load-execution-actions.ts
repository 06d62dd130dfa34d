import { detectPendingTasks } from '@/lib/analysis';
import { findExecutionDefinition, listHistoryEvents, type Db } from '@/lib/db';
import type { ExecutionSummary } from '@/lib/model';
import { toWaitingTask } from '../../failures/running/load-running-executions';
import type { ExecutionActionOffer } from '../../ui/actions/execution-actions';

const CLOSED_REDRIVABLE = new Set(['FAILED', 'TIMED_OUT', 'ABORTED']);

/**
 * Redrive for a failed, timed-out or aborted execution; Stop for a running one, and send-task success or
 * failure when its history shows it waiting on a task token or an activity (which needs the whole history).
 */
export async function loadExecutionActions(db: Db, execution: Pick<ExecutionSummary, 'id' | 'status'>): Promise<ExecutionActionOffer> {
  if (CLOSED_REDRIVABLE.has(execution.status)) return { kinds: ['redrive'], waiting: [] };
  if (execution.status !== 'RUNNING') return { kinds: [], waiting: [] };
  const [events, stored] = await Promise.all([listHistoryEvents(db, execution.id), findExecutionDefinition(db, execution.id)]);
  // Only the definition this execution ran says where its task token is; the newest one may differ.
  const waiting = detectPendingTasks(events, stored?.exact ? stored.definition : null).map(toWaitingTask);
  return { kinds: waiting.length > 0 ? ['stop', 'send-task-success', 'send-task-failure'] : ['stop'], waiting };
}
