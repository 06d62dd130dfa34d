import type { Db } from './client';
import { recordAuditEntry } from './record-audit-entry';

/** The JSON value of a cost setting (e.g. a negotiated price table), or null when it is not set. */
export async function findCostSetting(db: Db, key: string): Promise<unknown> {
  const row = await db.setting.findUnique({ where: { key } });
  return row?.value ?? null;
}

/** Sets (or, with null, clears) a cost setting, leaving an audit record of who changed it. */
export async function saveCostSetting(db: Db, input: { key: string; value: unknown; actor: string }): Promise<void> {
  if (input.value === null) await db.setting.deleteMany({ where: { key: input.key } });
  else {
    const value = JSON.parse(JSON.stringify(input.value)) as object;
    await db.setting.upsert({ where: { key: input.key }, create: { key: input.key, value }, update: { value } });
  }
  await recordAuditEntry(db, { actor: input.actor, action: 'cost-setting-change', targets: [input.key], params: { value: input.value }, outcome: 'SUCCEEDED' });
}
