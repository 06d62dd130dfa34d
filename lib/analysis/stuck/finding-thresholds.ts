import { z } from 'zod';
import type { Analysis } from './finding-types';

/** Every threshold of stuck and quota detection, with the bounds a settings form accepts. */
export const FINDING_THRESHOLD_FIELDS = {
  callbackWaitMinutes: { label: 'Waiting on a task token or activity worker', unit: 'minutes', min: 1, max: 525_600, default: 240 },
  activityStartMinutes: { label: 'Activity or task scheduled but not started', unit: 'minutes', min: 1, max: 10_080, default: 10 },
  overdueGraceMinutes: { label: 'Grace after a Wait end or task timeout', unit: 'minutes', min: 0, max: 1_440, default: 5 },
  longRunningFactor: { label: 'Running longer than the p99 of successful runs ×', unit: '×', min: 1, max: 1_000, default: 3 },
  longRunningMinSamples: { label: 'Successful runs needed for a p99', unit: 'runs', min: 3, max: 10_000, default: 20 },
  loopMinIterations: { label: 'Loop iterations before a loop is flagged', unit: 'iterations', min: 2, max: 25_000, default: 50 },
  retryMinAttempts: { label: 'Retry attempts before a retry loop is flagged', unit: 'attempts', min: 2, max: 10_000, default: 10 },
  quotaWarnPercent: { label: 'Warn at this share of a quota', unit: '%', min: 1, max: 100, default: 80 },
  payloadWarnKiB: { label: 'Warn at payloads above', unit: 'KiB', min: 1, max: 256, default: 200 },
  projectionHorizonHours: { label: 'Warn when a limit is projected within', unit: 'hours', min: 1, max: 8_760, default: 72 },
  redriveWarnDays: { label: 'Warn when the redrive window closes within', unit: 'days', min: 1, max: 14, default: 3 },
  retentionWarnDays: { label: 'Warn when AWS history retention ends within', unit: 'days', min: 1, max: 30, default: 7 },
  openExecutionsWarnPercent: { label: 'Warn at this share of the open-execution limit', unit: '%', min: 1, max: 100, default: 10 },
} as const;

export type FindingThresholdKey = keyof typeof FINDING_THRESHOLD_FIELDS;
export type FindingThresholds = Record<FindingThresholdKey, number>;

export const FINDING_THRESHOLD_KEYS = Object.keys(FINDING_THRESHOLD_FIELDS) as FindingThresholdKey[];

export const DEFAULT_FINDING_THRESHOLDS: FindingThresholds = Object.fromEntries(
  FINDING_THRESHOLD_KEYS.map((key) => [key, FINDING_THRESHOLD_FIELDS[key].default]),
) as FindingThresholds;

/** The Setting key thresholds are stored under. */
export const FINDING_THRESHOLDS_SETTING = 'findings.thresholds';

const fieldSchema = (key: FindingThresholdKey) => {
  const { min, max, unit } = FINDING_THRESHOLD_FIELDS[key];
  return z.coerce
    .number({ error: 'Enter a number' })
    .refine(Number.isFinite, 'Enter a number')
    .min(min, `At least ${min} ${unit}`)
    .max(max, `At most ${max} ${unit}`);
};

/** All thresholds, each required: the settings form's schema. */
export const findingThresholdsSchema = z.object(
  Object.fromEntries(FINDING_THRESHOLD_KEYS.map((key) => [key, fieldSchema(key)])) as Record<FindingThresholdKey, ReturnType<typeof fieldSchema>>,
);

/**
 * Thresholds from a stored setting: each valid value is kept, anything missing or out of bounds falls
 * back to its default with a warning, so a bad setting never stops detection.
 */
export function toFindingThresholds(stored: unknown): Analysis<FindingThresholds> {
  const thresholds = { ...DEFAULT_FINDING_THRESHOLDS };
  const warnings: string[] = [];
  if (stored === null || stored === undefined) return { value: thresholds, warnings };
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return { value: thresholds, warnings: ['Stored thresholds are not an object; using the defaults.'] };
  }
  const record = stored as Record<string, unknown>;
  for (const key of FINDING_THRESHOLD_KEYS) {
    if (!(key in record)) continue;
    const parsed = fieldSchema(key).safeParse(record[key]);
    if (parsed.success) thresholds[key] = parsed.data;
    else warnings.push(`Setting ${key} (${JSON.stringify(record[key])}) is invalid: ${parsed.error.issues[0]?.message}; using ${thresholds[key]}.`);
  }
  return { value: thresholds, warnings };
}
