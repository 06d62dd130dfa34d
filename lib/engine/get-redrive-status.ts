import { MAX_REDRIVE_HISTORY_EVENTS, MAX_STANDARD_EXECUTION_SECONDS, REDRIVABLE_PERIOD_MS, REDRIVE_LAUNCH_DATE } from './limits';
import type { RedriveStatus } from '@/lib/model';
import type { StoredExecution } from './storage';

export type RedriveEligibility = { redriveStatus: RedriveStatus; redriveStatusReason?: string };

/**
 * Whether RedriveExecution may restart an execution now, and AWS's reason when not
 * (history-events.md §6 eligibility and §7 redriveStatusReason; quotas.md §1). The status wording
 * ("Execution is SUCCEEDED and cannot be redriven", no full stop) is as recorded against AWS.
 */
export function getRedriveStatus(e: StoredExecution, eventCount: number, now: number): RedriveEligibility {
  if (e.status === 'RUNNING' || e.status === 'SUCCEEDED' || e.status === 'PENDING_REDRIVE') {
    return { redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason: `Execution is ${e.status} and cannot be redriven` };
  }
  // Map Run children (Standard or Express) are redriven through their parent's Map Run.
  if (e.mapRunArn !== undefined) {
    return { redriveStatus: 'REDRIVABLE_BY_MAP_RUN', redriveStatusReason: 'Execution belongs to a Map Run and is redriven by redriving its parent execution.' };
  }
  if (e.executionArn.includes(':express:')) {
    return { redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason: 'Executions of EXPRESS state machines cannot be redriven.' };
  }
  if (e.startDate < REDRIVE_LAUNCH_DATE) {
    return { redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason: 'Execution was started before the launch of RedriveExecution.' };
  }
  if (eventCount >= MAX_REDRIVE_HISTORY_EVENTS) {
    return { redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason: 'Execution history event limit exceeded.' };
  }
  if (e.stopDate !== undefined && now - e.stopDate > REDRIVABLE_PERIOD_MS) {
    return { redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason: 'Execution redrivable period exceeded.' };
  }
  if (now - e.startDate > MAX_STANDARD_EXECUTION_SECONDS * 1000) {
    return { redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason: 'Execution has exceeded the maximum open time of one year.' };
  }
  return { redriveStatus: 'REDRIVABLE' };
}
