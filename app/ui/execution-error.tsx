import type { ExecutionDetail } from '@/lib/model';
import { expandJsonStrings } from './expand-json-strings';

/** The error, cause and failing state, first thing on a failed execution's page. */
export function ExecutionError({ execution }: { execution: ExecutionDetail }) {
  if (!execution.error && !execution.cause) return null;
  const tone = execution.status === 'FAILED' ? 'callout-error' : 'callout-warning';
  const cause = execution.cause ? formatCause(execution.cause) : null;
  return (
    <section className={`callout ${tone}`} aria-label="Error" data-testid="execution-error">
      <div className="callout-title">
        <span className="error-name" data-testid="error-name">
          {execution.error ?? 'No error name'}
        </span>
        {execution.failedStateName && (
          <span>
            in state <strong data-testid="failed-state">{execution.failedStateName}</strong>
          </span>
        )}
      </div>
      {cause?.message && (
        <p style={{ margin: '0 0 8px', fontWeight: 500 }} data-testid="error-message">
          {cause.message}
        </p>
      )}
      {cause && <pre className="cause mono">{cause.text}</pre>}
    </section>
  );
}

/** Lambda and many services put a JSON object in cause; lift out its errorMessage and pretty-print it. */
function formatCause(cause: string): { message: string | null; text: string } {
  const expanded = expandJsonStrings(cause);
  if (typeof expanded !== 'object' || expanded === null) return { message: null, text: cause };
  const message: unknown = Reflect.get(expanded, 'errorMessage') ?? Reflect.get(expanded, 'message');
  return { message: typeof message === 'string' ? message : null, text: JSON.stringify(expanded, null, 2) };
}
