import { CAUSE_RULES_VERSION, getFailureParts } from '@/lib/analysis';
import type { FailureKeyDeriver } from '@/lib/db';

/** lib/db stores failure groups; lib/analysis decides them. */
export const FAILURE_KEY_DERIVER: FailureKeyDeriver = { rulesVersion: CAUSE_RULES_VERSION, derive: getFailureParts };
