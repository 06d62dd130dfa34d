import type { BudgetForecast, MonthKey, MonthlyCostReview, PriceTable } from '@/lib/cost';
import type { CostAnomalyItem } from './cost-warnings';

/** What the costs page's widgets read: the month's review and the months before it, in the prices in force. */
export type CostReviewData = {
  month: MonthKey;
  prices: PriceTable;
  priceWarnings: string[];
  review: MonthlyCostReview;
  /** Months with stored executions, newest first, for the month picker. */
  months: MonthKey[];
  /** The open month only: machines whose transitions jumped, and budgets against the forecast. */
  anomalies: CostAnomalyItem[];
  budgets: BudgetForecast[];
};
