import { FINDING_THRESHOLDS_SETTING, toFindingThresholds } from '@/lib/analysis';
import { findSetting, listFindingInputs, type Db } from '@/lib/db';

/** What the overview, /stuck and /quotas detect from: the saved thresholds and the finding inputs, read together. */
export async function loadFindingInputs(db: Db, now: Date) {
  const [setting, inputs] = await Promise.all([findSetting(db, FINDING_THRESHOLDS_SETTING), listFindingInputs(db, { now })]);
  return { thresholds: toFindingThresholds(setting), inputs };
}
