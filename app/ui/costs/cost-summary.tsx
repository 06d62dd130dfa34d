import { formatUsd, type MonthlyCostReview } from '@/lib/cost';
import type { CostReviewData } from './cost-review-data';
import { CostText } from './cost-text';
import styles from './costs.module.css';

/** The month in four figures: its bill, month to date with the forecast, and the two kinds of usage. */
export async function CostSummary({ data }: { data: Promise<CostReviewData> }) {
  const { review } = await data;
  const standardTransitions = review.scopes.reduce((sum, scope) => sum + scope.standardTransitions, 0);
  const freeTransitions = review.scopes.reduce((sum, scope) => sum + scope.freeTransitions, 0);
  const gbSeconds = review.scopes.reduce((sum, scope) => sum + scope.expressGbSeconds, 0);
  const requests = review.scopes.reduce((sum, scope) => sum + scope.expressRequests, 0);
  const forecast = review.forecast;
  return (
    <section className={styles.cards} aria-label="Summary" data-testid="cost-summary">
      <div className={styles.card}>
        <span className={styles.cardLabel}>{forecast ? 'Month to date' : `Cost in ${review.month}`}</span>
        <span className={styles.cardValue} data-testid="cost-total">
          {formatUsd(review.total.picoUsd)}
        </span>
        <span className={styles.cardNote}>{review.total.complete ? 'after free tier and tiers' : `incomplete: ${review.total.missing.length} part(s) unknown`}</span>
      </div>
      {forecast && (
        <div className={styles.card} data-testid="cost-forecast">
          <span className={styles.cardLabel}>Forecast to month end</span>
          <span className={styles.cardValue}>{formatUsd(forecast.forecastPicoUsd)}</span>
          <span className={styles.cardNote} title={forecast.method}>
            range {formatUsd(forecast.lowPicoUsd)} – {formatUsd(forecast.highPicoUsd)} · day {forecast.elapsedDays.toFixed(1)} of {forecast.daysInMonth}
          </span>
        </div>
      )}
      <div className={styles.card}>
        <span className={styles.cardLabel}>Standard transitions</span>
        <span className={styles.cardValue}>{standardTransitions.toLocaleString('en-US')}</span>
        <span className={styles.cardNote}>{freeTransitions.toLocaleString('en-US')} in the free tier</span>
      </div>
      <div className={styles.card}>
        <span className={styles.cardLabel}>Express usage</span>
        <span className={styles.cardValue}>{gbSeconds.toLocaleString('en-US', { maximumFractionDigits: 1 })} GB-s</span>
        <span className={styles.cardNote}>{requests.toLocaleString('en-US')} requests</span>
      </div>
      {review.scopes.map((scope) => (
        <div className={styles.card} key={scope.scopeKey}>
          <span className={styles.cardLabel}>{scope.scopeKey}</span>
          <span className={styles.cardValue}>
            <ScopeTotal review={review} scopeKey={scope.scopeKey} />
          </span>
          <span className={styles.cardNote}>
            Standard <CostText cost={scope.standardCost} /> · Express <CostText cost={scope.expressCost} />
          </span>
        </div>
      ))}
    </section>
  );
}

function ScopeTotal({ review, scopeKey }: { review: MonthlyCostReview; scopeKey: string }) {
  const scope = review.scopes.find((candidate) => candidate.scopeKey === scopeKey);
  if (!scope) return null;
  if (!scope.standardCost.known) return <CostText cost={scope.standardCost} />;
  if (!scope.expressCost.known) return <CostText cost={scope.expressCost} />;
  return <>{formatUsd(scope.standardCost.picoUsd + scope.expressCost.picoUsd)}</>;
}
