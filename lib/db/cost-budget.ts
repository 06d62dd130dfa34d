import type { Db } from './client';
import { toStorableText } from './record-audit-entry';

export type CostBudgetScope = 'account' | 'state-machine';
/** A monthly budget: `usdPerMonth` is decimal text, parsed exactly by lib/cost. */
export type CostBudget = { scope: CostBudgetScope; subject: string; usdPerMonth: string; updatedAt: Date };

export async function listCostBudgets(db: Db): Promise<CostBudget[]> {
  const rows = await db.costBudget.findMany({ orderBy: [{ scope: 'asc' }, { subject: 'asc' }] });
  return rows.map((row) => ({ scope: row.scope === 'state-machine' ? 'state-machine' : 'account', subject: row.subject, usdPerMonth: row.usdPerMonth, updatedAt: row.updatedAt }));
}

/** Sets a budget, or removes it when `usdPerMonth` is null. */
export async function saveCostBudget(db: Db, budget: { scope: CostBudgetScope; subject: string; usdPerMonth: string | null }): Promise<void> {
  const key = { scope: budget.scope, subject: toStorableText(budget.subject) };
  if (budget.usdPerMonth === null) {
    await db.costBudget.deleteMany({ where: key });
    return;
  }
  await db.costBudget.upsert({ where: { scope_subject: key }, create: { ...key, usdPerMonth: budget.usdPerMonth }, update: { usdPerMonth: budget.usdPerMonth } });
}
