import type { CostReviewData } from './cost-review-data';
import styles from './costs.module.css';

/** Where the prices come from and what could not be computed. */
export async function CostNotes({ data }: { data: Promise<CostReviewData> }) {
  const { review, priceWarnings } = await data;
  const notes = [...priceWarnings, ...review.total.missing, ...(review.forecast?.missing ?? [])];
  return (
    <section className="panel panel-body" aria-label="Prices and notes" data-testid="cost-notes">
      <h3>Prices: {review.prices.label}{review.prices.discountBasisPoints ? `, less ${review.prices.discountBasisPoints / 100}%` : ''}</h3>
      <ul className={styles.notes}>
        {review.prices.sources.map((source) => (
          <li key={source.id}>
            {source.title} — {source.asOf}
          </li>
        ))}
        <li>Standard: billed transitions counted from histories (pricing.md §1), the 4,000 free a month applied once per account and region. Express: $ per request plus billed duration (rounded up to 100 ms) × billed memory (64 MB steps), in three monthly tiers.</li>
        {review.forecast && <li>Forecast: {review.forecast.method}</li>}
      </ul>
      {notes.length > 0 && (
        <>
          <h3>Not included</h3>
          <ul className={styles.notes} data-testid="cost-missing">
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
