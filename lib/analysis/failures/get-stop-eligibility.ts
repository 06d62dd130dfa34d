import { getSourceRefusal, type ActionCandidate, type Eligibility } from './action-candidate';

/** Whether StopExecution applies: a running Standard execution (history-events.md §7: not for Express). */
export function getStopEligibility(candidate: ActionCandidate): Eligibility {
  const sourceRefusal = getSourceRefusal(candidate);
  if (sourceRefusal) return sourceRefusal;
  if (candidate.status !== 'RUNNING') return { eligible: false, reason: 'status', message: `Execution ${candidate.status}: only a running execution can be stopped.` };
  if (candidate.stateMachineType === 'EXPRESS') return { eligible: false, reason: 'express', message: 'StopExecution does not support Express executions.' };
  return { eligible: true, warnings: [] };
}
