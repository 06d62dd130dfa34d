import { COST_PRICES_SETTING_KEY, estimateExecutionCost, toPriceTable, type ExecutionCost } from '@/lib/cost';
import { findCostSetting, findExecutionCostRows, type Db } from '@/lib/db';

export type LoadedExecutionCost = { cost: ExecutionCost; priceLabel: string };

/**
 * One execution's cost at the configured prices: transitions per state at the Standard price, each state's
 * share of the Express duration cost, and the run under both types. A running execution is costed as of `now`.
 */
export async function loadExecutionCost(db: Db, executionArn: string, now: Date): Promise<LoadedExecutionCost | null> {
  const [rows, setting] = await Promise.all([findExecutionCostRows(db, executionArn), findCostSetting(db, COST_PRICES_SETTING_KEY)]);
  if (!rows) return null;
  const prices = toPriceTable(setting).value;
  const openForMs = rows.execution.status === 'RUNNING' ? now.getTime() - rows.execution.startDate.getTime() : undefined;
  return { cost: estimateExecutionCost({ ...rows.execution, openForMs }, rows.events, prices), priceLabel: prices.label };
}
