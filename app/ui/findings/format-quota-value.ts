import { toBytesText, toDurationText, type QuotaUnit } from '@/lib/analysis';

/** A quota figure in its unit, rounded for reading. */
export function formatQuotaValue(value: number, unit: QuotaUnit): string {
  if (!Number.isFinite(value)) return '—';
  switch (unit) {
    case 'bytes':
      return toBytesText(value);
    case 'ms':
      return toDurationText(value);
    case 'per-second':
      return `${value.toLocaleString('en-US', { maximumFractionDigits: 2 })}/s`;
    case 'events':
      return `${Math.round(value).toLocaleString('en-US')} events`;
    case 'executions':
      return Math.round(value).toLocaleString('en-US');
  }
}

export const STUCK_RULE_LABELS = {
  'waiting-on-callback': 'Waiting on a callback',
  'activity-not-started': 'Not started',
  overdue: 'Past its end',
  'long-running': 'Far longer than usual',
  loop: 'Loop',
} as const;

export const QUOTA_LABELS = {
  'history-events': 'History events',
  'payload-size': 'Payload size',
  'execution-duration': 'Execution duration',
  'redrive-window': 'Redrive window',
  'state-transition-rate': 'StateTransition rate',
  'start-execution-rate': 'StartExecution rate',
  'open-executions': 'Open executions',
  'history-retention': 'AWS history retention',
} as const;
