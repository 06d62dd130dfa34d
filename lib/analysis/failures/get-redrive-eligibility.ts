import { MAX_REDRIVABLE_HISTORY_EVENTS, MAX_STANDARD_EXECUTION_MS, REDRIVE_WINDOW_MS } from '@/lib/model';
import { getSourceRefusal, type ActionCandidate, type Eligibility } from './action-candidate';

const DAY_MS = 86_400_000;
/** RedriveExecution works only for executions started on/after its launch (history-events.md §6). */
export const REDRIVE_LAUNCH_DATE = new Date(Date.UTC(2023, 10, 15));

const REDRIVABLE_STATUSES = new Set(['FAILED', 'TIMED_OUT', 'ABORTED']);

/**
 * Whether RedriveExecution can restart this execution, with the reason when not. Rules from quotas.md §1 and
 * history-events.md §6: Standard only (Express Map Run children are redriven through the parent), a closed
 * unsuccessful status, within 14 days of closing, under 24,999 history events, started after the redrive
 * launch and within the 1-year maximum. A NOT_REDRIVABLE answer from DescribeExecution is trusted as is.
 */
export function getRedriveEligibility(candidate: ActionCandidate, now: Date): Eligibility {
  const sourceRefusal = getSourceRefusal(candidate);
  if (sourceRefusal) return sourceRefusal;
  if (candidate.status === 'RUNNING') {
    const message = candidate.redriveCount > 0 ? `Already redriven (${candidate.redriveCount}×) and running.` : 'Still running: only a closed execution can be redriven.';
    return { eligible: false, reason: 'status', message };
  }
  if (candidate.status === 'PENDING_REDRIVE') return { eligible: false, reason: 'status', message: 'A redrive is already pending.' };
  if (!REDRIVABLE_STATUSES.has(candidate.status)) return { eligible: false, reason: 'status', message: `Execution ${candidate.status}: only FAILED, TIMED_OUT or ABORTED executions can be redriven.` };
  if (candidate.mapRunArn || candidate.redriveStatus === 'REDRIVABLE_BY_MAP_RUN') {
    return { eligible: false, reason: 'map-run-child', message: 'A Map Run child execution: redrive its parent execution, which redrives the Map Run’s failed children.' };
  }
  if (candidate.stateMachineType === 'EXPRESS') {
    return { eligible: false, reason: 'express', message: 'Express executions cannot be redriven (only as Map Run children, through the parent).' };
  }
  if (candidate.startDate < REDRIVE_LAUNCH_DATE) {
    return { eligible: false, reason: 'before-redrive-launch', message: 'Started before RedriveExecution launched (2023-11-15).' };
  }
  if (now.getTime() - candidate.startDate.getTime() > MAX_STANDARD_EXECUTION_MS) {
    return { eligible: false, reason: 'too-old', message: 'Started more than a year ago: past the maximum execution time.' };
  }
  const closedAt = candidate.stopDate ?? candidate.startDate;
  const windowEnd = closedAt.getTime() + REDRIVE_WINDOW_MS;
  if (now.getTime() > windowEnd) {
    const days = Math.floor((now.getTime() - closedAt.getTime()) / DAY_MS);
    return {
      eligible: false,
      reason: 'redrive-window',
      message: `Closed ${days} days ago: the 14-day redrive window ended ${new Date(windowEnd).toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    };
  }
  if (candidate.eventCount >= MAX_REDRIVABLE_HISTORY_EVENTS) {
    return {
      eligible: false,
      reason: 'history-size',
      message: `History has ${candidate.eventCount.toLocaleString('en-US')} events: a redrive needs fewer than ${MAX_REDRIVABLE_HISTORY_EVENTS.toLocaleString('en-US')}.`,
    };
  }
  if (candidate.redriveStatus === 'NOT_REDRIVABLE') {
    return { eligible: false, reason: 'not-redrivable', message: `Step Functions says not redrivable${candidate.redriveStatusReason ? `: ${candidate.redriveStatusReason}` : '.'}` };
  }
  const warnings: string[] = [];
  if (!candidate.historyComplete) warnings.push('Only part of the history is stored, so the event count is a lower bound; Step Functions checks the limit itself.');
  return { eligible: true, warnings };
}
