import { COST_REVIEW_COLUMNS, isMonthKey, toCostReviewRows } from '@/lib/cost';
import { toCsv } from '@/lib/csv';
import { loadCostReview } from '../load-cost-review';

/** `/costs/export?month=YYYY-MM`: the month's review as CSV, the same rows `npm run costs -- --csv` prints. */
export async function GET(request: Request): Promise<Response> {
  const month = new URL(request.url).searchParams.get('month') ?? '';
  if (!isMonthKey(month)) return Response.json({ message: 'Give the month as ?month=YYYY-MM, e.g. ?month=2026-02.' }, { status: 422 });
  try {
    const { review } = await loadCostReview(month, new Date());
    const rows = toCostReviewRows(review);
    const csv = toCsv(COST_REVIEW_COLUMNS, rows.map((row) => COST_REVIEW_COLUMNS.map((column) => row[column.key])));
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="statescope-costs-${month}.csv"`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    console.error('cost export failed', error);
    return Response.json({ message: 'The cost report could not be built.' }, { status: 500 });
  }
}
