import { toMissingEventsText, type ExecutionDetail } from '@/lib/model';

/**
 * Says, above everything else, that only part of the history is stored and what is missing: its status,
 * duration and costs may be wrong until the rest is imported or synced.
 */
export function IncompleteHistoryNotice({ execution }: { execution: ExecutionDetail }) {
  if (execution.historyComplete || execution.eventCount === 0) return null;
  const missing = execution.missingEvents?.length ? toMissingEventsText(execution.missingEvents) : 'some events (which ones is not known)';
  return (
    <section className="callout callout-warning" aria-label="Incomplete history" data-testid="incomplete-history">
      <div className="callout-title">
        <strong>Incomplete history</strong>
      </div>
      <p style={{ margin: 0 }}>
        Missing: <span data-testid="missing-events">{missing}</span>. The status, duration and cost shown are those of the stored events only, and
        the execution is not checked for being stuck. Import the other pages of its history (or sync it) to complete it.
      </p>
    </section>
  );
}
