import type { ExecutionStatus, RedriveStatus } from '@/lib/model';

/** What Statescope knows about an execution when deciding whether an action can apply to it. */
export type ActionCandidate = {
  arn: string;
  status: ExecutionStatus;
  /** STANDARD | EXPRESS */
  stateMachineType: string;
  /** AWS | LOCAL | IMPORT: only AWS and LOCAL sources have an API to act through. */
  sourceKind: string;
  sourceName: string;
  sourceEnabled: boolean;
  startDate: Date;
  stopDate: Date | null;
  /** Events stored; the real count when the history is complete. */
  eventCount: number;
  historyComplete: boolean;
  redriveCount: number;
  redriveStatus: RedriveStatus | string | null;
  redriveStatusReason: string | null;
  mapRunArn: string | null;
};

/** Why an action does not apply; the codes let a confirmation count the refusals by kind. */
export type IneligibleReason =
  | 'source'
  | 'status'
  | 'express'
  | 'map-run-child'
  | 'redrive-window'
  | 'history-size'
  | 'too-old'
  | 'before-redrive-launch'
  | 'not-redrivable'
  | 'no-pending-task'
  | 'token-not-found'
  | 'task-held-by-worker'
  | 'ambiguous-activity';

export type Eligibility =
  | { eligible: true; warnings: string[] }
  | { eligible: false; reason: IneligibleReason; message: string };

/** Only sources with an API behind them can be acted on; imported histories have none. */
export function getSourceRefusal(candidate: ActionCandidate): Extract<Eligibility, { eligible: false }> | null {
  if (candidate.sourceKind !== 'AWS' && candidate.sourceKind !== 'LOCAL') {
    return {
      eligible: false,
      reason: 'source',
      message: `Source "${candidate.sourceName}" holds imported histories: there is no API to act through. Add the account or endpoint as a source and sync it.`,
    };
  }
  if (!candidate.sourceEnabled) return { eligible: false, reason: 'source', message: `Source "${candidate.sourceName}" is disabled.` };
  return null;
}
