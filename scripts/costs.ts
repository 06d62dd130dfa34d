// npm run costs -- [--month YYYY-MM] [--csv] [--prices FILE.json | --clear-prices]
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import {
  COST_PRICES_SETTING_KEY,
  COST_REVIEW_COLUMNS,
  formatUsd,
  getMonthRange,
  getMonthlyCostReview,
  isMonthKey,
  priceOverridesSchema,
  toCostReviewRows,
  toMonthKey,
  toPriceTable,
  type Cost,
} from '@/lib/cost';
import { toCsv } from '@/lib/csv';
import { backfillStateTransitions, findCostSetting, getDb, listCostUsage, saveCostSetting } from '@/lib/db';
import { exitWithError } from './lib/exit-with-error';
import { prepareDatabase } from './lib/prepare-database';

const USAGE = `Usage: npm run costs -- [--month YYYY-MM] [--csv]
       npm run costs -- --prices negotiated.json     set a negotiated rate (Setting ${COST_PRICES_SETTING_KEY})
       npm run costs -- --clear-prices               back to list prices

Prints the month's cost review per state machine: type, executions, billed transitions, cost, the cost
projected under the other type, the monthly saving of a switch and whether the switch is possible.
--csv prints the same rows as CSV. The month defaults to the current one (UTC).`;

const { values } = parseArgs({
  options: {
    month: { type: 'string' },
    csv: { type: 'boolean' },
    prices: { type: 'string' },
    'clear-prices': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const month = values.month ?? toMonthKey(new Date());
if (!isMonthKey(month)) {
  console.error(`--month must be YYYY-MM, e.g. 2026-02 (got "${month}")\n\n${USAGE}`);
  process.exit(2);
}

await prepareDatabase({ seed: false }).catch(exitWithError);
const db = await getDb();
const actor = `cli:${os.userInfo().username}`;

if (values['clear-prices']) {
  await saveCostSetting(db, { key: COST_PRICES_SETTING_KEY, value: null, actor });
  console.log('Cleared the negotiated rate: list prices apply.');
  process.exit(0);
}
if (values.prices) {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(values.prices, 'utf8'));
  } catch (error) {
    console.error(`${values.prices}: cannot read JSON: ${(error as Error).message}`);
    process.exit(1);
  }
  const checked = priceOverridesSchema.safeParse(parsed);
  if (!checked.success) {
    console.error(`${values.prices}: not a price table:\n${checked.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`).join('\n')}`);
    process.exit(1);
  }
  await saveCostSetting(db, { key: COST_PRICES_SETTING_KEY, value: checked.data, actor });
  console.log(`Saved the negotiated rate "${checked.data.label ?? 'Negotiated rate'}".`);
  process.exit(0);
}

// Histories stored before transitions were counted get their count now.
const filled = await backfillStateTransitions(db);
const prices = toPriceTable(await findCostSetting(db, COST_PRICES_SETTING_KEY));
const { start, end } = getMonthRange(month);
const now = new Date();
const review = getMonthlyCostReview(await listCostUsage(db, { from: start, to: end }), { month, now, prices: prices.value });
const rows = toCostReviewRows(review);
await db.$disconnect();

if (values.csv) {
  process.stdout.write(toCsv(COST_REVIEW_COLUMNS, rows.map((row) => COST_REVIEW_COLUMNS.map((column) => row[column.key]))));
  process.exit(0);
}

const money = (cost: Cost) => (cost.known ? formatUsd(cost.picoUsd) : 'unknown');
const table = [
  ['State machine', 'Type', 'Executions', 'Transitions', 'Cost', 'As other type', 'Saving/month', 'Switch'],
  ...review.machines.map((row, i) => [
    row.usage.machine.name,
    row.usage.type,
    row.usage.executions.toLocaleString('en-US'),
    row.usage.billableTransitions === null ? 'unknown' : row.usage.billableTransitions.toLocaleString('en-US'),
    money(row.cost),
    `${money(row.otherCost)} ${row.otherType === 'EXPRESS' ? 'Express' : 'Standard'}`,
    money(row.saving),
    rows[i].switchEligible === 'yes' ? `to ${row.otherType}: yes` : rows[i].switchEligible === 'no' ? `to ${row.otherType}: no` : 'unknown',
  ]),
];
const numeric = new Set([2, 3, 4, 5, 6]);
const widths = table[0].map((_, column) => Math.max(...table.map((line) => line[column].length)));
const print = (line: string[]) => console.log(line.map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ').trimEnd());
console.log(`Step Functions costs for ${month} (${review.prices.label}${review.prices.discountBasisPoints ? `, ${review.prices.discountBasisPoints / 100}% discount` : ''})\n`);
if (review.machines.length === 0) console.log('No executions started in this month.');
else {
  print(table[0]);
  print(widths.map((width) => '-'.repeat(width)));
  table.slice(1).forEach(print);
}
console.log('');
for (const scope of review.scopes) {
  console.log(
    `${scope.scopeKey}: Standard ${scope.standardTransitions.toLocaleString('en-US')} transitions (${scope.freeTransitions.toLocaleString('en-US')} free) ${money(scope.standardCost)}; Express ${scope.expressRequests.toLocaleString('en-US')} requests, ${scope.expressGbSeconds.toFixed(1)} GB-s ${money(scope.expressCost)}`,
  );
}
console.log(`Total: ${formatUsd(review.total.picoUsd)}${review.total.complete ? '' : ' (incomplete: see below)'}`);
if (review.forecast) {
  const forecast = review.forecast;
  console.log(`Month to date ${formatUsd(forecast.monthToDatePicoUsd)}; forecast to month end ${formatUsd(forecast.forecastPicoUsd)} (range ${formatUsd(forecast.lowPicoUsd)} – ${formatUsd(forecast.highPicoUsd)})`);
}
const notes = [...prices.warnings, ...(filled ? [`Counted transitions of ${filled} history(ies) stored before counting existed.`] : []), ...review.total.missing, ...rows.filter((row) => row.notes).map((row) => `${row.stateMachine}: ${row.notes}`)];
if (notes.length) console.log(`\nNotes:\n${notes.map((note) => `  - ${note}`).join('\n')}`);
