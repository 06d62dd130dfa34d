/** Analysis never throws on odd data: what it could work out, and what it could not. */
export type Analysis<T> = { value: T; warnings: string[] };

/** critical: will not recover or will hit a hard limit soon; warning: worth a look; ok: measured, fine. */
export type FindingSeverity = 'critical' | 'warning' | 'ok';

export const FINDING_SEVERITIES: readonly FindingSeverity[] = ['critical', 'warning', 'ok'];

/** What to do about a finding, and where. */
export type SuggestedAction = { label: string; href: string };

export const STUCK_RULES = ['waiting-on-callback', 'activity-not-started', 'overdue', 'long-running', 'loop'] as const;
export type StuckRule = (typeof STUCK_RULES)[number];

/** One reason a RUNNING execution looks stuck. */
export type StuckFinding = {
  /** Stable across reads of the same data: execution, rule and stuck event. */
  id: string;
  rule: StuckRule;
  severity: Exclude<FindingSeverity, 'ok'>;
  executionArn: string;
  executionName: string;
  stateMachineArn: string;
  stateMachineName: string;
  sourceName: string;
  /** The state it is stuck in, when one. */
  stateName: string | null;
  /** One sentence: what is wrong. */
  reason: string;
  /** The facts behind it, each a short sentence. */
  evidence: string[];
  /** When the stuck condition began (e.g. the task token was handed out). */
  since: Date;
  /** How long it has lasted at `now`. */
  durationMs: number;
  /** What was measured against what, for scripts: `value` and `limit` share `unit`. */
  value: number;
  limit: number;
  unit: 'ms' | 'iterations' | 'attempts';
  /** The event the replay opens at: the stuck point. */
  eventId: number;
  replayHref: string;
  action: SuggestedAction;
};

export const QUOTA_NAMES = [
  'history-events',
  'payload-size',
  'execution-duration',
  'redrive-window',
  'state-transition-rate',
  'start-execution-rate',
  'open-executions',
  'history-retention',
] as const;
export type QuotaName = (typeof QUOTA_NAMES)[number];

export const QUOTA_SCOPES = ['execution', 'state-machine', 'account'] as const;
export type QuotaScope = (typeof QUOTA_SCOPES)[number];

export type QuotaUnit = 'events' | 'bytes' | 'ms' | 'per-second' | 'executions';

/** A quota measured for one execution, state machine or account and region. */
export type QuotaRisk = {
  id: string;
  quota: QuotaName;
  scope: QuotaScope;
  severity: FindingSeverity;
  /** Execution or state machine ARN, or the source's name for account-level quotas. */
  subjectArn: string;
  subjectName: string;
  stateMachineName: string | null;
  sourceName: string;
  value: number;
  limit: number;
  unit: QuotaUnit;
  /** limit - value, in `unit`. */
  margin: number;
  usedPercent: number;
  /** Where the limit comes from: quotas.md's default, CloudWatch, or the definition. */
  limitSource: string;
  /** Growth of `value` per hour, when it grows. */
  growthPerHour: number | null;
  /** When `value` will reach `limit` at that growth, when it will. */
  projectedAt: Date | null;
  reason: string;
  evidence: string[];
  action: SuggestedAction;
  /** The subject's page. */
  href: string;
};
