import styles from './findings.module.css';

/** What analysis could not work out: shown, never hidden (STYLE.md, Errors). */
export function AnalysisWarnings({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <details className={`callout callout-warning ${styles.warnings}`} data-testid="analysis-warnings">
      <summary>
        {warnings.length} thing{warnings.length === 1 ? '' : 's'} could not be fully analysed
      </summary>
      <ul>
        {warnings.slice(0, 100).map((warning, index) => (
          <li key={index}>{warning}</li>
        ))}
      </ul>
    </details>
  );
}
