import type { Db } from './client';
import { toStorableText } from './record-audit-entry';

export const ALERT_RULE_KINDS = ['new-failure-group', 'failure-rate', 'stuck-critical', 'quota-critical', 'cost-anomaly', 'budget-forecast'] as const;
export type AlertRuleKind = (typeof ALERT_RULE_KINDS)[number];
export const ALERT_CHANNEL_KINDS = ['webhook', 'slack'] as const;
export type AlertChannelKind = (typeof ALERT_CHANNEL_KINDS)[number];

/** A rule as lib/alerts validates it (Zod at the boundary) and this file stores it. */
export type AlertRuleInput = {
  name: string;
  kind: AlertRuleKind;
  accountId: string | null;
  region: string | null;
  stateMachineArn: string | null;
  threshold: number | null;
  quietMinutes: number;
  channelKind: AlertChannelKind;
  channelUrl: string;
  channelSecret: string | null;
  enabled: boolean;
};

export type AlertRule = AlertRuleInput & { id: number; origin: 'ui' | 'config'; createdAt: Date; updatedAt: Date };

export class AlertRuleNameTakenError extends Error {
  constructor(name: string) {
    super(`A rule named "${name}" already exists.`);
    this.name = 'AlertRuleNameTakenError';
  }
}

type Row = Omit<AlertRule, 'kind' | 'channelKind' | 'origin'> & { kind: string; channelKind: string; origin: string };

function toAlertRule(row: Row): AlertRule {
  return { ...row, kind: row.kind as AlertRuleKind, channelKind: row.channelKind as AlertChannelKind, origin: row.origin === 'config' ? 'config' : 'ui' };
}

export async function listAlertRules(db: Db, where: { enabled?: boolean } = {}): Promise<AlertRule[]> {
  const rows = await db.alertRule.findMany({ where: where.enabled === undefined ? {} : { enabled: where.enabled }, orderBy: { name: 'asc' } });
  return rows.map(toAlertRule);
}

export async function findAlertRule(db: Db, id: number): Promise<AlertRule | null> {
  const row = await db.alertRule.findUnique({ where: { id } });
  return row ? toAlertRule(row) : null;
}

/** Adds a rule (no id) or replaces one's settings; names are unique. */
export async function saveAlertRule(db: Db, input: AlertRuleInput, id?: number, origin: 'ui' | 'config' = 'ui'): Promise<AlertRule> {
  const data = { ...input, name: toStorableText(input.name), origin };
  const clash = await db.alertRule.findUnique({ where: { name: data.name }, select: { id: true } });
  if (clash && clash.id !== id) throw new AlertRuleNameTakenError(data.name);
  try {
    const row = id === undefined ? await db.alertRule.create({ data }) : await db.alertRule.update({ where: { id }, data });
    return toAlertRule(row);
  } catch (error) {
    // Two saves of one name at once: the unique index decides.
    if ((error as { code?: string }).code === 'P2002') throw new AlertRuleNameTakenError(data.name);
    throw error;
  }
}

/** Removes a rule with its outbox rows and quiet-period clocks. */
export async function deleteAlertRule(db: Db, id: number): Promise<boolean> {
  const { count } = await db.alertRule.deleteMany({ where: { id } });
  return count === 1;
}

/**
 * Makes the rules of a config file the config rules in the database: each is added or updated by name,
 * config rules no longer in the file are removed; rules set in the UI are left alone unless the file
 * names one (the file wins).
 */
export async function replaceConfigAlertRules(db: Db, inputs: AlertRuleInput[]): Promise<{ saved: number; removed: number }> {
  const existing = await db.alertRule.findMany({ select: { id: true, name: true, origin: true } });
  const byName = new Map(existing.map((row) => [row.name, row]));
  for (const input of inputs) await saveAlertRule(db, input, byName.get(toStorableText(input.name))?.id, 'config');
  const keep = new Set(inputs.map((input) => toStorableText(input.name)));
  const stale = existing.filter((row) => row.origin === 'config' && !keep.has(row.name)).map((row) => row.id);
  const { count } = await db.alertRule.deleteMany({ where: { id: { in: stale } } });
  return { saved: inputs.length, removed: count };
}
